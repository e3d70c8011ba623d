package io.interview4j.llm.speech;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Speech to text: the port an answer given as audio goes through. Implementations must be thread-safe.
 *
 * <p>Every implementation is also core's {@link io.interview4j.llm.Transcriber} port: the two-argument form names
 * the upload after the media type and reports the duration when the service does.
 */
public interface Transcriber extends io.interview4j.llm.Transcriber {

    /**
     * @param audio the recording, whole (mp3, mp4, mpeg, mpga, m4a, wav, webm, ogg, flac)
     * @param fileName a file name whose extension tells the format, such as {@code answer.webm}
     * @param mimeType the audio's media type, such as {@code audio/webm}
     * @return the text and, when the service reports it, the duration
     * @throws io.interview4j.llm.ModelException when the service fails, with the same retriable split as chat calls
     * @throws IllegalArgumentException when the audio is empty or too large for the service
     */
    Transcript transcribe(byte[] audio, String fileName, String mimeType);

    /**
     * Core's form: uploads as {@code answer.EXT}, the extension taken from the media type ({@code audio/mpeg} is
     * {@code mp3}, {@code audio/mp4} is {@code m4a}, {@code audio/x-wav} is {@code wav}, else the subtype).
     *
     * @param audio the recording, whole
     * @param mimeType its media type, such as {@code audio/webm}
     * @return the transcript, with the duration or {@code null} when the service did not report one
     * @throws io.interview4j.llm.ModelException when the service fails
     * @throws IllegalArgumentException when the media type has no subtype, or the audio is empty or too large
     */
    @Override
    default Transcription transcribe(byte[] audio, String mimeType) {
        Objects.requireNonNull(mimeType, "mimeType");
        String type = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0 || slash == type.length() - 1) {
            throw new IllegalArgumentException("mimeType must be type/subtype, such as audio/webm, was '" + mimeType + "'");
        }
        String sub = type.substring(slash + 1);
        String ext = Map.of("mpeg", "mp3", "mp4", "m4a", "x-m4a", "m4a", "x-wav", "wav", "wave", "wav", "vnd.wave", "wav",
                "x-flac", "flac").getOrDefault(sub, sub);
        Transcript t = transcribe(audio, "answer." + ext, type);
        return new Transcription(t.text(), t.durationSeconds() > 0 ? Duration.ofMillis(Math.round(t.durationSeconds() * 1000)) : null);
    }
}
