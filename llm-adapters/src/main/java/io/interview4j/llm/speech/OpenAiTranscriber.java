package io.interview4j.llm.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.InvalidInputException;
import io.interview4j.llm.Transcriber;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ProviderException;
import io.interview4j.llm.http.internal.BaseUrls;
import io.interview4j.llm.http.internal.BuilderChecks;
import io.interview4j.llm.http.internal.Headers;
import io.interview4j.llm.http.HttpModelBuilder;
import io.interview4j.llm.http.internal.HttpResult;
import io.interview4j.llm.http.internal.Json;
import io.interview4j.llm.http.internal.JsonHttpTransport;
import io.interview4j.llm.http.internal.HttpSettings;
import io.interview4j.llm.http.internal.WireAnswers;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Core's {@link Transcriber} port over the OpenAI-compatible {@code POST {baseUrl}/audio/transcriptions} (multipart upload):
 * OpenAI's Whisper, and Groq, which serves the same endpoint at {@code https://api.groq.com/openai/v1}. Asks for
 * {@code verbose_json} by default, which carries the duration.
 *
 * <p>Thread-safe: one shared {@link java.net.http.HttpClient}, no mutable state. Failures throw the exceptions of
 * {@code io.interview4j.llm.exception}, mapped like chat calls. The API key never appears in {@link #toString()},
 * a log line or an exception message.
 */
public final class OpenAiTranscriber implements Transcriber {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiTranscriber.class);

    /** The largest upload the OpenAI endpoint takes: 25 MB. */
    public static final int MAX_AUDIO_BYTES = 25 * 1024 * 1024;
    /** The default model: {@code whisper-1} (on Groq use {@code whisper-large-v3-turbo}). */
    public static final String DEFAULT_MODEL = "whisper-1";
    /** The default per-call timeout: 120 s, since a long answer takes a while to transcribe. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /** File extensions for media subtypes whose name is not the extension the endpoint expects. */
    private static final Map<String, String> EXTENSIONS = Map.of("mpeg", "mp3", "mp4", "m4a", "x-m4a", "m4a",
            "x-wav", "wav", "wave", "wav", "vnd.wave", "wav", "x-flac", "flac");

    private final HttpSettings settings;
    private final URI endpoint;
    private final String baseUrl;
    private final String language;
    private final boolean verbose;
    private final JsonHttpTransport transport;

    private OpenAiTranscriber(Builder builder, HttpSettings settings) {
        this.settings = settings;
        this.baseUrl = BaseUrls.withPathIfNone(settings.baseUrl(), "/v1");
        this.endpoint = URI.create(baseUrl + "/audio/transcriptions");
        this.language = builder.language;
        this.verbose = builder.verbose;
        this.transport = settings.transport();
    }

    /** @return a builder with OpenAI's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Uploads the recording as {@code answer.EXT}, the extension taken from the media type ({@code audio/mpeg} is
     * {@code mp3}, {@code audio/mp4} is {@code m4a}, {@code audio/x-wav} is {@code wav}, else the subtype).
     *
     * @param audio the recording, whole (mp3, mp4, mpeg, mpga, m4a, wav, webm, ogg, flac), at most 25 MB
     * @param mimeType its media type, such as {@code audio/webm}; parameters such as {@code ;codecs=opus} are dropped
     * @return the text, with the duration when the service reports one ({@code null} otherwise, as with
     *     {@code verboseJson(false)})
     * @throws ProviderException when the call fails, with the same retriable split as chat calls
     * @throws InvalidInputException when the media type has no subtype, or the audio is empty or larger than 25 MB
     */
    @Override
    public Transcription transcribe(byte[] audio, String mimeType) {
        Objects.requireNonNull(mimeType, "mimeType");
        String type = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0 || slash == type.length() - 1) {
            throw new InvalidInputException("mimeType must be type/subtype, such as audio/webm, was '" + mimeType
                    + "'");
        }
        String subtype = type.substring(slash + 1);
        return transcribe(audio, "answer." + EXTENSIONS.getOrDefault(subtype, subtype), type);
    }

    /**
     * Uploads the recording under a file name of the caller's choice.
     *
     * @param audio the recording, whole, at most 25 MB
     * @param fileName a file name whose extension tells the format, such as {@code answer.webm}
     * @param mimeType the audio's media type, sent as is
     * @return the text, with the duration when the service reports one ({@code null} otherwise)
     * @throws ProviderException when the call fails
     * @throws InvalidInputException when the audio is empty or larger than 25 MB, or a name is blank
     */
    public Transcription transcribe(byte[] audio, String fileName, String mimeType) {
        Objects.requireNonNull(audio, "audio");
        BuilderChecks.requireText(fileName, "fileName");
        BuilderChecks.requireText(mimeType, "mimeType");
        if (audio.length == 0) {
            throw new InvalidInputException("audio is empty");
        }
        if (audio.length > MAX_AUDIO_BYTES) {
            throw new InvalidInputException("audio is " + audio.length + " bytes, more than the 25 MB the "
                    + "transcription endpoint takes");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("model", settings.modelName());
        fields.put("response_format", verbose ? "verbose_json" : "json");
        if (language != null) {
            fields.put("language", language);
        }
        String boundary = "interview4j-" + UUID.randomUUID();
        byte[] body = multipart(boundary, fields, audio, fileName, mimeType);
        LOG.debug("{} transcription: model={}, {} bytes of {}", settings.providerName(), settings.modelName(),
                audio.length, mimeType);
        HttpResult result = transport.post(endpoint, settings.headersWith(Headers.bearer(settings.apiKey())),
                "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(body),
                settings.timeout());
        return parse(result.body(), settings.providerName());
    }

    /**
     * @param body a transcription answer ({@code {"text": ..., "duration": ...}})
     * @param provider the provider name, for messages
     * @return the transcript, with the duration when the body reports a positive one
     * @throws MalformedResponseException when the body is not JSON with a {@code text}
     */
    static Transcription parse(String body, String provider) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(provider + " sent an unreadable transcription: not JSON"
                    + WireAnswers.where(e), provider, 200, false, null, null, null);
        }
        if (json == null || !json.path("text").isTextual()) {
            throw new MalformedResponseException(provider + " sent a transcription without text", provider, 200, false,
                    null, null, null);
        }
        double seconds = json.path("duration").asDouble(0);
        Duration duration = seconds > 0 && Double.isFinite(seconds) ? Duration.ofMillis(Math.round(seconds * 1000))
                : null;
        return new Transcription(json.get("text").asText().strip(), duration);
    }

    /**
     * @param boundary the multipart boundary
     * @param fields the text fields
     * @param audio the file's bytes
     * @param fileName the file name
     * @param mimeType the file's media type
     * @return the {@code multipart/form-data} body
     */
    static byte[] multipart(String boundary, Map<String, String> fields, byte[] audio, String fileName,
                            String mimeType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(audio.length + 1024);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        String safeName = fileName.replaceAll("[\"\\r\\n\\\\]", "_");
        String safeType = mimeType.replaceAll("[\\r\\n]", "");
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                + "\"\r\nContent-Type: " + safeType + "\r\n\r\n");
        out.writeBytes(audio);
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the settings, with the API key masked */
    @Override
    public String toString() {
        return settings.describe("OpenAiTranscriber", baseUrl, settings.modelName(), "");
    }

    /**
     * Builds an {@link OpenAiTranscriber}. Not thread-safe; each option may be set once. The shared options
     * ({@link HttpModelBuilder}) default to: base URL {@code https://api.openai.com/v1} (a URL with no path gets
     * {@code /v1}), no API key (one is sent as {@code Authorization: Bearer}), model {@value #DEFAULT_MODEL},
     * provider name {@code openai}, timeout 120 s.
     */
    public static final class Builder extends HttpModelBuilder<Builder> {

        private String language;
        private boolean verbose = true;

        private Builder() {
            super("OpenAiTranscriber", "https://api.openai.com/v1", DEFAULT_MODEL, "openai", DEFAULT_TIMEOUT, false);
        }

        /**
         * @param language the spoken language as ISO-639-1 ({@code en}), which improves accuracy; default none
         *     (detected)
         * @return this builder
         * @throws NullPointerException when it is null
         * @throws InvalidInputException when it is blank
         */
        public Builder language(String language) {
            this.language = once("language", BuilderChecks.requireText(language, "language"));
            return this;
        }

        /**
         * @param verbose ask for {@code verbose_json}, which reports the duration; default {@code true}. Turn off for
         *     models that only answer {@code json} (such as {@code gpt-4o-transcribe})
         * @return this builder
         */
        public Builder verboseJson(boolean verbose) {
            this.verbose = once("verboseJson", verbose);
            return this;
        }

        /**
         * @return the transcriber
         * @throws IllegalStateException when an option was set twice
         * @throws InvalidInputException when the base URL is not an absolute http(s) URL
         */
        public OpenAiTranscriber build() {
            return new OpenAiTranscriber(this, settings());
        }
    }
}
