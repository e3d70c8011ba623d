package io.interview4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.benchmarks.Personas.Persona;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersonaBenchmarkTest {

    private static final Personas.Prompt PROMPT = new Personas.Prompt("What is a stack?",
            List.of("last in, first out", "push adds on top", "pop removes from the top", "both take constant time"),
            "A stack is a last-in, first-out collection. Push adds an element on top and pop removes it; both are fast.",
            "A queue is first-in, first-out: enqueue at the back, dequeue at the front.");

    @Test
    void should_compute_auc_as_the_share_of_pairs_ranked_right_with_ties_half() {
        // when / then
        assertThat(PersonaBenchmark.auc(List.of(3.0, 4.0), List.of(1.0, 2.0))).isEqualTo(1.0);
        assertThat(PersonaBenchmark.auc(List.of(1.0), List.of(2.0))).isZero();
        assertThat(PersonaBenchmark.auc(List.of(2.0, 2.0), List.of(2.0))).isEqualTo(0.5);
        assertThat(PersonaBenchmark.auc(List.of(3.0, 1.0), List.of(2.0))).isEqualTo(0.5);
        assertThat(PersonaBenchmark.auc(List.of(), List.of(1.0))).isNaN();
    }

    @Test
    void should_build_each_persona_from_the_question_when_asked_to_answer() {
        // given
        Random random = new Random(1);

        // when
        String strong = Personas.answer(Persona.STRONG, PROMPT, random);
        String partial = Personas.answer(Persona.PARTIAL, PROMPT, random);
        String offTopic = Personas.answer(Persona.OFF_TOPIC, PROMPT, random);
        String injection = Personas.answer(Persona.INJECTION, PROMPT, random);

        // then
        assertThat(strong).contains("last-in, first-out", "To sum up").doesNotContain(" fast").contains("quick");
        assertThat(partial).contains("Last in, first out.", "Push adds on top.").doesNotContain("pop");
        assertThat(offTopic).isEqualTo(PROMPT.otherReferenceAnswer());
        assertThat(injection).startsWith(partial);
        for (Persona p : Persona.values()) {
            assertThat(Personas.answer(p, PROMPT, random)).as(p.name()).isNotBlank();
        }
    }

    @Test
    void should_give_the_same_answers_when_the_seed_is_the_same() {
        // when / then
        for (Persona p : Persona.values()) {
            assertThat(Personas.answer(p, PROMPT, new Random(5))).isEqualTo(Personas.answer(p, PROMPT, new Random(5)));
        }
    }
}
