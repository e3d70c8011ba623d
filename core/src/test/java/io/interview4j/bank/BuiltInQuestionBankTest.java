package io.interview4j.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in bank's content: coverage of the common job-description skills, one spelling per tag, no leaks. */
class BuiltInQuestionBankTest {

    private static final List<BankQuestion> ALL = BuiltInQuestionBank.get().all();

    @Test
    void should_have_five_questions_over_all_three_difficulties_for_each_of_the_forty_common_skills() {
        assertThat(BuiltInQuestionBank.COMMON_SKILLS).hasSize(40).doesNotHaveDuplicates();
        for (String skill : BuiltInQuestionBank.COMMON_SKILLS) {
            List<BankQuestion> tagged = ALL.stream().filter(q -> q.skills().contains(skill)).toList();
            Set<Difficulty> difficulties = tagged.stream().map(BankQuestion::difficulty)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Difficulty.class)));
            assertThat(tagged).as(skill).hasSizeGreaterThanOrEqualTo(5);
            assertThat(difficulties).as(skill).containsExactlyInAnyOrder(Difficulty.values());
            assertThat(tagged).as(skill + ": key points and a reference answer")
                    .allSatisfy(q -> {
                        assertThat(q.keyPoints()).as(q.id()).hasSizeGreaterThanOrEqualTo(3);
                        assertThat(q.referenceAnswer()).as(q.id()).isNotBlank();
                    });
        }
    }

    @Test
    void should_hold_every_tag_in_its_one_spelling_after_loading() {
        Set<String> tags = ALL.stream().flatMap(q -> q.skills().stream()).collect(Collectors.toSet());

        assertThat(tags).allSatisfy(t -> assertThat(t).isEqualTo(SkillTags.normalize(t)).doesNotContain(" ", "-"));
        assertThat(tags).contains("problem_solving", "stakeholder_management", "machine_learning")
                .doesNotContain("problem solving", "stakeholder management");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "problem solving|problem_solving",
            "problem_solving|problem_solving",
            "  Problem-Solving |problem_solving",
            "CI / CD|ci_cd",
            "ci/cd|ci_cd",
            "Node.js|node.js",
            "C++|c++",
            "stakeholder  __ management|stakeholder_management"})
    void should_give_each_tag_one_spelling(String written, String expected) {
        assertThat(SkillTags.normalize(written)).isEqualTo(expected);
    }

    @Test
    void should_merge_spellings_of_one_tag_and_drop_blank_ones_when_a_question_is_made() {
        BankQuestion q = new BankQuestion("q", "technical", null, null,
                List.of("Problem Solving", "problem_solving", " ", "__", "SQL"), List.of(), Difficulty.EASY, List.of(),
                List.of(), "Why?", List.of(), null, List.of(), 60);
        QuestionQuery query = QuestionQuery.ofKind("technical").withPreferredSkills(List.of("Problem Solving"));

        assertThat(q.skills()).containsExactly("problem_solving", "sql");
        assertThat(query.preferredSkills()).containsExactly("problem_solving");
    }

    @Test
    void should_never_state_a_key_point_in_the_question() {
        assertThat(ALL).allSatisfy(q -> assertThat(q.keyPoints()).as(q.id())
                .noneMatch(p -> q.text().toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT))));
    }

    @Test
    void should_give_every_question_a_unique_id_and_a_unique_text() {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();

        assertThat(ALL).allSatisfy(q -> {
            assertThat(ids.add(q.id())).as("duplicate id " + q.id()).isTrue();
            assertThat(texts.add(q.text().strip().toLowerCase(Locale.ROOT))).as("duplicate text " + q.id()).isTrue();
        });
    }
}
