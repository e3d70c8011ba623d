package io.interview4j.llm.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.Transcriber.Transcription;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.testkit.RecordedRequest;
import io.interview4j.testkit.StubServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiTranscriberTest {

    private static final String KEY = "gsk_transcribe0123456789";
    private static final byte[] AUDIO = "RIFF....WAVEfmt fake audio bytes".getBytes(StandardCharsets.ISO_8859_1);

    private final StubServer server = StubServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiTranscriber.Builder transcriber() {
        return OpenAiTranscriber.builder().baseUrl(server.baseUrl() + "/openai/v1").apiKey(KEY);
    }

    @Test
    void should_upload_multipart_and_read_text_and_duration_when_server_answers() {
        // given
        server.enqueue(200, "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":12.5,\"text\":\" I led the migration. \",\"segments\":[]}");

        // when
        Transcription transcript = transcriber().modelName("whisper-large-v3-turbo").providerName("groq").language("en").build()
                .transcribe(AUDIO, "answer.wav", "audio/wav");

        // then
        assertThat(transcript).isEqualTo(new Transcription("I led the migration.", Duration.ofMillis(12_500)));
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/openai/v1/audio/transcriptions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        String contentType = request.header("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        assertThat(request.body())
                .contains("--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-large-v3-turbo\r\n")
                .contains("name=\"response_format\"\r\n\r\nverbose_json\r\n")
                .contains("name=\"language\"\r\n\r\nen\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"answer.wav\"\r\nContent-Type: audio/wav\r\n\r\n"
                        + new String(AUDIO, StandardCharsets.ISO_8859_1) + "\r\n--" + boundary + "--\r\n");
    }

    @Test
    void should_report_no_duration_when_plain_json_is_asked() {
        // given
        server.enqueue(200, "{\"text\":\"hello\"}");

        // when
        Transcription transcript = transcriber().verboseJson(false).build().transcribe(AUDIO, "a.webm", "audio/webm");

        // then
        assertThat(transcript).isEqualTo(new Transcription("hello", null));
        assertThat(server.lastRequest().body()).contains("name=\"response_format\"\r\n\r\njson\r\n");
    }

    @Test
    void should_map_errors_when_server_refuses() {
        // given
        server.enqueue(401, "{\"error\":{\"message\":\"Invalid API Key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
        server.enqueue(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\"}}");
        server.enqueue(200, "<html>oops</html>");
        OpenAiTranscriber transcriber = transcriber().build();

        // then
        assertThatThrownBy(() -> transcriber.transcribe(AUDIO, "a.mp3", "audio/mpeg")).isInstanceOf(ModelAuthenticationException.class);
        assertThatThrownBy(() -> transcriber.transcribe(AUDIO, "a.mp3", "audio/mpeg")).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> transcriber.transcribe(AUDIO, "a.mp3", "audio/mpeg")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void should_reject_empty_or_oversized_audio_before_sending() {
        // then
        assertThatThrownBy(() -> transcriber().build().transcribe(new byte[0], "a.wav", "audio/wav"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> transcriber().build().transcribe(new byte[OpenAiTranscriber.MAX_AUDIO_BYTES + 1], "a.wav", "audio/wav"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("25 MB");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_neutralise_quotes_in_file_name_and_hide_key_when_printed() {
        // when
        byte[] body = OpenAiTranscriber.multipart("b", java.util.Map.of(), new byte[] {1}, "a\"b\r\n.wav", "audio/wav");

        // then
        assertThat(new String(body, StandardCharsets.ISO_8859_1)).contains("filename=\"a_b__.wav\"");
        assertThat(transcriber().build().toString()).doesNotContain(KEY);
    }
}
