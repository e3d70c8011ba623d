package io.interview4j.session;

import io.interview4j.InvalidInputException;
import java.util.Objects;

/**
 * A skill or competency found weak in an earlier session and brought back into a later one's question choice
 * (see {@link TagScores}).
 *
 * @param tag the skill tag or competency, lowercase
 * @param score its average 0-100 score in the session where it was found weak
 * @param step sessions since it was found weak: 1, 3 or 7
 * @param foundInSessionId the session where it was found weak
 */
public record WeakPoint(String tag, double score, int step, String foundInSessionId) {

    /** @throws InvalidInputException when the tag is blank, the score outside 0-100 or the step not positive */
    public WeakPoint {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(foundInSessionId, "foundInSessionId");
        if (tag.isBlank() || !(score >= 0 && score <= 100) || step < 1) {
            throw new InvalidInputException("weak point out of range: tag '" + tag + "', score " + score + ", step " + step);
        }
    }
}
