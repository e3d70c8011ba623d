package io.interview4j.feedback;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.TokenUsage;
import io.interview4j.scoring.Provenance;
import java.util.List;
import java.util.Objects;

/**
 * The debrief of a whole session, written at completion: what a coach would tell the candidate, or a reviewer,
 * after the interview (seed 003's session feedback, seed 002's report over the whole transcript).
 *
 * @param assessment the overall assessment, 2-3 sentences
 * @param strengths key strengths, each backed by a verbatim quote from the candidate's answers
 * @param areasToImprove areas to improve, each backed by a verbatim quote
 * @param strongestMoment the strongest response; {@code null} when nothing was scored
 * @param weakestMoment the weakest response; {@code null} when nothing was scored
 * @param coachingPriorities what to work on first, ranked by weight times gap
 * @param nextSteps concrete next steps: what to practise, which weak points will come back
 * @param readiness Ready, Almost Ready or Needs Practice, by seed 003's bands and its gap and level criteria
 * @param recommendation in assessment mode seed 002's recommendation (Strongly Recommend, Recommend, Consider, Do Not
 *     Recommend); {@code null} in practice mode
 * @param recommendationReason why, in assessment mode; {@code null} in practice mode
 * @param answerQuality in assessment mode seed 002's answer quality per response; empty in practice mode
 * @param provenance {@link Provenance#MODEL}, {@link Provenance#HEURISTIC} (written in code) or
 *     {@link Provenance#FALLBACK} (the model call failed and the code's debrief stands in)
 * @param promptVersion the prompt's version id for {@code MODEL} and {@code FALLBACK}, else {@code null}
 * @param modelId the model that wrote it, or {@code null}
 * @param usage tokens its model call spent
 * @param modelCalls model calls made for it
 */
public record Debrief(String assessment, List<Item> strengths, List<Item> areasToImprove, Moment strongestMoment,
                      Moment weakestMoment, List<String> coachingPriorities, List<String> nextSteps, String readiness,
                      String recommendation, String recommendationReason, List<AnswerQuality> answerQuality,
                      Provenance provenance, String promptVersion, String modelId, TokenUsage usage, int modelCalls) {

    /**
     * Validates and copies; null lists become empty, null usage {@link TokenUsage#NONE}.
     *
     * @throws NullPointerException when the assessment, readiness or provenance is null
     * @throws InvalidInputException when the model calls are negative
     */
    public Debrief {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(provenance, "provenance");
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        areasToImprove = areasToImprove == null ? List.of() : List.copyOf(areasToImprove);
        coachingPriorities = coachingPriorities == null ? List.of() : List.copyOf(coachingPriorities);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
        answerQuality = answerQuality == null ? List.of() : List.copyOf(answerQuality);
        usage = usage == null ? TokenUsage.NONE : usage;
        if (modelCalls < 0) {
            throw new InvalidInputException("modelCalls must not be negative, was " + modelCalls);
        }
    }

    /**
     * A strength or an area to improve.
     *
     * @param text what it is, in a coach's words
     * @param quote the candidate's own words that show it, verbatim from the answer labelled {@code label}
     * @param label the response quoted, such as {@code Q2 Follow-up 1}
     */
    public record Item(String text, String quote, String label) {
        /** @throws NullPointerException when an argument is null */
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The strongest or the weakest response.
     *
     * @param label the response, such as {@code Q2 Follow-up 1}
     * @param text why it stood out
     * @param quote the candidate's words from it, verbatim; {@code null} when absent
     */
    public record Moment(String label, String text, String quote) {
        /** @throws NullPointerException when the label or the text is null */
        public Moment {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Seed 002's answer quality of one response.
     *
     * @param label the response, such as {@code Q1 Follow-up 1}
     * @param quality Excellent, Good, Fair or Poor
     */
    public record AnswerQuality(String label, String quality) {
    }

    /**
     * @param value the provenance to report
     * @param version the prompt version, or {@code null}
     * @param model the model id, or {@code null}
     * @param spent the tokens spent, or {@code null}
     * @param calls the model calls made
     * @return a copy with these
     */
    public Debrief withSource(Provenance value, String version, String model, TokenUsage spent, int calls) {
        return new Debrief(assessment, strengths, areasToImprove, strongestMoment, weakestMoment, coachingPriorities,
                nextSteps, readiness, recommendation, recommendationReason, answerQuality, value, version, model, spent,
                calls);
    }
}
