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
 */
public record Progress(int questionNumber, int totalQuestions, int round, int roundCount, String roundName,
                       int followUpNumber, int maxFollowUps, boolean resumeQuestion, Duration timeLeft,
                       Urgency urgency) {

    /** @return the progress line, such as {@code Question 2/5 · Round 1/3 Coding Round · Follow-up 1/3 · 4:10 left} */
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
        return b.toString();
    }
}
