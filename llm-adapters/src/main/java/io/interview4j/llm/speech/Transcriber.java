package io.interview4j.llm.speech;

/**
 * Speech to text: the port an answer given as audio goes through. Implementations must be thread-safe.
 *
 * <p>Defined here until core grows its own {@code Transcriber} port; the adapter then implements that one.
 */
public interface Transcriber {

    /**
     * @param audio the recording, whole (mp3, mp4, mpeg, mpga, m4a, wav, webm, ogg, flac)
     * @param fileName a file name whose extension tells the format, such as {@code answer.webm}
     * @param mimeType the audio's media type, such as {@code audio/webm}
     * @return the text and, when the service reports it, the duration
     * @throws io.interview4j.llm.ModelException when the service fails, with the same retriable split as chat calls
     * @throws IllegalArgumentException when the audio is empty or too large for the service
     */
    Transcript transcribe(byte[] audio, String fileName, String mimeType);
}
