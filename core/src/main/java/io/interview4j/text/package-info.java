/**
 * Text utilities shared by the scorers and the planners: tokens, a light stemmer, document formats,
 * a skill vocabulary and resume profiles. Pure functions over strings and classpath resources. Non-null
 * unless documented otherwise.
 */
package io.interview4j.text;
