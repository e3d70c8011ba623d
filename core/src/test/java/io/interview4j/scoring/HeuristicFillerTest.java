package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Filler earns nothing: answers that say nothing about this question score at most 25/100 offline. */
class HeuristicFillerTest {

    private static final String QUESTION = "How does a database index speed up a query, and what does it cost?";
    private static final String REFERENCE = "An index is a separate sorted structure, usually a B-tree, that maps column values to"
            + " the rows holding them. A query that filters on the indexed column walks the tree in logarithmic time and reads"
            + " only the matching pages instead of scanning the whole table. The cost is extra storage and slower writes,"
            + " because every insert, update and delete must also update each index, so you index the columns that"
            + " selective queries filter or join on.";
    private static final List<String> KEY_POINTS = List.of("a sorted structure such as a B-tree maps values to rows",
            "lookups take logarithmic time instead of a full table scan", "indexes cost storage and slow down writes",
            "index selective columns used in filters and joins");
    private static final String GOOD = "An index keeps the column's values sorted in a B-tree that points at the rows. When a"
            + " query filters on that column the database descends the tree in about log n steps and reads just the matching"
            + " pages rather than scanning the full table. The price is disk space and slower inserts, updates and deletes,"
            + " since each index has to be maintained, so I only index selective columns that queries filter or join on.";

    private final HeuristicEvaluator evaluator = new HeuristicEvaluator();

    private double score(String answer) {
        return evaluator.evaluate(new EvaluationRequest(QUESTION, "technical", "", KEY_POINTS, REFERENCE, answer,
                Rubrics.FIVE_DIMENSION, List.of(), "")).score();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "content-free ramble | That is a really good question and I am glad you asked it. In my experience there are always"
                    + " many factors to consider, and every company is different. I believe that a positive attitude and hard"
                    + " work make a big difference, and I always try to think about the big picture while paying attention to"
                    + " the details. Of course there is never a perfect answer, and things change all the time in this"
                    + " industry, so staying curious and listening to people around you is what matters most.",
            "paraphrase of the question | So the question is how a database index makes a query faster and what it costs."
                    + " A database index speeds up queries, and an index also has a cost for the database.",
            "generic answer | I would first understand the requirements and the constraints, then look at the options and"
                    + " weigh their pros and cons. After choosing the approach that fits best, I would test it thoroughly,"
                    + " measure the results and iterate based on feedback from the team and the users.",
            "answer to another question | A message queue decouples producers from consumers: producers publish events to a"
                    + " topic and consumers read them at their own pace, acknowledging each message once it is processed."
                    + " Failed messages are retried with backoff and finally moved to a dead-letter queue for inspection.",
            "polished story, other subject | In my last role I led the migration of our billing service to three smaller"
                    + " services. Deploys took two hours and failed weekly, so I split the schema first and moved traffic behind"
                    + " a feature flag. Deploys dropped to twelve minutes and incidents fell by sixty percent.",
            "bare keyword list | B-tree index sorted values rows logarithmic lookup pages full table scan storage writes"
                    + " inserts updates deletes selective columns filters joins",
    })
    void should_score_at_most_25_when_answer_has_no_substance_for_this_question(String kind, String answer) {
        // when
        double score = score(answer);

        // then
        assertThat(score).as(kind).isLessThanOrEqualTo(25);
    }

    @Test
    void should_score_at_most_25_when_the_reference_answer_is_shuffled_into_word_salad() {
        // given
        List<String> words = new ArrayList<>(List.of(REFERENCE.replaceAll("[.,]", "").split(" ")));
        Collections.shuffle(words, new Random(7));

        // when
        double score = score(String.join(" ", words));

        // then
        assertThat(score).isLessThanOrEqualTo(25);
    }

    @Test
    void should_keep_a_good_answer_high_when_filler_is_capped() {
        // when
        double good = score(GOOD);

        // then
        assertThat(good).isGreaterThan(60);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Push adds an element on top and pop removes the element from the top of the stack.",
            "A pointer holds the memory address of another variable, so the variable can be reached through it.",
            "The function calls itself on a smaller input until it reaches the base case.",
            "Heap based priority queue gives faster removal of minimum than sorted list based queue",
            "for (i = 1; i < n; i++) { key = a[i]; j = i - 1; while (j >= 0 && a[j] > key) { a[j + 1] = a[j]; j--; } a[j + 1] = key; }",
            "constant O(1), logarithmic O(log n), linear O(n), quadratic O(n^2) and exponential O(2^n) time",
    })
    void should_count_prose_as_coherent(String answer) {
        // when / then
        assertThat(Coherence.of(answer)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "the of index rows the a to sorted B-tree and the in pages of reads the",
            "index B-tree rows pages scan storage writes inserts deletes columns filters joins",
    })
    void should_count_word_salad_and_keyword_lists_as_incoherent(String answer) {
        // when / then
        assertThat(Coherence.of(answer)).isLessThan(0.5);
    }
}
