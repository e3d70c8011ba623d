/** Reports, history and their renderers. Non-null unless documented otherwise. */
package io.interview4j.report;
