/** The question-bank port, the in-memory reference bank and the built-in bank. Non-null unless documented otherwise. */
package io.interview4j.bank;
