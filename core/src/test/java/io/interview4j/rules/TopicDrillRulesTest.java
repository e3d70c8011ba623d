package io.interview4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 004 (topic drill): "Select top 3 topics the user has read most" and the badges ("Interview Master for
 * 80%+, Interview Ready for 50%+"). Difficulty is in {@code io.interview4j.plan.DifficultyPolicyTest}.
 */
class TopicDrillRulesTest {

    /**
     * @param studied items separated by {@code |}, each item's tags separated by spaces
     * @param expected the top topics, separated by spaces
     */
    @ParameterizedTest(name = "seed 004: studied [{0}] -> top topics [{1}]")
    @CsvSource({
            "python fastapi|python oop|fastapi|sql, python fastapi oop",
            "sql|python|python|docker|docker|docker, docker python sql",
            "d|c|b|a|a, a d c",
            "python oop|fastapi api_design|sql docker, python oop fastapi",
            "a b c d e, a b c",
            "x|y|y|z|z|w|w|w, w y z"
    })
    void should_pick_top_three_topics_by_count_with_first_seen_tie_break_seed004(String studied, String expected) {
        // given
        List<List<String>> items = parse(studied);

        // when
        List<String> topics = TopicDrillRules.topTopics(items);

        // then
        assertThat(topics).containsExactlyElementsOf(words(expected)).hasSizeLessThanOrEqualTo(TopicDrillRules.TOPICS);
    }

    @ParameterizedTest(name = "seed 004: studied [{0}] has fewer than 3 tags -> [{1}]")
    @CsvSource({
            "python|python, python",
            "python fastapi, python fastapi",
            "fastapi|python|python, python fastapi",
            "'', ''"
    })
    void should_return_fewer_topics_when_fewer_than_three_tags_studied_seed004(String studied, String expected) {
        // given
        List<List<String>> items = parse(studied);

        // when
        List<String> topics = TopicDrillRules.topTopics(items);

        // then
        assertThat(topics).containsExactlyElementsOf(words(expected));
    }

    @ParameterizedTest(name = "seed 004: studied [{0}] (mixed case) -> [{1}]")
    @CsvSource({
            "Python|python|FastAPI, python fastapi",
            "SQL|sql|Docker|DOCKER|docker, docker sql"
    })
    void should_count_tags_case_insensitively_seed004(String studied, String expected) {
        // given
        List<List<String>> items = parse(studied);

        // when
        List<String> topics = TopicDrillRules.topTopics(items);

        // then
        assertThat(topics).containsExactlyElementsOf(words(expected));
    }

    @ParameterizedTest(name = "seed 004: overall {0} -> badge \"{1}\"")
    @CsvSource({
            "1.0,  Interview Master",
            "0.8,  Interview Master",
            "0.79, Interview Ready",
            "0.5,  Interview Ready",
            "0.49, ''",
            "0.0,  ''"
    })
    void should_award_master_at_080_and_ready_at_050_seed004(double overall, String expected) {
        // given
        Optional<String> expectedBadge = expected.isEmpty() ? Optional.empty() : Optional.of(expected);

        // when
        Optional<String> badge = TopicDrillRules.badge(overall);

        // then
        assertThat(badge).isEqualTo(expectedBadge);
    }

    private static List<List<String>> parse(String studied) {
        if (studied.isBlank()) {
            return List.of();
        }
        return Arrays.stream(studied.split("\\|")).map(TopicDrillRulesTest::words).toList();
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split(" +"));
    }
}
