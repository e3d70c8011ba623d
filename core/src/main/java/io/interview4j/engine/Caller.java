package io.interview4j.engine;

import io.interview4j.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling the engine. Identity is the account id and the role together: a candidate owns the sessions it
 * started and may read and change them; a reviewer never owns a session, even when its account id equals the
 * candidate's, and may only read the sessions and reports of its own organisation (seed 002); nobody else may do
 * either, and to them a session they may not see does not exist.
 *
 * @param accountId the caller's account
 * @param organisationId the caller's organisation, or {@code null}
 * @param role candidate or reviewer
 */
public record Caller(String accountId, String organisationId, Role role) {

    /** What the caller is. */
    public enum Role {
        /** Takes interviews; owns their sessions. */
        CANDIDATE,
        /** Reads the reports of their organisation's sessions. */
        REVIEWER
    }

    /** @throws InvalidInputException when the account id is blank */
    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        if (accountId.isBlank()) {
            throw new InvalidInputException("caller accountId must not be blank");
        }
        if (organisationId != null && organisationId.isBlank()) {
            organisationId = null;
        }
    }

    /**
     * @param accountId the candidate's account
     * @return a candidate with no organisation
     */
    public static Caller candidate(String accountId) {
        return new Caller(accountId, null, Role.CANDIDATE);
    }

    /**
     * @param accountId the candidate's account
     * @param organisationId the organisation whose reviewers may read the candidate's reports
     * @return a candidate in an organisation
     */
    public static Caller candidate(String accountId, String organisationId) {
        return new Caller(accountId, organisationId, Role.CANDIDATE);
    }

    /**
     * @param accountId the reviewer's account
     * @param organisationId the reviewer's organisation
     * @return a reviewer
     */
    public static Caller reviewer(String accountId, String organisationId) {
        return new Caller(accountId, Objects.requireNonNull(organisationId, "organisationId"), Role.REVIEWER);
    }

    /** @return the organisation, if any */
    public Optional<String> organisation() {
        return Optional.ofNullable(organisationId);
    }
}
