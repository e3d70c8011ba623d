package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpQuestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // rubric lines about the candidate, behavioural
            "looks for the root cause, such as a knowledge gap or unclear expectations | true"
                    + " | How did you look for the root cause?",
            "diagnoses the root cause of the failure, such as unclear ownership, hidden dependencies or poor handoffs"
                    + " | true | How did you diagnose the root cause of the failure?",
            "takes responsibility for the miss and explains the real cause, such as underestimation or hidden work"
                    + " | true | How did you take responsibility for the miss and explain the real cause?",
            "sets checkpoints and reports progress to leadership proactively | true"
                    + " | How did you set checkpoints and report progress to leadership proactively?",
            "explains how they clarified the goal and success criteria at the start | true"
                    + " | Can you explain how you clarified the goal and success criteria at the start?",
            "describes the underlying interests of each side, not just the surface positions | true"
                    + " | Can you describe the underlying interests of each side, not just the surface positions?",
            "identifies the specific customer problem and its impact on them | true"
                    + " | Can you identify the specific customer problem and its impact on them?",
            "quantifies the benefit, such as time, cost or error rate | true | Can you quantify the benefit?",
            "is honest about their first reaction | true | Were you honest about your first reaction?",
            "describes a specific project and the candidate's own role | true"
                    + " | Can you describe a specific project and your own role?",
            "shows whether they sought input from others | true | Can you tell me whether you sought input from others?",
            "shows they adapted their style to the person | true | Can you tell me how you adapted your style to the person?",
            "mentions infrastructure, such as feature stores, training pipelines or serving platforms | true"
                    + " | Can you talk about infrastructure?",
            "doesn't commit to a date they believe is false | true"
                    + " | Did you take care not to commit to a date you believe is false?",
            "names the main languages and frameworks with a rough timeframe | true"
                    + " | Can you name the main languages and frameworks with a rough timeframe?",
            // the same style on a case question
            "first checks whether the drop is real, such as tracking changes, logging bugs or metric definitions"
                    + " | false | How would you first check whether the drop is real?",
            "sizes the opportunity using merchant count, loan need and margins | false"
                    + " | How would you size the opportunity using merchant count, loan need and margins?",
            // technical styles: labels, instructions, statements, noun phrases
            "edge cases: empty array, all elements equal target, target outside the range | false"
                    + " | Which edge cases would you handle?",
            "bias: error from overly simple assumptions (underfitting) | false | How would you explain bias?",
            "Interface segregation: small, role-specific interfaces | false | How would you explain interface segregation?",
            "use real status codes (404, 400/422, 401/403) instead of 200 with an error body | false"
                    + " | How would you use real status codes instead of 200 with an error body?",
            "identify the exact query and parameters: slow query log, pg_stat_statements | false"
                    + " | How would you identify the exact query and parameters?",
            "arrays are cache-friendly; linked lists chase pointers and carry per-node overhead | false"
                    + " | Can you explain why arrays are cache-friendly?",
            "breaking the contract makes HashMap/HashSet lookups silently miss | false"
                    + " | Can you explain why breaking the contract makes HashMap/HashSet lookups silently miss?",
            "TCP three-way handshake to port 443 | false | Can you also talk about TCP three-way handshake to port 443?",
            "O(n) time, O(1) extra space | false | Can you also talk about O(n) time, O(1) extra space?",
    })
    void should_ask_what_an_interviewer_would_when_a_key_point_was_missed(String keyPoint, boolean behavioural,
                                                                        String expected) {
        // when
        String question = FollowUpQuestions.fromKeyPoint(keyPoint, behavioural);

        // then
        assertThat(question).isEqualTo(expected);
    }

    @Test
    void should_ask_a_question_in_the_second_person_when_given_any_built_in_key_point() {
        // given
        Pattern thirdPerson = Pattern.compile("\\b(they|their|theirs|themselves)\\b");
        Pattern verbKept = Pattern.compile("^(How (did|would) you|Can you) (describes|explains|states|shows|names|gives"
                + "|mentions|identifies|takes|sets|is|looks) ");

        // when / then: people questions' key points are about the candidate; technical ones' "their" is a thing's
        for (BankQuestion q : BuiltInQuestionBank.get().all()) {
            boolean people = Set.of("behavioral", "hr", "situational", "case").contains(q.kind());
            boolean behavioural = people && !q.kind().equals("case");
            for (String point : q.keyPoints()) {
                String question = FollowUpQuestions.fromKeyPoint(point, behavioural);
                assertThat(question).as(point)
                        .matches("[A-Z].*\\?")
                        .doesNotContain("such as", "e.g.", "  ", "How does ")
                        .doesNotContainPattern(verbKept);
                if (people) {
                    assertThat(question).as(point).doesNotContainPattern(thirdPerson);
                }
            }
        }
    }

    @Test
    void should_turn_third_person_verbs_into_base_forms() {
        assertThat(FollowUpQuestions.base("identifies")).isEqualTo("identify");
        assertThat(FollowUpQuestions.base("addresses")).isEqualTo("address");
        assertThat(FollowUpQuestions.base("reaches")).isEqualTo("reach");
        assertThat(FollowUpQuestions.base("diagnoses")).isEqualTo("diagnose");
        assertThat(FollowUpQuestions.base("is")).isEqualTo("be");
        assertThat(FollowUpQuestions.base("focuses")).isEqualTo("focus");
    }
}
