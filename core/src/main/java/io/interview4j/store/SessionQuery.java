package io.interview4j.store;

import io.interview4j.InvalidInputException;

/**
 * Which sessions to list: a candidate's, or an organisation's (for its reviewers), optionally narrowed to one owner
 * and to one host key (the plan's {@code groupKey}), one page at a time. Sessions come newest first (by start time,
 * then by id).
 *
 * @param candidateId when not {@code null}, only this candidate's sessions
 * @param ownerId when not {@code null}, only sessions owned by this account
 * @param organisationId when not {@code null}, only sessions of this organisation
 * @param groupKey when not {@code null}, only sessions whose plan carries this host key ({@code InterviewPlan.groupKey})
 * @param offset sessions to skip (paging), not negative
 * @param limit the most sessions to return, 1 to 1000
 */
public record SessionQuery(String candidateId, String ownerId, String organisationId, String groupKey, int offset,
                           int limit) {

    /** The page size of the factories: 100. */
    public static final int DEFAULT_LIMIT = 100;

    /** The largest page: 1000. */
    public static final int MAX_LIMIT = 1000;

    /**
     * @throws InvalidInputException when neither a candidate nor an organisation is given, when a given id is
     *     blank, or when the page is out of range
     */
    public SessionQuery {
        if (candidateId == null && organisationId == null) {
            throw new InvalidInputException("a session query needs a candidateId or an organisationId");
        }
        requireNotBlank("candidateId", candidateId);
        requireNotBlank("ownerId", ownerId);
        requireNotBlank("organisationId", organisationId);
        requireNotBlank("groupKey", groupKey);
        if (offset < 0) {
            throw new InvalidInputException("offset must not be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be within 1-" + MAX_LIMIT + ", was " + limit);
        }
    }

    /**
     * A candidate's sessions, optionally by one owner.
     *
     * @param candidateId the candidate whose sessions to list, not null
     * @param ownerId when not {@code null}, only sessions owned by this account
     * @param offset sessions to skip, not negative
     * @param limit the most sessions to return, 1 to 1000
     * @throws InvalidInputException when {@code candidateId} is null or blank or the page is out of range
     */
    public SessionQuery(String candidateId, String ownerId, int offset, int limit) {
        this(requireCandidate(candidateId), ownerId, null, null, offset, limit);
    }

    /**
     * @param candidateId the candidate
     * @return the first 100 sessions of that candidate, any owner
     * @throws InvalidInputException when {@code candidateId} is null or blank
     */
    public static SessionQuery byCandidate(String candidateId) {
        return new SessionQuery(requireCandidate(candidateId), null, null, null, 0, DEFAULT_LIMIT);
    }

    /**
     * @param organisationId the organisation
     * @return the first 100 sessions of that organisation, any candidate
     * @throws InvalidInputException when {@code organisationId} is null or blank
     */
    public static SessionQuery byOrganisation(String organisationId) {
        if (organisationId == null) {
            throw new InvalidInputException("organisationId is required");
        }
        return new SessionQuery(null, null, organisationId, null, 0, DEFAULT_LIMIT);
    }

    /**
     * @param key the host key, as set on the plan ({@code InterviewPlan.groupKey}), such as a template id
     * @return this query narrowed to sessions with that host key
     * @throws InvalidInputException when {@code key} is blank
     */
    public SessionQuery withGroupKey(String key) {
        return new SessionQuery(candidateId, ownerId, organisationId, key, offset, limit);
    }

    /**
     * @param pageOffset sessions to skip, not negative
     * @param pageLimit the most sessions to return, 1 to 1000
     * @return this query for that page
     * @throws InvalidInputException when the page is out of range
     */
    public SessionQuery page(int pageOffset, int pageLimit) {
        return new SessionQuery(candidateId, ownerId, organisationId, groupKey, pageOffset, pageLimit);
    }

    /**
     * @param summary a session's summary
     * @return whether the session belongs in this query's results, ignoring the page
     */
    public boolean matches(SessionSummary summary) {
        return (candidateId == null || candidateId.equals(summary.candidateId()))
                && (ownerId == null || ownerId.equals(summary.ownerId()))
                && (organisationId == null || organisationId.equals(summary.organisationId()))
                && (groupKey == null || groupKey.equals(summary.groupKey()));
    }

    private static String requireCandidate(String candidateId) {
        if (candidateId == null) {
            throw new InvalidInputException("candidateId is required");
        }
        return candidateId;
    }

    private static void requireNotBlank(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidInputException(name + " must not be blank");
        }
    }
}
