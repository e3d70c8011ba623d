package io.interview4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link QuestionBank} passes. An adapter's test extends this class and returns, from
 * {@link #bank(List)}, a fresh bank holding exactly the given questions in the given order; the
 * {@link io.interview4j.bank.InMemoryQuestionBank} is the reference.
 */
public abstract class QuestionBankContract {

    /**
     * @param questions the questions the bank must hold, in this order, with unique ids
     * @return a bank holding exactly those questions
     */
    protected abstract QuestionBank bank(List<BankQuestion> questions);

    /** A filter that matches every question: any kind, limit 100. */
    protected static final QuestionQuery ANY =
            new QuestionQuery(Set.of(), Set.of(), null, null, null, null, null, List.of(), Set.of(), 100);

    @Test
    void should_return_only_that_kind_when_filtering_by_kind() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("behavioral"));

        // then
        assertThat(ids(found)).containsExactlyInAnyOrder("beh-1", "beh-2", "beh-3");
    }

    @Test
    void should_return_any_of_the_kinds_when_filtering_by_several_kinds() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(ANY.withKinds(Set.of("dsa", "system_design")));

        // then
        assertThat(ids(found)).containsExactlyInAnyOrder("dsa-1", "dsa-2", "sd-1");
    }

    @Test
    void should_return_only_that_category_when_filtering_by_category() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(ANY.withCategories(Set.of("core")));

        // then
        assertThat(ids(found)).containsExactlyInAnyOrder("tech-core", "tech-core-java");
    }

    @Test
    void should_default_category_to_kind_when_category_is_blank() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(ANY.withCategories(Set.of("system_design")));

        // then
        assertThat(ids(found)).containsExactly("sd-1");
    }

    @Test
    void should_return_only_that_competency_when_filtering_by_competency() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("behavioral").withCompetency("leadership"));

        // then
        assertThat(ids(found)).containsExactlyInAnyOrder("beh-1", "beh-3");
    }

    @Test
    void should_return_only_that_difficulty_when_filtering_by_difficulty() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(ANY.withDifficulty(Difficulty.HARD));

        // then
        assertThat(ids(found)).containsExactlyInAnyOrder("dsa-2", "sd-1");
    }

    @Test
    void should_keep_questions_for_every_level_when_filtering_by_level() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> junior = bank.find(ANY.withLevel("junior"));

        // then
        assertThat(ids(junior)).containsExactlyInAnyOrder("beh-1", "beh-2", "dsa-1", "tech-core", "case-1",
                "tech-core-java");
        assertThat(ids(junior)).doesNotContain("sd-1", "dsa-2", "beh-3");
    }

    @Test
    void should_exclude_other_roles_questions_when_filtering_by_role() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> forAnalyst = bank.find(ANY.withRole("Data Analyst"));
        List<BankQuestion> forBackend = bank.find(ANY.withRole("backend engineer"));

        // then
        assertThat(ids(forAnalyst)).contains("case-1").doesNotContain("tech-core-java");
        assertThat(ids(forBackend)).contains("tech-core-java").doesNotContain("case-1");
        assertThat(ids(forBackend)).contains("beh-1", "dsa-1");
    }

    @Test
    void should_never_return_excluded_ids_when_excluding() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("behavioral").withExcludeIds(Set.of("beh-1", "beh-3")));

        // then
        assertThat(ids(found)).containsExactly("beh-2");
    }

    @Test
    void should_return_nothing_when_no_question_matches() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("hr"));

        // then
        assertThat(found).isEmpty();
    }

    @Test
    void should_rank_company_questions_first_when_company_is_given() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("dsa").withCompany("  Acme "));

        // then
        assertThat(ids(found)).containsExactly("dsa-2", "dsa-1");
    }

    @Test
    void should_rank_questions_sharing_more_preferred_skills_first_when_skills_are_given() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("behavioral")
                .withPreferredSkills(List.of("Conflict", "mentoring")));

        // then
        assertThat(ids(found)).containsExactly("beh-3", "beh-2", "beh-1");
    }

    @Test
    void should_keep_bank_order_when_ranks_are_equal() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("behavioral"));

        // then
        assertThat(ids(found)).containsExactly("beh-1", "beh-2", "beh-3");
    }

    @Test
    void should_return_at_most_limit_questions_when_more_match() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(new QuestionQuery(Set.of(), Set.of(), null, null, null, null, null,
                List.of(), Set.of(), 3));

        // then
        assertThat(ids(found)).containsExactly("beh-1", "beh-2", "beh-3");
    }

    @Test
    void should_apply_every_filter_when_filters_combine() {
        // given
        QuestionBank bank = bank(fixture());

        // when
        List<BankQuestion> found = bank.find(ANY.withKinds(Set.of("technical", "behavioral"))
                .withDifficulty(Difficulty.MEDIUM).withLevel("mid").withRole("backend engineer"));

        // then
        assertThat(ids(found)).containsExactlyInAnyOrder("beh-2", "tech-core-java");
    }

    @Test
    void should_return_the_whole_question_when_found_by_id() {
        // given
        List<BankQuestion> questions = fixture();
        QuestionBank bank = bank(questions);

        // when / then
        assertThat(bank.findById("tech-core-java")).contains(questions.get(5));
        assertThat(bank.findById("beh-1")).contains(questions.get(0));
    }

    @Test
    void should_find_nothing_when_id_is_unknown() {
        // given
        QuestionBank bank = bank(fixture());

        // when / then
        assertThat(bank.findById("nope")).isEmpty();
    }

    @Test
    void should_return_every_question_in_bank_order_when_listing_all() {
        // given
        List<BankQuestion> questions = fixture();
        QuestionBank bank = bank(questions);

        // when / then
        assertThat(bank.all()).containsExactlyElementsOf(questions);
    }

    @Test
    void should_return_nothing_when_bank_is_empty() {
        // given
        QuestionBank bank = bank(List.of());

        // when / then
        assertThat(bank.all()).isEmpty();
        assertThat(bank.find(ANY)).isEmpty();
    }

    @Test
    void should_keep_unicode_text_intact_when_stored() {
        // given
        BankQuestion unicode = aQuestion("uni-1", "behavioral", "behavioral", "teamwork", List.of("团队"),
                List.of(), Difficulty.EASY, List.of(), List.of(), "讲一个团队合作的例子 🙂 — «naïve»");

        // when
        QuestionBank bank = bank(List.of(unicode));

        // then
        assertThat(bank.findById("uni-1")).contains(unicode);
    }

    // ---------------------------------------------------------------- test data builders

    /**
     * @return nine questions: three behavioral (two leadership), two dsa (one for Acme), one system design
     *     with a blank category, two core technical (one only for backend engineers), one case only for data
     *     analysts
     */
    protected static List<BankQuestion> fixture() {
        return List.of(
                aQuestion("beh-1", "behavioral", "behavioral", "leadership", List.of("ownership"), List.of(),
                        Difficulty.EASY, List.of(), List.of(), "Tell me about a time you led a project."),
                aQuestion("beh-2", "behavioral", "behavioral", "teamwork", List.of("conflict"),
                        List.of("junior", "mid"), Difficulty.MEDIUM, List.of(), List.of(),
                        "Describe a disagreement with a teammate."),
                aQuestion("beh-3", "behavioral", "behavioral", "leadership", List.of("conflict", "mentoring"),
                        List.of("senior"), Difficulty.MEDIUM, List.of(), List.of(), "How did you grow a junior engineer?"),
                aQuestion("dsa-1", "dsa", "dsa", "problem_solving", List.of("arrays"), List.of("junior", "mid"),
                        Difficulty.EASY, List.of(), List.of(), "Find two numbers that sum to a target."),
                aQuestion("dsa-2", "dsa", "dsa", "problem_solving", List.of("graphs"), List.of("senior"),
                        Difficulty.HARD, List.of(), List.of("acme", "globex"), "Find the shortest path with tolls."),
                new BankQuestion("tech-core-java", "technical", "core", "technical_depth", List.of("java", "jvm"),
                        List.of(), Difficulty.MEDIUM, List.of("backend engineer"), List.of(),
                        "How does the JVM decide when to run garbage collection?",
                        List.of("generations", "allocation rate", "pause goals"),
                        "Collectors trigger on allocation failure in a generation...",
                        List.of("What changes with ZGC?", "How would you tune it?"), 240),
                aQuestion("tech-core", "technical", "core", "technical_depth", List.of("http"), List.of(),
                        Difficulty.EASY, List.of(), List.of(), "What happens when you type a URL into a browser?"),
                aQuestion("sd-1", "system_design", "", "design", List.of("scalability"), List.of("senior"),
                        Difficulty.HARD, List.of(), List.of(), "Design a URL shortener."),
                aQuestion("case-1", "case", "problem_solving", "analysis", List.of("sql"), List.of(),
                        Difficulty.MEDIUM, List.of("data analyst"), List.of(), "Sales fell 10%: how do you find why?"));
    }

    /**
     * @return a question with the given filterable fields, one key point and the default suggested time
     */
    protected static BankQuestion aQuestion(String id, String kind, String category, String competency,
                                            List<String> skills, List<String> levels, Difficulty difficulty,
                                            List<String> roles, List<String> companies, String text) {
        return new BankQuestion(id, kind, category, competency, skills, levels, difficulty, roles, companies, text,
                List.of("a key point"), "", List.of(), 0);
    }

    private static List<String> ids(List<BankQuestion> questions) {
        return questions.stream().map(BankQuestion::id).toList();
    }
}
