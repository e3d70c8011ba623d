package io.interview4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportBuilderTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "No measurable result; no measurable results given; true",
            "No measurable result; Lacks a measurable result; true",
            "Clear structure; Unclear structure; false",
            "Explained the trade-offs; explains trade-off; true",
            "Explained the trade-offs; Missed the trade-offs of caching; false",
            "Strong STAR structure; STAR structure was strong; true",
            "Good use of numbers; Good use of examples; false",
            "the; The; true",
            "; anything; false",
    })
    void should_treat_items_as_near_duplicates_when_stemmed_content_words_mostly_agree(String a, String b, boolean same) {
        // when / then
        assertThat(ReportBuilder.nearDuplicate(a == null ? "" : a, b)).isEqualTo(same);
        assertThat(ReportBuilder.nearDuplicate(b, a == null ? "" : a)).isEqualTo(same);
    }

    @Test
    void should_keep_first_wording_and_rank_by_merged_count_when_merging() {
        // given
        List<String> items = List.of("Clear structure", "No measurable result", "no measurable results given",
                "Unclear structure", "Lacks a measurable result", "Unclear structure.", "Good pace");

        // when
        List<String> top = ReportBuilder.topMerged(items, 3);

        // then
        assertThat(top).containsExactly("No measurable result", "Unclear structure", "Clear structure");
    }
}
