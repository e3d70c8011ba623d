package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.text.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpQuestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // technical statements, labels, instructions and noun phrases
            "What is the GIL in Python? | in CPython only one thread executes Python bytecode at a time | false",
            "What is the difference between a list and a tuple? | list is mutable, tuple is immutable | false",
            "Compare arrays and linked lists. | arrays are cache-friendly; linked lists chase pointers | false",
            "Why override hashCode with equals? | breaking the contract makes HashMap lookups silently miss | false",
            "What happens when you type a URL into a browser? | TCP three-way handshake to port 443 | false",
            "Find the maximum subarray sum. | O(n) time, O(1) extra space | false",
            "Implement binary search. | edge cases: empty array, all elements equal target | false",
            "Explain the bias-variance trade-off. | bias: error from overly simple assumptions (underfitting) | false",
            "Design a REST API for orders. | use real status codes instead of 200 with an error body | false",
            "A query got slow overnight. How would you find out why? | identify the exact query: slow query log | false",
            "How would you design a URL shortener? | shard the key space and cache hot links near readers | false",
            "What are the SOLID principles? | Interface segregation: small, role-specific interfaces | false",
            // behavioural rubric lines
            "Tell me about a time you missed a deadline. | takes responsibility for the miss and explains the real cause"
                    + " | true",
            "Tell me about a project you are proud of. | quantifies the benefit, such as time, cost or error rate | true",
            "Tell me about a conflict with a colleague. | describes the underlying interests of each side | true",
            "Tell me about a time you failed. | reflects on what they learned and changed afterwards | true",
            "Describe a time you disagreed with your manager. | shows whether they sought input from others | true",
            "Tell me about a difficult customer. | identifies the specific customer problem and its impact on them"
                    + " | true",
            // a case question
            "Sign-ups dropped 20% last week. What would you do? | first checks whether the drop is real | false",
    })
    void should_ask_about_the_missing_area_without_giving_the_key_point_away(String question, String keyPoint,
                                                                            boolean behavioural) {
        // when
        String followUp = FollowUpQuestions.fromKeyPoint(question, keyPoint, behavioural);

        // then
        assertThat(followUp).as(keyPoint).isNotBlank().matches("[A-Z].*\\?");
        assertThat(leaked(question, keyPoint, followUp)).as(followUp).isEmpty();
    }

    @Test
    void should_ask_about_the_area_a_key_point_belongs_to() {
        assertThat(FollowUpQuestions.fromKeyPoint("Tell me about a project you led.",
                "quantifies the result with a number", true))
                .isEqualTo("What was the outcome, and how did you measure it?");
        assertThat(FollowUpQuestions.fromKeyPoint("What is the GIL in Python?",
                "in CPython only one thread executes Python bytecode at a time", false))
                .isEqualTo("What changes when this has to run at scale or under concurrent load?");
        assertThat(FollowUpQuestions.fromKeyPoint("What is the difference between a list and a tuple?",
                "list is mutable, tuple is immutable", false))
                .isEqualTo("Can you go one level deeper: what happens underneath?");
        assertThat(FollowUpQuestions.fromKeyPoint("Implement binary search.",
                "edge cases: empty array, all elements equal target", false))
                .isEqualTo("Where could this go wrong, and how would you handle it?");
    }

    @Test
    void should_use_the_questions_own_words_but_not_the_key_points_when_the_first_phrasing_would_leak() {
        // given: the key point is about trade-offs, and says "trade-offs" itself
        String keyPoint = "names the trade-offs of the chosen approach";

        // when
        String unasked = FollowUpQuestions.fromKeyPoint("How would you cache user sessions?", keyPoint, false);
        String asked = FollowUpQuestions.fromKeyPoint("What are the trade-offs of your approach?", keyPoint, false);

        // then
        assertThat(unasked).isEqualTo("Can you go one level deeper on that?");
        assertThat(asked).isEqualTo("What are the trade-offs here, and when would you choose differently?");
    }

    @Test
    void should_give_no_built_in_key_point_away() {
        // given
        Pattern thirdPerson = Pattern.compile("\\b(they|their|theirs|themselves)\\b");

        // when / then
        for (BankQuestion q : BuiltInQuestionBank.get().all()) {
            boolean behavioural = Set.of("behavioral", "hr", "situational").contains(q.kind());
            for (String point : q.keyPoints()) {
                String followUp = FollowUpQuestions.fromKeyPoint(q.text(), point, behavioural);
                assertThat(followUp).as(point).matches("[A-Z][^?]*\\?").doesNotContainPattern(thirdPerson);
                assertThat(leaked(q.text(), point, followUp)).as(q.text() + " / " + point + " -> " + followUp)
                        .isEmpty();
            }
        }
    }

    @Test
    void should_still_ask_something_when_given_no_question() {
        assertThat(FollowUpQuestions.fromKeyPoint(null, "arrays are cache-friendly", false)).endsWith("?");
        assertThat(FollowUpQuestions.fromKeyPoint("Why?", "", true)).endsWith("?");
    }

    /** The follow-up's stems that are content stems of the key point the question did not use. */
    private static List<String> leaked(String question, String keyPoint, String followUp) {
        Set<String> unseen = new HashSet<>(Texts.contentStems(keyPoint));
        Texts.contentStems(question).forEach(unseen::remove);
        return Texts.contentStems(followUp).stream().filter(unseen::contains).toList();
    }
}
