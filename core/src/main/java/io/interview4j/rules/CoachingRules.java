package io.interview4j.rules;

import io.interview4j.InvalidInputException;
import io.interview4j.SessionStateException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 003's rules (coaching): stages, five questions, responses numbered 1 to 4 (one answer and up to three
 * follow-ups), the competency rotation per stage and the target level from the job description.
 */
public final class CoachingRules {

    /** Questions per session. */
    public static final int MAX_QUESTIONS = 5;
    /** Responses per question: the initial answer and up to three follow-ups. */
    public static final int MAX_RESPONSES = 4;

    private static final Map<Stage, List<String>> COMPETENCIES = Map.of(
            Stage.RECRUITER_SCREEN, List.of("communication", "motivation", "culture_fit", "technical_basics", "availability"),
            Stage.HIRING_MANAGER, List.of("leadership", "problem_solving", "ambiguity_tolerance", "stakeholder_management",
                    "technical_depth"));

    private static final List<String> L5B_PHRASES = List.of("lead strategic initiatives", "define organizational direction",
            "influence senior leadership", "drive company-wide", "principal", "staff");
    private static final List<String> L5A_PHRASES = List.of("lead cross-functional", "coordinate across teams",
            "strategic input", "senior", "lead");

    private CoachingRules() {
    }

    /** The interview stage practised. */
    public enum Stage {
        /** A recruiter's first screen. */
        RECRUITER_SCREEN,
        /** The hiring manager's interview. */
        HIRING_MANAGER;

        /**
         * @param value recruiter_screen or hiring_manager, any case
         * @return the stage
         * @throws IllegalArgumentException naming the value and the accepted ones
         */
        public static Stage parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown interview stage '" + value
                        + "'; expected recruiter_screen or hiring_manager", e);
            }
        }
    }

    /**
     * @param stage the stage
     * @return the stage's competencies, in rotation order
     */
    public static List<String> competencies(Stage stage) {
        return COMPETENCIES.get(stage);
    }

    /**
     * The competency a question tests: the stage's list, rotated by question number.
     *
     * @param stage the stage
     * @param questionNumber the question number, 1 to 5
     * @return the competency
     * @throws SessionStateException when {@code questionNumber} is beyond the maximum of 5
     * @throws InvalidInputException when {@code questionNumber} is below 1
     */
    public static String competencyFor(Stage stage, int questionNumber) {
        if (questionNumber < 1) {
            throw new InvalidInputException("question number must be 1 or more, was " + questionNumber);
        }
        if (questionNumber > MAX_QUESTIONS) {
            throw new SessionStateException(SessionStateException.Reason.MAX_QUESTIONS_REACHED,
                    "max questions (" + MAX_QUESTIONS + ") already reached; cannot ask question " + questionNumber);
        }
        List<String> list = COMPETENCIES.get(stage);
        return list.get((questionNumber - 1) % list.size());
    }

    /**
     * Whether the conversation on a question continues after this response: it does after responses 1 to 3
     * and stops after the fourth.
     *
     * @param responseNumber 1 for the initial answer, 2 to 4 for follow-ups
     * @return whether a follow-up comes next
     * @throws InvalidInputException when the number is outside 1-4
     */
    public static boolean shouldContinue(int responseNumber) {
        if (responseNumber < 1 || responseNumber > MAX_RESPONSES) {
            throw new InvalidInputException("response number must be 1 to " + MAX_RESPONSES + ", was " + responseNumber);
        }
        return responseNumber < MAX_RESPONSES;
    }

    /**
     * Infers the target level from the job description's language: L5B phrases first, then L5A, else L4.
     *
     * @param jobDescription the job description, may be empty
     * @return L4, L5A or L5B
     */
    public static String targetLevel(String jobDescription) {
        String jd = jobDescription.toLowerCase(Locale.ROOT);
        if (L5B_PHRASES.stream().anyMatch(jd::contains)) {
            return "L5B";
        }
        if (L5A_PHRASES.stream().anyMatch(jd::contains)) {
            return "L5A";
        }
        return "L4";
    }
}
