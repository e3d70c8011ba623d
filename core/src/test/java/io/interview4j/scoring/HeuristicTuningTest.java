package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeuristicTuningTest {

    @Test
    void should_hold_the_documented_values_when_default() {
        // when
        HeuristicTuning t = HeuristicTuning.defaults();

        // then
        assertThat(t).isEqualTo(new HeuristicTuning(0.15, 0.5, 0.8, 0.7, 0.5, 0.2, 2, 0.6, 1.5, 60, 80, 0.9, 8, 0.3, 0.4));
        assertThat(new HeuristicEvaluator().tuning()).isSameAs(t);
    }

    @Test
    void should_name_the_constant_when_it_is_out_of_range() {
        // when / then
        assertThatThrownBy(() -> HeuristicTuning.defaults().withCoverageShare(1.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("coverageShare").hasMessageContaining("1.5");
        assertThatThrownBy(() -> HeuristicTuning.defaults().withQuestionWordWeight(0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("questionWordWeight");
        assertThatThrownBy(() -> HeuristicTuning.defaults().withReferenceLengthRatio(Double.NaN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("referenceLengthRatio");
    }

    @Test
    void should_change_only_the_named_constant_when_copied_with_one() {
        // when
        HeuristicTuning t = HeuristicTuning.defaults().withFullCreditAt(0.9).withRecallEmphasis(1)
                .withGenericWordWeight(1).withSimilarityGain(2);

        // then
        assertThat(t.fullCreditAt()).isEqualTo(0.9);
        assertThat(t.recallEmphasis()).isEqualTo(1);
        assertThat(t.genericWordWeight()).isEqualTo(1);
        assertThat(t.similarityGain()).isEqualTo(2);
        assertThat(t.withFullCreditAt(0.7).withRecallEmphasis(2).withGenericWordWeight(0.5).withSimilarityGain(1.5))
                .isEqualTo(HeuristicTuning.defaults());
    }

    @Test
    void should_score_differently_when_built_with_other_constants() {
        // given: the answer mostly echoes the question's words
        EvaluationRequest request = new EvaluationRequest("What does a load balancer do?", "technical", "", List.of(),
                "It spreads incoming requests across several servers so none is overloaded.",
                "A load balancer is a balancer for load that does load balancing for requests.", Rubrics.TOPIC_DRILL,
                List.of(), "");

        // when
        double standard = new HeuristicEvaluator().evaluate(request).score();
        double echoCounts = new HeuristicEvaluator(HeuristicTuning.defaults().withQuestionWordWeight(1)).evaluate(request)
                .score();

        // then: the constant reaches the analyzer
        assertThat(echoCounts).isNotEqualTo(standard);
    }

    @Test
    void should_rate_a_padded_answer_less_complete_when_precision_counts() {
        // given: the expected point, then unrelated material
        EvaluationRequest request = new EvaluationRequest("What does a load balancer do?", "technical", "", List.of(),
                "It spreads incoming requests across several servers so none is overloaded.",
                "It spreads incoming requests across several servers. Printers, keyboards and monitors are peripherals "
                        + "that people plug into desktops.", Rubrics.TOPIC_DRILL, List.of(), "");

        // when
        double withPrecision = new HeuristicEvaluator().evaluate(request).dimensions().get("completeness");
        double withoutPrecision = new HeuristicEvaluator(HeuristicTuning.defaults().withPrecisionShare(0))
                .evaluate(request).dimensions().get("completeness");

        // then
        assertThat(withPrecision).isLessThan(withoutPrecision);
        assertThatThrownBy(() -> HeuristicTuning.defaults().withPrecisionShare(0.8))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("precisionShare");
    }
}
