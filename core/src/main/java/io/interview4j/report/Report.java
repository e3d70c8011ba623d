package io.interview4j.report;

import java.math.BigDecimal;

import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.scoring.AnswerFeatures;
import io.interview4j.session.PickReason;
import java.util.List;
import java.util.Map;

/**
 * The report of one session: a value computed from it by {@link ReportBuilder}. Its JSON form (see
 * {@link ReportRenderers#json}) is a public contract: the fields named in DESIGN.md keep their names and meaning.
 *
 * @param schemaVersion the JSON contract's version, {@value #SCHEMA_VERSION}
 * @param sessionId the session
 * @param candidateId the candidate
 * @param preset the preset name
 * @param mode {@code PRACTICE} or {@code ASSESSMENT}
 * @param status {@code IN_PROGRESS}, {@code COMPLETED} or {@code ABANDONED}
 * @param role the role interviewed for
 * @param company the company; {@code null} when absent
 * @param overall the overall score
 * @param readiness Ready, Almost Ready or Needs Practice
 * @param recommendation the recommendation for a reviewer in assessment mode, else {@code null}
 * @param dimensions per-dimension averages
 * @param skills per-skill scores
 * @param rounds per-round scores
 * @param strengths top 3 strengths, near-duplicates merged
 * @param weaknesses top 3-5 weaknesses, near-duplicates merged
 * @param coachingPriorities dimensions to work on, ranked by weight times gap
 * @param weakPointsRevisited weak points of earlier sessions this session brought back, with how they went
 * @param delivery delivery figures of each spoken answer, in question order (empty when all were typed)
 * @param questions one entry per question asked
 * @param difficultyTrajectory the difficulty of each question, in order
 * @param badges badges this session awarded once completed (seed 004); a badge the candidate already held is not
 *     awarded again
 * @param time timing
 * @param provenance how many evaluations each provenance produced
 * @param usage model usage
 * @param language the interview's language: the one the plan asked for, and the one its questions were asked in
 * @param debrief the session's debrief: the model's when one was recorded, else written in code, so that every
 *     report has one (for a session in progress, the debrief of the answers so far)
 */
