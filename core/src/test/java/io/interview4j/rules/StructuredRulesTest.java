package io.interview4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.rules.StructuredRules.Bucket;
import io.interview4j.rules.StructuredRules.InterviewType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 001 (structured interview): types hr / technical / case / mixed, levels junior / mid / senior, 10 to 15
 * questions, and the distribution per type (HR 40 % behavioral, 30 % situational, 30 % role-specific;
 * technical 50 % core, 30 % advanced, 20 % practical; case 60 % problem-solving, 40 % system design; mixed
 * balanced).
 */
class StructuredRulesTest {

    private static final String ALL_TYPES_ALL_TOTALS = "HR, 10\nHR, 11\nHR, 12\nHR, 13\nHR, 14\nHR, 15\n"
            + "TECHNICAL, 10\nTECHNICAL, 11\nTECHNICAL, 12\nTECHNICAL, 13\nTECHNICAL, 14\nTECHNICAL, 15\n"
            + "CASE, 10\nCASE, 11\nCASE, 12\nCASE, 13\nCASE, 14\nCASE, 15\n"
            + "MIXED, 10\nMIXED, 11\nMIXED, 12\nMIXED, 13\nMIXED, 14\nMIXED, 15";

    @ParameterizedTest(name = "seed 001: type \"{0}\" parses to {1}")
    @CsvSource({
            "hr, HR",
            "technical, TECHNICAL",
            "case, CASE",
            "mixed, MIXED",
            "HR, HR",
            "Technical, TECHNICAL",
            "' case ', CASE",
            "MIXED, MIXED"
    })
    void should_parse_interview_type_seed001(String value, InterviewType expected) {
        // given
        String raw = value;

        // when
        InterviewType type = InterviewType.parse(raw);

        // then
        assertThat(type).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 001: type \"{0}\" is rejected, naming the value")
    @CsvSource({
            "behavioural",
            "tech",
            "finance",
            "hr-technical",
            "''"
    })
    void should_reject_unknown_interview_type_naming_the_value_seed001(String value) {
        // given
        String raw = value;

        // when / then
        assertThatThrownBy(() -> InterviewType.parse(raw))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContainingAll("hr", "technical", "case", "mixed");
    }

    @ParameterizedTest(name = "seed 001: level {0} -> {1} questions")
    @CsvSource({
            "JUNIOR, 10",
            "MID, 12",
            "SENIOR, 15"
    })
    void should_ask_10_12_or_15_questions_by_level_seed001(Level level, int expected) {
        // given
        Level candidate = level;

        // when
        int count = StructuredRules.questionCount(candidate);

        // then
        assertThat(count).isEqualTo(expected)
                .isBetween(StructuredRules.MIN_QUESTIONS, StructuredRules.MAX_QUESTIONS);
    }

    @ParameterizedTest(name = "seed 001: {0} buckets are {1} with shares {2}")
    @CsvSource({
            "HR, behavioral/situational/role_specific, 0.4/0.3/0.3",
            "TECHNICAL, core/advanced/practical, 0.5/0.3/0.2",
            "CASE, problem_solving/system_design, 0.6/0.4"
    })
    void should_split_each_type_by_the_seed_percentages_seed001(InterviewType type, String categories, String shares) {
        // given
        List<String> expectedCategories = List.of(categories.split("/"));
        List<Double> expectedShares = Stream.of(shares.split("/")).map(Double::valueOf).toList();

        // when
        List<Bucket> buckets = StructuredRules.buckets(type);

        // then
        assertThat(buckets).extracting(Bucket::category).containsExactlyElementsOf(expectedCategories);
        for (int i = 0; i < buckets.size(); i++) {
            assertThat(buckets.get(i).share()).isCloseTo(expectedShares.get(i), within(1e-9));
        }
    }

