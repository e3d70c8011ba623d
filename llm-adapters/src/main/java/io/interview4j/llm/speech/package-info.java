/**
 * Speech to text: the {@link io.interview4j.llm.speech.Transcriber} port and its OpenAI-compatible adapter
 * ({@link io.interview4j.llm.speech.OpenAiTranscriber}, Whisper and Groq). Non-null unless documented otherwise.
 */
package io.interview4j.llm.speech;
