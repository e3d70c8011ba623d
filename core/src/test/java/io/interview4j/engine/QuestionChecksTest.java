package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionChecksTest {

    private static QuestionRequest request(String language, String competency, List<String> asked) {
        InterviewPlan plan = InterviewPlan.builder().language(language).round(RoundPlan.of("Tech", "technical", 2)).build();
        return new QuestionRequest(plan, 0, "technical", competency, Difficulty.MEDIUM, null, List.of(), asked, List.of(),
                null, List.of());
    }

    private static WrittenQuestion written(String text, String competency, String kind) {
        return new WrittenQuestion(text, kind, competency, List.of("kafka"), Difficulty.MEDIUM,
                List.of("ordering is guaranteed only within one partition"), null, 120, "question-writer/1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "How would you keep the events of one customer in order across a Kafka topic?|en",
            "Describe how you would keep the events of one customer in order in Kafka.|en",
            "Walk me through how you would roll back a failed deployment on Kubernetes.|en",
            "Wie würden Sie die Reihenfolge der Ereignisse eines Kunden in Kafka sicherstellen?|de",
            "Comment garantiriez-vous l'ordre des événements d'un client dans Kafka ?|fr",
            "Как бы вы обеспечили порядок событий одного клиента в Kafka?|ru",
            "如何保证同一个客户的事件在 Kafka 中的顺序？|zh"
    })
    void should_accept_a_real_question_or_instruction_in_the_plans_language(String text, String language) {
        assertThat(QuestionChecks.problems(request(language, null, List.of()), written(text, null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kafka?|too short",
            "Kafka ordering matters a lot in this team and we rely on it every single day|must end with a question mark",
            "Wie würden Sie die Reihenfolge der Ereignisse eines Kunden in Kafka sicherstellen?|must be written in en",
            "Как бы вы обеспечили порядок событий одного клиента в Kafka?|must be written in en",
            "Why is ordering guaranteed only within one partition in Kafka?|gives away its own key point",
            "What is the difference between a process and a thread?|repeats one already asked"
    })
    void should_refuse_a_question_naming_the_problem(String text, String problem) {
        QuestionRequest r = request("en", null, List.of("Explain how processes differ from threads."));
        assertThat(QuestionChecks.problems(r, written(text, null, null))).anySatisfy(p -> assertThat(p).contains(problem));
    }

    @Test
    void should_refuse_a_question_over_the_length_limit_and_one_with_no_key_points() {
        QuestionRequest r = request("en", null, List.of());
        String longText = "How would you " + "design this system carefully ".repeat(25) + "?";
        assertThat(QuestionChecks.problems(r, written(longText, null, null))).anySatisfy(p -> assertThat(p).contains("over 600"));
        WrittenQuestion noPoints = new WrittenQuestion("How would you keep the events of one customer in order?", null, null,
                List.of(), Difficulty.MEDIUM, List.of(), null, 120, null);
        assertThat(QuestionChecks.problems(r, noPoints)).anySatisfy(p -> assertThat(p).contains("'key_points'"));
    }

    @Test
    void should_refuse_another_competency_or_round_kind_than_asked() {
        QuestionRequest r = request("en", "ownership", List.of());
        String text = "Tell me about a time you took ownership of a failing project.";
        assertThat(QuestionChecks.problems(r, written(text, "Ownership", "technical"))).isEmpty();
        assertThat(QuestionChecks.problems(r, written(text, "teamwork", "technical")))
                .anySatisfy(p -> assertThat(p).contains("'competency' must be ownership"));
        assertThat(QuestionChecks.problems(r, written(text, "ownership", "behavioral")))
                .anySatisfy(p -> assertThat(p).contains("'round_kind' must be technical"));
    }
}
