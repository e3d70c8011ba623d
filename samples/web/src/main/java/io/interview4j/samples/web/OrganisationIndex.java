package io.interview4j.samples.web;

import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which sessions started through this service belong to which organisation, for the reviewers' listing: the table
 * {@code i4j_web_org_sessions} (session id, organisation, start in epoch milliseconds), written when a session with an organisation starts.
 * The summaries themselves come from the session store, so status and score are always the stored ones.
 *
 * <p>An interim: the library's session stores do not list by organisation yet; once they do, the listing reads the
 * store alone (and also shows sessions started elsewhere on the same database).
 */
@Component
class OrganisationIndex {

    private final JdbcTemplate jdbc;
    private final SessionStore store;

    OrganisationIndex(DataSource dataSource, SessionStore store) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.store = store;
        jdbc.execute("CREATE TABLE IF NOT EXISTS i4j_web_org_sessions (session_id VARCHAR(255) PRIMARY KEY,"
                + " organisation_id VARCHAR(255) NOT NULL, started_at BIGINT NOT NULL)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS i4j_web_org_sessions_org ON i4j_web_org_sessions"
                + " (organisation_id, started_at)");
    }

    /** Records a session that just started; sessions without an organisation are not recorded. */
    void started(String sessionId, String organisationId) {
        if (organisationId != null) {
            jdbc.update("INSERT INTO i4j_web_org_sessions (session_id, organisation_id, started_at) VALUES (?, ?, ?)",
                    sessionId, organisationId, Instant.now().toEpochMilli());
        }
    }

    /**
     * @param organisationId the organisation
     * @param offset sessions to skip
     * @param limit the most to return
     * @return their summaries, newest first
     */
    List<SessionSummary> list(String organisationId, int offset, int limit) {
        List<String> ids = jdbc.queryForList("SELECT session_id FROM i4j_web_org_sessions WHERE organisation_id = ?"
                + " ORDER BY started_at DESC, session_id LIMIT ? OFFSET ?", String.class, organisationId, limit, offset);
        return ids.stream().map(id -> store.find(id).map(s -> SessionSummary.of(s.events())).orElse(null))
                .filter(Objects::nonNull).toList();
    }
}
