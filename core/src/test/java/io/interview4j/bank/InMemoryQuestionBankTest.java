package io.interview4j.bank;

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
}
