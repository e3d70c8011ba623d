package io.interview4j.engine;

import io.interview4j.plan.Urgency;
import java.time.Duration;

/**
 * Where the interview stands, for a progress line such as
 * {@code Question 2/5 · Round 1/3 Coding Round · Follow-up 1/3}.
 *
 * @param questionNumber the current main question's number (resume questions count separately)
 * @param totalQuestions the most main questions the plan asks
 * @param round the current round, from 1
 * @param roundCount the number of rounds
 * @param roundName the current round's name
 * @param followUpNumber the current follow-up's number, 0 for a main question
 * @param maxFollowUps the follow-up quota per main question in this round
 * @param resumeQuestion whether the current question comes from the resume
 * @param timeLeft the time left on a timed plan, or {@code null}
 * @param urgency how pressed for time, or {@code null} on untimed plans
 * @param questionsCompleted main and resume questions whose answer was scored so far (seed 003's
 *     {@code session_progress.questions_completed}; follow-ups belong to their question)
 * @param averageScore the running average of the scored answers on the rubric's scale (seed 003's
 *     {@code average_score}, such as 7.5 on 1-10), or {@code null} before the first scored answer and in assessment
 *     mode
 * @param averagePercent the same average on 0-100, or {@code null}
 * @param scale the rubric's scale, such as {@code 1-10}
 */
public record Progress(int questionNumber, int totalQuestions, int round, int roundCount, String roundName,
                       int followUpNumber, int maxFollowUps, boolean resumeQuestion, Duration timeLeft,
                       Urgency urgency, int questionsCompleted, Double averageScore, Double averagePercent,
                       String scale) {

    /**
     * Progress without the running average.
     *
     * @param questionNumber the main question's number
     * @param totalQuestions the most main questions
     * @param round the round, from 1
     * @param roundCount the number of rounds
     * @param roundName the round's name
     * @param followUpNumber the follow-up's number, 0 for a main question
     * @param maxFollowUps the follow-up quota
     * @param resumeQuestion whether it comes from the resume
     * @param timeLeft the time left, or {@code null}
     * @param urgency how pressed for time, or {@code null}
     */
    public Progress(int questionNumber, int totalQuestions, int round, int roundCount, String roundName,
                    int followUpNumber, int maxFollowUps, boolean resumeQuestion, Duration timeLeft, Urgency urgency) {
        this(questionNumber, totalQuestions, round, roundCount, roundName, followUpNumber, maxFollowUps, resumeQuestion,
                timeLeft, urgency, 0, null, null, null);
    }

    /**
     * @return the progress line, such as
     *     {@code Question 2/5 · Round 1/3 Coding Round · Follow-up 1/3 · 4:10 left · average 7.5/10}
     */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append(resumeQuestion ? "Resume question " + questionNumber : "Question " + questionNumber + "/" + totalQuestions);
        b.append(" · Round ").append(round).append('/').append(roundCount).append(' ').append(roundName);
        if (followUpNumber > 0) {
            b.append(" · Follow-up ").append(followUpNumber).append('/').append(maxFollowUps);
        }
        if (timeLeft != null) {
            long s = timeLeft.getSeconds();
            b.append(" · ").append(s / 60).append(':').append(String.format("%02d", s % 60)).append(" left");
        }
        if (averageScore != null && scale != null) {
            String max = scale.substring(scale.indexOf('-') + 1);
            b.append(" · average ").append(max.equals("1") ? String.format(java.util.Locale.ROOT, "%.2f", averageScore)
                    : String.format(java.util.Locale.ROOT, "%.1f", averageScore)).append('/').append(max);
        }
        return b.toString();
    }
}
