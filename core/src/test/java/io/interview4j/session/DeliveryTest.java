package io.interview4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // transcript; audio ms; words; wpm; fillers; rate per 100 words; pace
            "I built the cache and it cut latency in half; 6000; 10; 100.0; 0; 0.0; slow",
            "Um, so I, uh, basically rewrote the, you know, query planner; 4000; 11; 165.0; 4; 36.4; steady",
            "Ummm I mean the index was like, wrong; 2000; 8; 240.0; 3; 37.5; fast",
            "I would like to add tests; 3000; 6; 120.0; 0; 0.0; steady",
            "The umbrella team erred on the side of caution; 3000; 9; 180.0; 0; 0.0; fast",
            "Hmm. Er. Ah.; 1500; 3; 120.0; 3; 100.0; steady",
    })
    void should_compute_pace_and_fillers_from_transcript_and_duration(String transcript, long millis, int words,
                                                                      double wpm, int fillers, double rate, String pace) {
        // when
        Delivery d = Delivery.measure(transcript, Duration.ofMillis(millis));

        // then
        assertThat(d.words()).isEqualTo(words);
        assertThat(d.wordsPerMinute()).isEqualTo(wpm);
        assertThat(d.fillerCount()).isEqualTo(fillers);
        assertThat(d.fillerRate()).isEqualTo(rate);
        assertThat(d.pace()).isEqualTo(pace);
        assertThat(d.durationSeconds()).isEqualTo(millis / 1000.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1000})
    void should_refuse_a_recording_without_length(long millis) {
        assertThatThrownBy(() -> Delivery.measure("I built it", Duration.ofMillis(millis)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audio duration must be positive");
    }
}
