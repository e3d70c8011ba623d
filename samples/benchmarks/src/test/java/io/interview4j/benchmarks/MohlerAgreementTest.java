package io.interview4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.interview4j.benchmarks.MohlerAgreement.CrossValidation;
import io.interview4j.benchmarks.MohlerAgreement.Row;
import io.interview4j.benchmarks.MohlerAgreement.Tuned;
import io.interview4j.scoring.HeuristicTuning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MohlerAgreementTest {

    /** Six questions of four answers; gold = 1 + 2a + b (a, b the first two features) plus a per-question twist. */
    private static List<Row> rows(double twistOfQuestion0) {
        List<Row> rows = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
            for (int i = 0; i < 4; i++) {
                double a = 0.1 * (i + q % 3);
                double b = 0.05 * ((i * 7 + q) % 5);
                double c = 0.3 + 0.02 * i;
                double gold = 1 + 2 * a + b + (q == 0 ? twistOfQuestion0 * i : 0);
                rows.add(new Row("a" + q + "." + i, "q" + q, gold, new double[] {a, b, c, 1}, 2.5));
            }
        }
        return rows;
    }

    @Test
    void should_put_every_answer_to_a_question_in_the_same_fold_when_assigning_folds() {
        // given
        List<Row> rows = rows(0);

        // when
        int[] folds = MohlerAgreement.foldsByQuestion(rows, 3);

        // then
        for (int i = 0; i < rows.size(); i++) {
            int question = Integer.parseInt(rows.get(i).questionId().substring(1));
            assertThat(folds[i]).isEqualTo(question % 3);
        }
    }

    @Test
    void should_recover_the_weights_when_the_gold_score_is_linear_in_the_features() {
        // when
        double[] w = MohlerAgreement.leastSquares(rows(0));

        // then: c is not used; the last weight is the intercept
        assertThat(w).hasSize(4);
        assertThat(w[0]).isCloseTo(2, within(1e-9));
        assertThat(w[1]).isCloseTo(1, within(1e-9));
        assertThat(w[2]).isCloseTo(0, within(1e-9));
        assertThat(w[3]).isCloseTo(1, within(1e-9));
    }

    @Test
    void should_not_use_a_questions_own_grades_when_predicting_it() {
        // given: the same data, except that question 0's grades change
        List<Row> plain = rows(0);
        List<Row> twisted = rows(0.5);

        // when
        CrossValidation a = MohlerAgreement.crossValidate(plain, 3);
        CrossValidation b = MohlerAgreement.crossValidate(twisted, 3);

        // then: question 0's predictions are the same; questions in other folds, trained on it, move
        for (int i = 0; i < plain.size(); i++) {
            String q = plain.get(i).questionId();
            if (q.equals("q0") || q.equals("q3")) {
                assertThat(b.predicted()[i]).as(q).isEqualTo(a.predicted()[i]);
            }
        }
        assertThat(b.predicted()[4]).isNotEqualTo(a.predicted()[4]);
        assertThat(a.folds()).hasSize(3);
        assertThat(a.folds()).allSatisfy(f -> assertThat(f.questions()).isEqualTo(2));
        assertThat(a.folds()).allSatisfy(f -> assertThat(f.rmse()).isCloseTo(0, within(1e-9)));
    }

    @Test
    void should_compute_pearson_and_rmse_when_given_known_values() {
        // given
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 4, 6, 8};
        double[] z = {4, 3, 2, 1};

        // then
        assertThat(MohlerAgreement.pearson(x, y)).isCloseTo(1, within(1e-12));
        assertThat(MohlerAgreement.pearson(x, z)).isCloseTo(-1, within(1e-12));
        assertThat(MohlerAgreement.rmse(x, y)).isCloseTo(Math.sqrt(30 / 4.0), within(1e-12));
    }

    @Test
    void should_reject_folds_when_not_a_whole_number_of_at_least_two() {
        assertThat(MohlerAgreement.parseFolds(" 5 ")).isEqualTo(5);
        assertThatThrownBy(() -> MohlerAgreement.parseFolds("five"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'five'");
        assertThatThrownBy(() -> MohlerAgreement.parseFolds("1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2, was 1");
    }

    /** Rows whose features follow the gold score exactly (good) or not at all (noise), same ids and grades. */
    private static List<Row> scoredBy(List<Row> base, boolean good) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Row r = base.get(i);
            double f = good ? r.gold() / 5 : ((i * 37) % 11) / 11.0;
            out.add(new Row(r.answerId(), r.questionId(), r.gold(), new double[] {f, 1}, 2.5));
        }
        return out;
    }

    @Test
    void should_choose_the_combination_that_fits_the_training_folds_when_tuning() {
        // given: combination 1 scores like the graders, combination 0 does not
        List<Row> base = rows(0);
        List<List<Row>> byConfig = List.of(scoredBy(base, false), scoredBy(base, true));

        // when
        Tuned tuned = MohlerAgreement.tune(byConfig, 3);

        // then
        assertThat(tuned.folds()).hasSize(3).allSatisfy(f -> {
            assertThat(f.config()).isEqualTo(1);
            assertThat(f.r()).isCloseTo(1, within(1e-9));
        });
        for (int i = 0; i < base.size(); i++) {
            assertThat(tuned.predicted()[i]).isCloseTo(base.get(i).gold(), within(1e-9));
        }
    }

    @Test
    void should_not_use_held_out_grades_when_choosing_constants() {
        // given: the same scores; only question 0's grades differ
        List<Row> plain = rows(0);
        List<Row> twisted = rows(0.5);
        List<Row> good = scoredBy(plain, true);
        List<Row> goodTwisted = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            Row r = good.get(i);
            goodTwisted.add(new Row(r.answerId(), r.questionId(), twisted.get(i).gold(), r.features(), r.raw()));
        }
        List<List<Row>> a = List.of(scoredBy(plain, false), good);
        List<List<Row>> b = List.of(scoredBy(twisted, false), goodTwisted);

        // when
        Tuned ta = MohlerAgreement.tune(a, 3);
        Tuned tb = MohlerAgreement.tune(b, 3);

        // then: question 0 sits in fold 0, whose choice and predictions only depend on folds 1 and 2
        assertThat(tb.folds().get(0).config()).isEqualTo(ta.folds().get(0).config());
        for (int i = 0; i < plain.size(); i++) {
            if (plain.get(i).questionId().equals("q0")) {
                assertThat(tb.predicted()[i]).isEqualTo(ta.predicted()[i]);
            }
        }
    }

    @Test
    void should_vary_every_knob_over_its_values_when_building_the_grid() {
        // when
        List<HeuristicTuning> grid = MohlerAgreement.grid(HeuristicTuning.defaults(), MohlerAgreement.KNOBS);

        // then
        int expected = MohlerAgreement.KNOBS.stream().mapToInt(k -> k.values().length).reduce(1, (x, y) -> x * y);
        assertThat(grid).hasSize(expected).doesNotHaveDuplicates().contains(HeuristicTuning.defaults());
        assertThat(grid.get(0).questionWordWeight()).isEqualTo(MohlerAgreement.KNOBS.get(0).values()[0]);
        assertThat(grid.get(0).fullCreditAt()).isEqualTo(HeuristicTuning.defaults().fullCreditAt());
    }
}
