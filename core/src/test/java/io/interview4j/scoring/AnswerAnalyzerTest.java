package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Test
    void should_split_reference_into_clauses_and_enumerations_when_deriving_key_points() {
        // when
        List<String> points = AnswerAnalyzer.keyPointsFrom(
                "Encapsulation, inheritance, and polymorphism. It hides state; it reuses code.");

        // then
        assertThat(points).containsExactly("Encapsulation", "inheritance", "polymorphism", "It hides state", "it reuses code");
    }

    @Test
    void should_count_key_point_covered_when_answer_uses_related_forms_and_typos() {
        // when
        AnswerFeatures f = analyzer.analyze("Why use indexes?", "Indexing speeds up lookups, but each insert has to "
                        + "updte the index too.", List.of("indexes speed up lookups", "indexes slow down inserts and updates"),
                "", List.of());

        // then
        assertThat(f.keyPointsCovered()).contains("indexes speed up lookups");
        assertThat(f.keyPointCoverage()).isGreaterThan(0.5);
        assertThat(f.expectedGiven()).isTrue();
    }

    @Test
    void should_match_number_words_with_digits_when_comparing_with_key_points() {
        // when
        AnswerFeatures words = analyzer.analyze("How many children can a node of a binary tree have?",
                "At most two children.", List.of("at most 2"), "", List.of());
        AnswerFeatures wrong = analyzer.analyze("How many children can a node of a binary tree have?",
                "At most three children.", List.of("at most 2"), "", List.of());

        // then
        assertThat(words.keyPointsCovered()).containsExactly("at most 2");
        assertThat(wrong.keyPointsCovered()).isEmpty();
    }

    @Test
    void should_measure_precision_as_the_share_of_the_answer_that_the_reference_uses() {
        // given
        String question = "What does a stack do?";
        String reference = "A stack stores items and removes the most recently added item first.";

        // when
        AnswerFeatures focused = analyzer.analyze(question, "It removes the most recently added item first.",
                List.of(), reference, List.of());
        AnswerFeatures padded = analyzer.analyze(question, "It removes the most recently added item first, and "
                + "printers, keyboards and monitors are peripherals.", List.of(), reference, List.of());
        AnswerFeatures none = analyzer.analyze(question, "It removes the most recently added item first.",
                List.of(), "", List.of());

        // then
        assertThat(focused.referencePrecision()).isGreaterThan(0.9);
        assertThat(padded.referencePrecision()).isLessThan(0.6);
        assertThat(none.referencePrecision()).isZero();
    }

    @Test
    void should_give_more_reference_similarity_when_the_answer_keeps_its_phrases() {
        // given
        String question = "What is stored in each node?";
        String reference = "A data value and a pointer to the next node.";

        // when
        double phrases = analyzer.analyze(question, "The data value and a next node pointer.", List.of(), reference,
                List.of()).referenceSimilarity();
        double scrambled = analyzer.analyze(question, "The value data and a pointer node next.", List.of(), reference,
                List.of()).referenceSimilarity();
        double wordsOnly = new AnswerAnalyzer(HeuristicTuning.defaults().withPhraseShare(0)).analyze(question,
                "The data value and a next node pointer.", List.of(), reference, List.of()).referenceSimilarity();

        // then
        assertThat(phrases).isGreaterThan(scrambled);
        assertThat(wordsOnly).isEqualTo(new AnswerAnalyzer(HeuristicTuning.defaults().withPhraseShare(0)).analyze(
                question, "The value data and a pointer node next.", List.of(), reference, List.of())
                .referenceSimilarity());
    }

    @ParameterizedTest(name = "measurable result in words: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Late reports fell from eight a month to one.|true",
            "We cut the build time in half.|true",
            "Support tickets halved after the release.|true",
            "Throughput doubled once the cache was warm.|true",
            "On-call pages dropped by half within a quarter.|true",
            "It saved the team three hours per release.|true",
            "I had two ideas and picked the simpler one.|false",
            "Half the team agreed with me at first.|false",
            "It went well and everybody was happy.|false"})
    void should_count_results_told_in_words_as_measurable(String answer, boolean measurable) {
        AnswerFeatures f = analyzer.analyze("Tell me about a time you improved a process.", answer, List.of(), "",
                List.of());

        assertThat(f.measurableResults() > 0).isEqualTo(measurable);
    }

    @Test
    void should_find_star_parts_numbers_and_trade_offs_when_story_has_them() {
        // given
        String answer = "At my last job we were losing customers. My task was to fix onboarding. I redesigned the "
                + "signup flow, for example by cutting two steps; however, we lost some data. As a result, conversion "
                + "increased by 12% in a month.";

        // when
        AnswerFeatures f = analyzer.analyze("Tell me about a time you improved a product.", answer, List.of(), "",
                List.of("onboarding", "kubernetes"));

        // then
        assertThat(f.star().count()).isEqualTo(4);
        assertThat(f.measurableResults()).isPositive();
        assertThat(f.exampleCues()).isPositive();
        assertThat(f.tradeOffCues()).isPositive();
        assertThat(f.insights().jobTermsUsed()).containsExactly("onboarding");
        assertThat(f.insights().topWords()).hasSizeLessThanOrEqualTo(5);
        assertThat(f.evidence().structure()).isNotEmpty().allSatisfy(s -> assertThat(answer).contains(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I mean, basically, um, you know, it is like, sort of fast, I think, maybe. | false",
            "The cache keeps hot rows in memory. Reads skip the disk. Writes update both. | true",
    })
    void should_rate_clarity_higher_when_answer_has_no_fillers_or_hedges(String answer, boolean clear) {
        // when
        AnswerFeatures f = analyzer.analyze("How does a cache help?", answer, List.of(), "", List.of());

        // then
        if (clear) {
            assertThat(f.clarity()).isGreaterThan(0.9);
        } else {
            assertThat(f.clarity()).isLessThan(0.6);
            assertThat(f.fillerCount()).isGreaterThanOrEqualTo(3);
            assertThat(f.hedgeCount()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void should_rate_relevance_low_when_answer_ignores_the_question() {
        // when
        AnswerFeatures on = analyzer.analyze("How does garbage collection work in Java?",
                "The garbage collector finds unreachable objects in Java and frees their memory.", List.of(), "", List.of());
        AnswerFeatures off = analyzer.analyze("How does garbage collection work in Java?",
                "I enjoy hiking and cooking on weekends with my family.", List.of(), "", List.of());

        // then
        assertThat(on.relevance()).isGreaterThan(off.relevance() + 0.3);
    }

    @ParameterizedTest
    @CsvSource({"reference, refrence, true", "algorithm, algoritm, true", "pointer, printer, false", "list, lost, false"})
    void should_tolerate_small_typos_when_matching_words(String a, String b, boolean expected) {
        // when / then
        assertThat(WordMatch.fuzzyEqual(a, b)).isEqualTo(expected);
    }
}
