/**
 * interview4j: an embeddable library that runs mock interviews end to end.
 *
 * <p>Start with {@link io.interview4j.engine.InterviewEngine}.
 *
 * <h2>Exceptions</h2>
 * Every public method and constructor refuses a bad argument in one of three ways, and only these:
 * <ul>
 *   <li>a {@code null} where a value is required throws {@link java.lang.NullPointerException} naming the
 *       parameter;</li>
 *   <li>misuse of a builder (an option set twice, a required option missing at {@code build()}) throws
 *       {@link java.lang.IllegalStateException} naming the option;</li>
 *   <li>every other refused argument or input (blank, out of range, an unknown name, a bad format, too long, an
 *       input in the wrong state) throws {@link io.interview4j.InvalidInputException}, with a message naming the
 *       argument and what is wrong with it.</li>
 * </ul>
 * Every other exception the library throws extends {@link io.interview4j.InterviewException}, as
 * {@link io.interview4j.InvalidInputException} does; all are unchecked.
 *
 * <h2>Absent values</h2>
 * Parameters and return values are non-null unless documented otherwise; collections are never null. A record
 * component or field that may be absent is {@code null} when absent (never an empty string standing in for it; a
 * blank text given for such a value is taken as absent), and its javadoc says so. A method that looks something
 * up returns {@link java.util.Optional}.
 */
package io.interview4j;
