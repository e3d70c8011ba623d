/**
 * Text utilities the engine and the scorers share (words, stems, sentences, skills, resume profiles, the canonical
 * form of an answer). Internal: not exported, and free to change in any release.
 */
package io.interview4j.text.internal;
