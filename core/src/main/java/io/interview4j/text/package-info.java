/**
 * Reading documents a host passes in (resumes, job descriptions): {@link io.interview4j.text.DocumentText} turns
 * plain text, Markdown and HTML into plain text. The utilities the engine and scorers share live in the internal
 * package beside it.
 */
package io.interview4j.text;
