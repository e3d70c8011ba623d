package io.interview4j.bank;

import java.util.List;
import java.util.Optional;

/**
 * The question-bank port: finds question candidates. Implementations are thread-safe.
 */
public interface QuestionBank {

    /**
     * @param query filters and ranking hints
     * @return matching questions, best first, at most {@code query.limit()}; empty when none match
     */
    List<BankQuestion> find(QuestionQuery query);

    /**
     * @param id a question id
     * @return the question, if the bank has it
     */
    Optional<BankQuestion> findById(String id);

    /** @return every question, in the bank's order */
    List<BankQuestion> all();
}
