/** The persistence port. Non-null unless documented otherwise. */
package io.interview4j.store;
