package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisedAnswerCheckTest {

    private static final List<String> ANSWERS = List.of(
            "At my last job at Globex we moved 1,200 customers to the new billing system in three weeks.",
            "Latency dropped by 35 percent and we saved about $40k; I worked with node.js and PostgreSQL.");

    @Test
    void should_accept_numbers_written_differently_and_names_in_any_case_when_the_candidate_said_them() {
        String rewrite = "Situation: At Globex, I owned the billing migration. Task: Move 1200 customers in 3 weeks. "
                + "Result: Latency dropped 35% and we saved $40k using Node.js and postgresql.";

        assertThat(RevisedAnswerCheck.unsupportedFacts(rewrite, ANSWERS)).isEmpty();
    }

    @Test
    void should_not_take_sentence_openers_for_names_but_should_take_acronyms_and_mixed_case_words() {
        assertThat(RevisedAnswerCheck.unsupportedFacts("Working closely with the team, I delivered it. Then I measured it.", ANSWERS))
                .isEmpty();
        assertThat(RevisedAnswerCheck.unsupportedFacts("AWS costs fell. GraphQL replaced REST.", ANSWERS))
                .containsExactly("AWS", "GraphQL", "REST");
    }

    @Test
    void should_name_every_invented_number_and_name_in_order() {
        String rewrite = "I led 4 engineers at Globex and Initech, cutting costs by 12.5% over twelve months.";

        assertThat(RevisedAnswerCheck.unsupportedFacts(rewrite, ANSWERS)).containsExactly("4", "12.5", "12", "Initech");
    }
}
