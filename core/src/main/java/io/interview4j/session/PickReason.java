package io.interview4j.session;

import io.interview4j.Difficulty;
import java.util.List;
import java.util.Objects;

/**
 * Why a main question was picked: what the engine wanted, what the question matched, and which bank it came from.
 * The report shows it as {@code questions[].pick}.
 *
 * @param basis how it was chosen
 * @param bank the bank it came from: a {@link io.interview4j.bank.CompositeQuestionBank.Member#name() composite
 *     member's name} such as {@code built-in} or {@code host-1}, else {@code bank}; for a preset, {@code preset}
 * @param wantedKind the round's question kind
 * @param wantedCategories the round's categories; empty means any
 * @param wantedCompetency the competency the round wanted next; {@code null} for any
 * @param wantedSkills the skills that rank questions (focus topics, then the job description's, then the resume's),
 *     at most 12
 * @param wantedDifficulty the difficulty wanted
 * @param matchedSkills the wanted skills the question carries (by tag, or by a tag the skill vocabulary counts as
 *     the same skill, such as {@code kafka} for {@code messaging})
 * @param competencyMatched whether the question tests the wanted competency (true when any was wanted)
 * @param difficultyMatched whether the question has the wanted difficulty; false means the nearest one the bank had
 * @param relaxed the filters dropped to find it, in order: {@code level}, {@code category},
 *     {@code recently asked}; empty when none was
 * @param summary the same, in one sentence for people and logs
 */
public record PickReason(Basis basis, String bank, String wantedKind, List<String> wantedCategories,
                         String wantedCompetency, List<String> wantedSkills, Difficulty wantedDifficulty,
                         List<String> matchedSkills, boolean competencyMatched, boolean difficultyMatched,
                         List<String> relaxed, String summary) {

    /** How a main question was chosen. */
    public enum Basis {
        /** Ranked from the bank: skills, then nearest difficulty, competency, company. */
        RANKED,
        /** Chosen to revisit a weak point of an earlier session. */
        WEAK_POINT,
        /** The round's preset question, asked in order (seed 002's template). */
        PRESET
    }

    /** Copies the lists (a null list is empty); a blank competency is absent. */
    public PickReason {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(bank, "bank");
        wantedCategories = wantedCategories == null ? List.of() : List.copyOf(wantedCategories);
        wantedCompetency = wantedCompetency == null || wantedCompetency.isBlank() ? null : wantedCompetency;
        wantedSkills = wantedSkills == null ? List.of() : List.copyOf(wantedSkills);
        matchedSkills = matchedSkills == null ? List.of() : List.copyOf(matchedSkills);
        relaxed = relaxed == null ? List.of() : List.copyOf(relaxed);
    }
}
