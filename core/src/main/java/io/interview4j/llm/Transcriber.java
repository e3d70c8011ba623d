package io.interview4j.llm;

import io.interview4j.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * The speech-to-text port: a recorded answer in, its transcript out. Implementations must be thread-safe.
 *
 * <p>The engine never calls it: the host transcribes (where the audio is) and submits the text with the
 * recording's length through {@link io.interview4j.engine.AnswerSubmission#spoken}, so core does no I/O and a
 * transcription never sits inside a session's turn. The OpenAI-compatible adapter ({@code /audio/transcriptions},
 * Whisper and Groq) lives in {@code interview4j-llm-adapters}.
 */
@FunctionalInterface
public interface Transcriber {

    /**
     * @param audio the whole recording, not empty
     * @param mimeType its media type, such as {@code audio/webm} or {@code audio/wav}
     * @return the transcript, with the recording's length when the service reports it
     * @throws ModelException when the service fails; {@link ModelException#retriable()} says whether trying again
     *     may help
     * @throws InvalidInputException when the audio is empty, too large or of a type the service does not take
     */
    Transcription transcribe(byte[] audio, String mimeType);

    /**
     * What was heard.
     *
     * @param text the transcript; the answer's text
     * @param duration the recording's length, or {@code null} when the service did not report it
     */
    record Transcription(String text, Duration duration) {

        /** @throws InvalidInputException when the duration is negative */
        public Transcription {
            Objects.requireNonNull(text, "text");
            if (duration != null && duration.isNegative()) {
                throw new InvalidInputException("duration must not be negative, was " + duration);
            }
        }

        /** @return only the sizes: a transcript is candidate text */
        @Override
        public String toString() {
            return "Transcription[" + text.length() + " chars, " + duration + "]";
        }
    }
}
