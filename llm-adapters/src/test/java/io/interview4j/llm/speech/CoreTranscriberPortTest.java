package io.interview4j.llm.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.Transcriber.Transcription;
import io.interview4j.testkit.StubServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OpenAI-compatible transcriber through core's two-argument {@link io.interview4j.llm.Transcriber} port. */
class CoreTranscriberPortTest {

    private static final byte[] AUDIO = "fake audio".getBytes(StandardCharsets.ISO_8859_1);

    private final StubServer server = StubServer.start();
    private final io.interview4j.llm.Transcriber port = OpenAiTranscriber.builder().baseUrl(server.baseUrl() + "/v1")
            .apiKey("sk-test0123456789").build();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"audio/webm, answer.webm", "audio/mpeg, answer.mp3", "audio/mp4, answer.m4a",
            "'audio/x-wav; codecs=1', answer.wav", "audio/ogg, answer.ogg"})
    void should_name_the_upload_after_the_media_type(String mimeType, String fileName) {
        // given
        server.enqueue(200, "{\"text\":\"I led it.\",\"duration\":3.25}");

        // when
        Transcription t = port.transcribe(AUDIO, mimeType);

        // then
        assertThat(t).isEqualTo(new Transcription("I led it.", Duration.ofMillis(3250)));
        assertThat(server.lastRequest().body()).contains("filename=\"" + fileName + "\"");
    }

    @Test
    void should_give_no_duration_when_the_service_reports_none() {
        // given
        server.enqueue(200, "{\"text\":\"hello\"}");

        // when / then
        assertThat(port.transcribe(AUDIO, "audio/wav").duration()).isNull();
    }

    @Test
    void should_refuse_a_media_type_without_subtype() {
        assertThatThrownBy(() -> port.transcribe(AUDIO, "audio")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("type/subtype");
    }
}