    @ParameterizedTest(name = "seed 001: {0} buckets' shares sum to 1")
    @CsvSource({"HR", "TECHNICAL", "CASE", "MIXED"})
    void should_have_shares_summing_to_one_seed001(InterviewType type) {
        // given
        List<Bucket> buckets = StructuredRules.buckets(type);

        // when
        double sum = buckets.stream().mapToDouble(Bucket::share).sum();

        // then
        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest(name = "seed 001: {0} with {1} questions -> {2}")
    @CsvSource({
            "HR, 10, 4/3/3",
            "HR, 11, 5/3/3",
            "HR, 12, 5/4/3",
            "HR, 13, 5/4/4",
            "HR, 14, 6/4/4",
            "HR, 15, 6/5/4",
            "TECHNICAL, 10, 5/3/2",
            "TECHNICAL, 11, 6/3/2",
            "TECHNICAL, 12, 6/4/2",
            "TECHNICAL, 13, 6/4/3",
            "TECHNICAL, 14, 7/4/3",
            "TECHNICAL, 15, 8/4/3",
            "CASE, 10, 6/4",
            "CASE, 11, 7/4",
            "CASE, 12, 7/5",
            "CASE, 13, 8/5",
            "CASE, 14, 8/6",
            "CASE, 15, 9/6"
    })
    void should_distribute_questions_in_seed_proportions_seed001(InterviewType type, int total, String expected) {
        // given
        List<Bucket> buckets = StructuredRules.buckets(type);

        // when
        Map<Bucket, Integer> counts = StructuredRules.distribute(type, total);

        // then
        String actual = buckets.stream().map(b -> String.valueOf(counts.getOrDefault(b, 0)))
                .collect(Collectors.joining("/"));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 001: {0} with {1} questions sums to {1}, each bucket within 1 of its share")
    @CsvSource(textBlock = ALL_TYPES_ALL_TOTALS)
    void should_sum_to_total_with_each_bucket_within_one_of_its_share_seed001(InterviewType type, int total) {
        // given
        List<Bucket> buckets = StructuredRules.buckets(type);

        // when
        Map<Bucket, Integer> counts = StructuredRules.distribute(type, total);

        // then
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(buckets).containsAll(counts.keySet());
        for (Bucket b : buckets) {
            int count = counts.getOrDefault(b, 0);
            assertThat((double) count).as("%s %s of %d", type, b.category(), total)
                    .isCloseTo(b.share() * total, within(1.0 - 1e-9));
        }
    }

    @ParameterizedTest(name = "seed 001: mixed with {0} questions covers hr, technical and case")
    @CsvSource({"10", "11", "12", "13", "14", "15"})
    void should_cover_all_three_types_when_mixed_seed001(int total) {
        // given
        Set<String> hrKinds = Set.of("behavioral", "situational", "hr");
        Set<String> caseKinds = Set.of("case", "system_design");

        // when
        Map<Bucket, Integer> counts = StructuredRules.distribute(InterviewType.MIXED, total);

        // then
        int hr = sum(counts, hrKinds);
        int technical = sum(counts, Set.of("technical"));
        int caseStudy = sum(counts, caseKinds);
        assertThat(hr).isPositive();
        assertThat(technical).isPositive();
        assertThat(caseStudy).isPositive();
        assertThat(hr + technical + caseStudy).isEqualTo(total);
        for (int perType : List.of(hr, technical, caseStudy)) {
            assertThat((double) perType).isCloseTo(total / 3.0, within(1.0 + 1e-9));
        }
        int most = Math.max(hr, Math.max(technical, caseStudy));
        int fewest = Math.min(hr, Math.min(technical, caseStudy));
        assertThat(most - fewest).as("balanced: types differ by at most one question").isLessThanOrEqualTo(1);
        assertThat(counts.keySet()).extracting(Bucket::category)
                .containsExactly("behavioral", "situational", "role_specific", "core", "advanced", "practical",
                        "problem_solving", "system_design");
    }

    @ParameterizedTest(name = "seed 001: {0} questions is outside 10-15 and rejected")
    @CsvSource({
            "HR, 9",
            "TECHNICAL, 16",
            "CASE, 0",
            "MIXED, -1",
            "MIXED, 100"
    })
    void should_reject_total_outside_10_to_15_seed001(InterviewType type, int total) {
        // given
        int outOfRange = total;

        // when / then
        assertThatThrownBy(() -> StructuredRules.distribute(type, outOfRange))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10 to 15")
                .hasMessageContaining(String.valueOf(outOfRange));
    }

    private static int sum(Map<Bucket, Integer> counts, Set<String> kinds) {
        return counts.entrySet().stream().filter(e -> kinds.contains(e.getKey().kind()))
                .mapToInt(Map.Entry::getValue).sum();
    }
}
