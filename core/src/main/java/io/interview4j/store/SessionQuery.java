package io.interview4j.store;

import io.interview4j.InvalidInputException;
import java.util.Objects;

/**
 * Which sessions to list.
 *
 * @param candidateId the candidate whose sessions to list
 * @param ownerId when not {@code null}, only sessions owned by this account
 * @param offset sessions to skip (paging), not negative
 * @param limit the most sessions to return, 1 to 1000
 */
public record SessionQuery(String candidateId, String ownerId, int offset, int limit) {

    /** @throws InvalidInputException when the page is out of range */
    public SessionQuery {
        Objects.requireNonNull(candidateId, "candidateId");
        if (offset < 0) {
            throw new InvalidInputException("offset must not be negative, was " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit must be within 1-1000, was " + limit);
        }
    }

    /**
     * @param candidateId the candidate
     * @return the first 100 sessions of that candidate, any owner
     */
    public static SessionQuery byCandidate(String candidateId) {
        return new SessionQuery(candidateId, null, 0, 100);
    }
}
