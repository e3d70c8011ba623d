package io.interview4j.bank;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * What to look for in a bank. Every non-empty filter must hold; {@code preferredSkills} and {@code company}
 * only rank.
 *
 * @param kinds accepted kinds; empty means any
 * @param categories accepted categories; empty means any
 * @param competency the competency required, or {@code null} for any
 * @param difficulty the difficulty required, or {@code null} for any
 * @param level a level the question must suit ({@code junior}, {@code mid}, {@code senior}), or {@code null}
 * @param role the candidate's role: role-specific questions for other roles are excluded; {@code null} for any
 * @param company ranks questions known at this company first; {@code null} for none
 * @param preferredSkills ranks questions sharing more of these skills first; normalised as bank tags are
 *     ({@link SkillTags})
 * @param excludeIds ids never to return (already asked)
 * @param limit the most results, positive
 */
public record QuestionQuery(Set<String> kinds, Set<String> categories, String competency, Difficulty difficulty,
                            String level, String role, String company, List<String> preferredSkills,
                            Set<String> excludeIds, int limit) {

    /** Validates and copies. @throws InvalidInputException when the limit is not positive */
    public QuestionQuery {
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        preferredSkills = SkillTags.normalize(preferredSkills);
        excludeIds = Set.copyOf(excludeIds);
        if (limit <= 0) {
            throw new InvalidInputException("limit must be positive, was " + limit);
        }
    }

    /**
     * @param kind the one kind to accept
     * @return a query for that kind with no other filter, limit 50
     */
    public static QuestionQuery ofKind(String kind) {
        return new QuestionQuery(Set.of(kind), Set.of(), null, null, null, null, null, List.of(), Set.of(), 50);
    }

    /** @param v kinds @return a copy with that kind filter */
    public QuestionQuery withKinds(Set<String> v) {
        return new QuestionQuery(v, categories, competency, difficulty, level, role, company, preferredSkills, excludeIds, limit);
    }

    /** @param v competency @return a copy with that competency filter */
    public QuestionQuery withCompetency(String v) {
        return new QuestionQuery(kinds, categories, v, difficulty, level, role, company, preferredSkills, excludeIds, limit);
    }

    /** @param v difficulty @return a copy with that difficulty filter */
    public QuestionQuery withDifficulty(Difficulty v) {
        return new QuestionQuery(kinds, categories, competency, v, level, role, company, preferredSkills, excludeIds, limit);
    }

    /** @param v level @return a copy with that level filter */
    public QuestionQuery withLevel(String v) {
        return new QuestionQuery(kinds, categories, competency, difficulty, v, role, company, preferredSkills, excludeIds, limit);
    }

    /** @param v categories @return a copy with that category filter */
    public QuestionQuery withCategories(Set<String> v) {
        return new QuestionQuery(kinds, v, competency, difficulty, level, role, company, preferredSkills, excludeIds, limit);
    }

    /** @param v ids to exclude @return a copy excluding those ids */
    public QuestionQuery withExcludeIds(Set<String> v) {
        return new QuestionQuery(kinds, categories, competency, difficulty, level, role, company, preferredSkills, v, limit);
    }

    /** @param v company @return a copy ranking that company first */
    public QuestionQuery withCompany(String v) {
        return new QuestionQuery(kinds, categories, competency, difficulty, level, role, v, preferredSkills, excludeIds, limit);
    }

    /** @param v skills @return a copy ranking questions with these skills first */
    public QuestionQuery withPreferredSkills(List<String> v) {
        return new QuestionQuery(kinds, categories, competency, difficulty, level, role, company, v, excludeIds, limit);
    }

    /** @param v role @return a copy for that role */
    public QuestionQuery withRole(String v) {
        return new QuestionQuery(kinds, categories, competency, difficulty, level, v, company, preferredSkills, excludeIds, limit);
    }
}
