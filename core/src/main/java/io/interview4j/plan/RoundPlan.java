package io.interview4j.plan;

import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One round of an interview.
 *
 * @param name shown to the candidate, such as {@code Coding Round}
 * @param kind the kind of question the round asks: behavioral, situational, hr, technical, dsa,
 *     system_design or case
 * @param categories accepted bank categories within the kind; empty means any
 * @param competencies competencies to rotate through, one per main question (seed 003); empty means any
 * @param minQuestions main questions before the round may end (at least 1)
 * @param maxQuestions main questions after which the round ends
 * @param followUps when and how often a main question is followed up
 * @param timeBudget a time budget for the round, or {@code null} for none
 * @param presetQuestions when non-empty, the round's main questions, asked in this order (seed 002)
 */
public record RoundPlan(String name, String kind, List<String> categories, List<String> competencies,
                        int minQuestions, int maxQuestions, FollowUpPolicy followUps, Duration timeBudget,
                        List<BankQuestion> presetQuestions) {

    /** Validates and copies. @throws InvalidInputException naming the round and the bad field */
    public RoundPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        competencies = List.copyOf(competencies);
        presetQuestions = List.copyOf(presetQuestions);
        followUps = followUps == null ? FollowUpPolicy.NONE : followUps;
        if (minQuestions < 1 || maxQuestions < minQuestions) {
            throw new InvalidInputException("round '" + name + "': need 1 <= minQuestions <= maxQuestions, got "
                    + minQuestions + " and " + maxQuestions);
        }
        if (!presetQuestions.isEmpty() && presetQuestions.size() < maxQuestions) {
            throw new InvalidInputException("round '" + name + "': " + presetQuestions.size()
                    + " preset questions cannot fill maxQuestions " + maxQuestions);
        }
    }

    /**
     * A round asking exactly {@code questions} main questions of one kind, with no follow-ups.
     *
     * @param name shown to the candidate
     * @param kind the question kind
     * @param questions the number of main questions
     * @return the round
     */
    public static RoundPlan of(String name, String kind, int questions) {
        return new RoundPlan(name, kind, List.of(), List.of(), questions, questions, FollowUpPolicy.NONE, null, List.of());
    }

    /** @param policy the follow-up policy @return a copy with that policy */
    public RoundPlan withFollowUps(FollowUpPolicy policy) {
        return new RoundPlan(name, kind, categories, competencies, minQuestions, maxQuestions, policy, timeBudget, presetQuestions);
    }

    /** @param values competencies to rotate through @return a copy with those competencies */
    public RoundPlan withCompetencies(List<String> values) {
        return new RoundPlan(name, kind, categories, values, minQuestions, maxQuestions, followUps, timeBudget, presetQuestions);
    }

    /** @param values accepted categories @return a copy with those categories */
    public RoundPlan withCategories(List<String> values) {
        return new RoundPlan(name, kind, values, competencies, minQuestions, maxQuestions, followUps, timeBudget, presetQuestions);
    }

    /** @param questions preset main questions, in order @return a copy asking exactly those */
    public RoundPlan withPresetQuestions(List<BankQuestion> questions) {
        return new RoundPlan(name, kind, categories, competencies, questions.size(), questions.size(), followUps, timeBudget, questions);
    }

    /** @return the most turns this round can take: main questions times one plus the follow-up quota */
    public int maxTurns() {
        return maxQuestions * (1 + followUps.maxPerQuestion());
    }
}