public record Report(int schemaVersion, String sessionId, String candidateId, String preset, String mode, String status,
                     String role, String company, Overall overall, String readiness, String recommendation,
                     List<DimensionScore> dimensions, List<SkillScore> skills, List<RoundScore> rounds,
                     List<String> strengths, List<String> weaknesses, List<String> coachingPriorities,
                     List<RevisitedWeakPoint> weakPointsRevisited, List<AnswerDelivery> delivery,
                     List<QuestionEntry> questions, List<String> difficultyTrajectory, List<String> badges,
                     Timing time, Map<String, Integer> provenance, Usage usage, Language language, Debrief debrief) {

    /** The version of the JSON contract. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * @param score overall on 0-100
     * @param nativeScore overall on the rubric's scale
     * @param scale the rubric's scale, such as {@code 1-10}
     * @param rubric the rubric's name
     * @param answered questions answered
     * @param skipped questions skipped
     */
    public record Overall(double score, double nativeScore, String scale, String rubric, int answered, int skipped) {
    }

    /**
     * @param name the dimension
     * @param average the average on the rubric's native scale
     * @param percent the same on 0-100
     */
    public record DimensionScore(String name, double average, double percent) {
    }

    /**
     * @param tag the skill tag
     * @param score the average 0-100 score of answers tagged with it
     */
    public record SkillScore(String tag, double score) {
    }

    /**
     * @param name the round's name
     * @param kind the round's kind
     * @param score the average 0-100 score of its answers, or {@code null} when none was scored
     */
    public record RoundScore(String name, String kind, Double score) {
    }

    /**
     * @param label {@code Q1}, {@code Q1 Follow-up 1}, {@code Resume Q1}
     * @param kind {@code MAIN}, {@code FOLLOW_UP} or {@code RESUME}
     * @param round the round's name
     * @param difficulty easy, medium or hard
     * @param competency the competency tested; {@code null} when absent
     * @param text the question
     * @param answer the answer, or {@code null} when not answered
     * @param score the 0-100 score, or {@code null} when not scored
     * @param nativeScore the score on the rubric's scale, or {@code null}
     * @param dimensions native scores per dimension
     * @param provenance {@code MODEL}, {@code HEURISTIC}, {@code FALLBACK} or {@code RULE}, or {@code null}
     * @param flags gate flags and marks
     * @param strengths what the answer did well
     * @param weaknesses the answer's gaps
     * @param suggestions how to improve
     * @param briefFeedback the answer's brief note (seed 003's brief feedback); {@code null} when absent (not
     *     scored, or the judge gave none)
     * @param modelAnswer a strong answer to compare with, or {@code null}
     * @param levelDemonstrated the level shown, or {@code null}
     * @param timeSeconds time taken, or {@code null}
     * @param modelId the model that judged (for {@code FALLBACK}, the one whose output was rejected), or
     *     {@code null}
     * @param decision why the next step was taken; {@code null} when absent
     * @param provider the provider that served the model call, such as {@code openai}, or {@code null}
     * @param revisedAnswer the answer rewritten at the target level from the candidate's own facts, or
     *     {@code null}
     * @param insights job terms used, most-used words and talking points covered, or {@code null} when not
     *     scored
     * @param evidenceDropped evidence quotes the model gave that were not verbatim in the answer
     * @param pending whether the answer was stored but not yet evaluated (a turn a crash interrupted, which the
     *     owner's next write to the session finishes); its score is then {@code null}
     * @param source where the question came from: {@code BANK}, {@code MODEL} (written by the model), {@code HOST}
     *     (the host's template or writer fixed it) or {@code RULE} (an offline follow-up or resume question)
     * @param skills the question's skill tags
     * @param promptVersion the versions of the prompts behind this entry, such as
     *     {@code question-writer/1 judge/2}: the writer's for a question the model wrote, then the judge's for an
     *     answer the model scored, separated by a space; {@code null} when no model did either
     * @param pick why a main question was picked (the wanted kind, competency, skills and difficulty, what matched,
     *     which bank); {@code null} for follow-ups, resume questions, questions a model wrote and sessions stored
     *     before picks were recorded
     * @param feedback on MAIN entries whose last response is in, the feedback on the question as a whole, its answer
     *     and follow-ups together; {@code null} on other entries and while the question is open
     */
    public record QuestionEntry(String label, String kind, String round, String difficulty, String competency,
                                String text, String answer, Double score, Double nativeScore,
                                Map<String, Double> dimensions, String provenance, List<String> flags,
                                List<String> strengths, List<String> weaknesses, List<String> suggestions,
                                String briefFeedback, String modelAnswer, String levelDemonstrated, Integer timeSeconds,
                                String modelId, String decision, String provider, String revisedAnswer,
                                AnswerFeatures.Insights insights, int evidenceDropped, boolean pending,
                                String source, List<String> skills, String promptVersion, PickReason pick,
                                QuestionFeedback feedback) {
    }

    /**
     * The interview's language. A model writes questions, follow-ups and feedback in the plan's language; the bank
     * and the offline rules are English, so an interview run offline is in English whatever the plan asked for.
     *
     * @param requested the plan's language, a BCP 47 tag such as {@code de}
     * @param used the language the questions were asked in: the requested one when a model wrote or chose any of
     *     them, else {@code en}
     * @param note why the two differ, such as "questions came from the English bank: no model wrote them"; {@code null}
     *     when they do not
     */
    public record Language(String requested, String used, String note) {
    }

    /**
     * @param startedAt ISO-8601 start
     * @param endedAt ISO-8601 end, or {@code null} while in progress
     * @param elapsedSeconds from start to end (or to the report's time)
     * @param limitSeconds the plan's time limit, or {@code null}
     * @param endReason why it ended; {@code null} while in progress and when abandoned without a reason
     * @param answerSeconds seconds per answered question by label, in order: the time the host reported, else
     *     from the question being asked to the answer arriving
     * @param averageAnswerSeconds the mean of {@code answerSeconds}, one decimal, or {@code null} when none
     */
    public record Timing(String startedAt, String endedAt, long elapsedSeconds, Long limitSeconds, String endReason,
                         Map<String, Long> answerSeconds, Double averageAnswerSeconds) {
    }

    /**
     * A weak point of an earlier session that this session brought back.
     *
     * @param tag the skill or competency
     * @param step sessions since it was found weak: 1, 3 or 7
     * @param previousScore its 0-100 score when found weak
     * @param score its 0-100 score in this session, or {@code null} when no scored answer carried it
     * @param recovered whether this session scored it at or above {@link io.interview4j.session.TagScores#WEAK_BELOW}
     * @param questions labels of the questions that carried it
     */
    public record RevisitedWeakPoint(String tag, int step, double previousScore, Double score, boolean recovered,
                                     List<String> questions) {
    }

    /**
     * How a spoken answer was delivered (see {@link io.interview4j.session.Delivery}).
     *
     * @param label the question's label, as in {@link QuestionEntry#label}
     * @param durationSeconds the recording's length
     * @param words words spoken
     * @param wordsPerMinute words a minute
     * @param fillerCount filler words and phrases
     * @param fillerRate fillers per 100 words
     * @param pace {@code slow}, {@code steady} or {@code fast}
     */
    public record AnswerDelivery(String label, double durationSeconds, int words, double wordsPerMinute,
                                 int fillerCount, double fillerRate, String pace) {
    }

    /**
     * @param modelCalls calls made to a model, repair calls and failed calls included
     * @param inputTokens prompt tokens, summed over every call
     * @param outputTokens completion tokens, summed over every call
     * @param cachedTokens cached prompt tokens, summed over every call
     * @param budgetExhausted whether the session's model budget ran out, so later answers were scored offline
     * @param scoredOfflineForBudget answers scored offline because the budget was spent
     * @param estimatedCost the estimated cost of every call, in the cost estimator's currency; null when the report
     *     was built without an estimator or a model used in the session has no price
     */
    public record Usage(int modelCalls, long inputTokens, long outputTokens, long cachedTokens, boolean budgetExhausted,
                        int scoredOfflineForBudget, BigDecimal estimatedCost) {

        /** Usage with no cost estimate. */
        public Usage(int modelCalls, long inputTokens, long outputTokens, long cachedTokens, boolean budgetExhausted,
                     int scoredOfflineForBudget) {
            this(modelCalls, inputTokens, outputTokens, cachedTokens, budgetExhausted, scoredOfflineForBudget, null);
        }
    }
}
