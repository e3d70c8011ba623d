/** A session as a fold of its events, and the events' JSON form. Non-null unless documented otherwise. */
package io.interview4j.session;
