package io.interview4j.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.testkit.QuestionBankContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryQuestionBankTest extends QuestionBankContract {

    @Override
    protected QuestionBank bank(List<BankQuestion> questions) {
        return new InMemoryQuestionBank(questions);
    }

    @Test
    void should_refuse_questions_when_two_share_an_id() {
        // given
        BankQuestion one = aQuestion("dup", "dsa", "dsa", "", List.of(), List.of(), Difficulty.EASY, List.of(),
                List.of(), "One");
        BankQuestion two = aQuestion("dup", "dsa", "dsa", "", List.of(), List.of(), Difficulty.HARD, List.of(),
                List.of(), "Two");

        // when / then
        assertThatThrownBy(() -> new InMemoryQuestionBank(List.of(one, two)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dup");
    }

    @Test
    void should_take_a_blank_competency_and_reference_answer_as_absent_and_refuse_a_missing_id() {
        // when
        BankQuestion q = new BankQuestion("b1", "behavioral", null, " ", List.of(), List.of(), Difficulty.EASY,
                List.of(), List.of(), "Tell me about a conflict.", List.of(), "", List.of(), 0);

        // then
        assertThat(q.competency()).isNull();
        assertThat(q.referenceAnswer()).isNull();
        assertThat(q.category()).isEqualTo("behavioral");
        assertThat(BankQuestion.of("b2", "technical", "Why?").competency()).isNull();
        assertThatThrownBy(() -> BankQuestion.of(null, "technical", "Why?"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id is required");
        assertThatThrownBy(() -> BankQuestion.of("b3", " ", "Why?"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("b3").hasMessageContaining("kind");
    }
}
