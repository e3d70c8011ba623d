/**
 * Speech to text: {@link io.interview4j.llm.speech.OpenAiTranscriber}, the OpenAI-compatible adapter (Whisper and
 * Groq) of core's {@link io.interview4j.llm.Transcriber} port. Non-null unless documented otherwise.
 */
package io.interview4j.llm.speech;
