package io.interview4j.llm.speech;

import java.util.Objects;

/**
 * What a {@link Transcriber} heard.
 *
 * @param text the transcript
 * @param durationSeconds the audio's length in seconds, {@code 0} when the service did not report it
 */
public record Transcript(String text, double durationSeconds) {

    /** @throws IllegalArgumentException when the duration is negative or not a number */
    public Transcript {
        Objects.requireNonNull(text, "text");
        if (!(durationSeconds >= 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("durationSeconds must be a non-negative number, was " + durationSeconds);
        }
    }

    /** @return only the sizes: a transcript is candidate text, which is never logged at info */
    @Override
    public String toString() {
        return "Transcript[" + text.length() + " chars, " + durationSeconds + " s]";
    }
}
