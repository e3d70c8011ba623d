package io.interview4j.storage.jdbc;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.session.EventJson;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.CandidateExport;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import io.interview4j.store.internal.Appends;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SessionStore} over JDBC, for PostgreSQL, MariaDB/MySQL, SQLite and H2 (and, with the ANSI dialect,
 * other databases). It needs only a {@link DataSource}: the host brings the driver and, usually, a pool.
 *
 * <p>Two tables hold the data: {@code <prefix>sessions}, one row per session with what a listing shows, and
 * {@code <prefix>events}, the events as JSON ({@link EventJson}) keyed by session and sequence number. An append
 * runs in one transaction: it moves the session's version from the expected one to the new one with
 * {@code UPDATE ... WHERE id = ? AND version = ?} (or inserts the session row when creating it) and inserts the
 * events, so it stores all of them or none. A stale version, a session created twice, an event sequence number
 * taken, or an {@code AnswerSubmitted} idempotency key already in the session (a unique index) all end in
 * {@link ConcurrentSessionModificationException}; reload and retry. Several nodes may share one database.
 *
 * <p>When the connection is lost during a load, a listing or an append (the {@link Dialect} recognises it: SQLSTATE
 * class {@code 08}, a terminated PostgreSQL backend, a killed MariaDB connection), the operation runs once more on a
 * fresh connection, with a warning in the log. An append is safe to repeat thanks to the version check; if its first
 * attempt committed before the connection died, the retry finds exactly its events after the expected version and
 * reports success instead of a conflict. Erasing a candidate is not retried. A failure to borrow a connection at
 * all is not retried either: the pool has already waited for one.
 *
 * <p>Ids, owners, organisations, presets and idempotency keys are limited to 255 characters and match exactly, on
 * every database: a trailing space or another case is another id.
 *
 * <p>Thread-safe. Build with {@link #builder()}; building connects to the database and, in the default
 * {@link MigrationMode#CREATE}, creates or upgrades the tables.
 */
public final class JdbcSessionStore implements SessionStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcSessionStore.class);

    /** The longest id, owner, organisation, preset or idempotency key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String COLUMNS =
            "id, candidate_id, owner_id, organisation_id, preset, status, version, started_at, updated_at, overall_score, "
                    + "readiness, group_key";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String prefix;
    private final String sessions;
    private final String events;
    private final ConnectionRetry retry;

    private JdbcSessionStore(JdbcSetup.Ready ready) {
        this.dataSource = ready.dataSource();
        this.dialect = ready.dialect();
        this.prefix = ready.tablePrefix();
        this.sessions = prefix + "sessions";
        this.events = prefix + "events";
        this.retry = new ConnectionRetry(dataSource, dialect, "tables '" + prefix + "*'");
    }

    /** @return a builder; only {@link Builder#dataSource(DataSource)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the dialect in use, detected from the database unless one was given */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the table prefix */
    public String tablePrefix() {
        return prefix;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ConcurrentSessionModificationException also when an {@code AnswerSubmitted} repeats an idempotency
     *     key already stored in the session or earlier in {@code events}; nothing is stored then
     * @throws InvalidInputException also when an id, owner, organisation, preset or key exceeds
     *     {@value #MAX_KEY_LENGTH} characters
     * @throws InterviewException when the database fails otherwise, or the connection is lost on the retry too
     */
    @Override
    public long append(String sessionId, long expectedVersion, List<SessionEvent> newEvents) {
        List<SessionEvent> batch = Appends.validate(sessionId, expectedVersion, newEvents);
        checkLength("sessionId", sessionId);
        List<String> payloads = new ArrayList<>(batch.size());
        for (SessionEvent e : batch) {
            payloads.add(EventJson.write(e));
            checkLength("idempotencyKey", Appends.answerKey(e));
        }
        if (batch.get(0) instanceof SessionStarted s && expectedVersion == 0) {
            checkLength("candidateId", s.candidateId());
            checkLength("ownerId", s.ownerId());
            checkLength("organisationId", s.organisationId());
            checkLength("preset", s.plan().preset());
            checkLength("groupKey", s.plan().groupKey());
        }
        long newVersion = expectedVersion + batch.size();
        retry.run("append to session " + sessionId, (c, again) -> {
            try {
                append(c, sessionId, expectedVersion, newVersion, batch, payloads);
            } catch (ConcurrentSessionModificationException conflict) {
                if (!again || !alreadyStored(c, sessionId, expectedVersion, payloads)) {
                    throw conflict;
                }
                log.info("the append to session {} at version {} had committed before the connection was lost;"
                        + " it is not stored twice", sessionId, expectedVersion);
            }
            return null;
        });
        log.debug("appended {} event(s) to session {}, now at version {}", batch.size(), sessionId, newVersion);
        return newVersion;
    }

    /** One attempt at an append, in one transaction on {@code c}. */
    private void append(Connection c, String sessionId, long expectedVersion, long newVersion, List<SessionEvent> batch,
                        List<String> payloads) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (expectedVersion == 0) {
                insertSession(c, SessionSummary.of(batch));
            } else if (!advanceSession(c, sessionId, expectedVersion, newVersion, batch)) {
                long actual = versionOf(c, sessionId);
                c.rollback();
                if (actual < 0) {
                    throw new SessionNotFoundException(sessionId);
                }
                throw new ConcurrentSessionModificationException(sessionId, expectedVersion, actual);
            }
            insertEvents(c, sessionId, expectedVersion, batch, payloads);
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly(c, e);
            if (dialect.isConflict(e)) {
                long actual = versionQuietly(c, sessionId);
                log.debug("append to session {} at version {} lost a race: {}", sessionId, expectedVersion,
                        e.getMessage());
                ConcurrentSessionModificationException conflict =
                        new ConcurrentSessionModificationException(sessionId, expectedVersion, actual);
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        } catch (RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            restoreAutoCommit(c, autoCommit);
        }
    }

    /**
     * After a lost connection, whether the first attempt of an append committed after all: the events that follow
     * the expected version are exactly the ones being appended.
     */
    private boolean alreadyStored(Connection c, String sessionId, long expectedVersion, List<String> payloads)
            throws SQLException {
        List<String> stored = new ArrayList<>(payloads.size());
        try (PreparedStatement p = c.prepareStatement("SELECT payload FROM " + events
                + " WHERE session_id = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            p.setString(1, sessionId);
            p.setLong(2, expectedVersion);
            p.setLong(3, expectedVersion + payloads.size());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored.equals(payloads);
    }

    private void insertSession(Connection c, SessionSummary s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + sessions + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.sessionId());
            p.setString(2, s.candidateId());
            p.setString(3, s.ownerId());
            p.setString(4, s.organisationId());
            p.setString(5, s.preset());
            p.setString(6, s.status().name());
            p.setLong(7, s.version());
            p.setString(8, TIME.format(s.startedAt()));
            p.setString(9, TIME.format(s.updatedAt()));
            setScore(p, 10, s.overallScore());
            p.setString(11, s.readiness());
            p.setString(12, s.groupKey());
            p.executeUpdate();
        }
    }

    private boolean advanceSession(Connection c, String sessionId, long expected, long next, List<SessionEvent> batch)
            throws SQLException {
        SessionStatus status = null;
        boolean scored = false;
        Double score = null;
        String readiness = null;
        for (SessionEvent e : batch) {
            if (e instanceof QuestionAsked && status == null) {
                status = SessionStatus.IN_PROGRESS;
            } else if (e instanceof SessionCompleted done) {
                status = SessionStatus.COMPLETED;
                scored = true;
                score = done.overallScore();
                readiness = done.readiness();
            } else if (e instanceof SessionAbandoned) {
                status = SessionStatus.ABANDONED;
            }
        }
        String sql = "UPDATE " + sessions + " SET version = ?, updated_at = ?"
                + (status != null ? ", status = ?" : "") + (scored ? ", overall_score = ?, readiness = ?" : "")
                + " WHERE id = ? AND version = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setLong(i++, next);
            p.setString(i++, TIME.format(batch.get(batch.size() - 1).at()));
            if (status != null) {
                p.setString(i++, status.name());
            }
            if (scored) {
                setScore(p, i++, score);
                p.setString(i++, readiness);
            }
            p.setString(i++, sessionId);
            p.setLong(i, expected);
            return p.executeUpdate() == 1;
        }
    }

    private void insertEvents(Connection c, String sessionId, long expected, List<SessionEvent> batch,
                              List<String> payloads) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + events
                + " (session_id, seq, event_type, idempotency_key, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < batch.size(); i++) {
                SessionEvent e = batch.get(i);
                p.setString(1, sessionId);
                p.setLong(2, expected + i + 1);
                p.setString(3, e.getClass().getSimpleName());
                p.setString(4, Appends.answerKey(e));
                p.setString(5, TIME.format(e.at()));
                p.setString(6, payloads.get(i));
                if (batch.size() == 1) {
                    p.executeUpdate();
                } else {
                    p.addBatch();
                }
            }
            if (batch.size() > 1) {
                p.executeBatch();
            }
        }
    }

    private long versionOf(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT version FROM " + sessions + " WHERE id = ?")) {
            p.setString(1, sessionId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private long versionQuietly(Connection c, String sessionId) {
        try {
            c.setAutoCommit(true);
            return versionOf(c, sessionId);
        } catch (SQLException e) {
            return -1;
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws InterviewException when the database fails, or the connection is lost on the retry too
     */
    @Override
    public Optional<StoredSession> find(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        List<SessionEvent> loaded = retry.run("load session " + sessionId, (c, again) -> {
            List<SessionEvent> read = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT payload FROM " + events
                    + " WHERE session_id = ? ORDER BY seq")) {
                p.setString(1, sessionId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        read.add(EventJson.read(rs.getString(1)));
                    }
                }
            }
            return read;
        });
        return loaded.isEmpty() ? Optional.empty() : Optional.of(new StoredSession(sessionId, loaded.size(), loaded));
    }

    /**
     * {@inheritDoc}
     *
     * @throws InterviewException when the database fails, or the connection is lost on the retry too
     */
    @Override
    public List<SessionSummary> list(SessionQuery query) {
        Objects.requireNonNull(query, "query");
        List<String> where = new ArrayList<>();
        List<String> values = new ArrayList<>();
        filter(where, values, "candidate_id", query.candidateId());
        filter(where, values, "owner_id", query.ownerId());
        filter(where, values, "organisation_id", query.organisationId());
        filter(where, values, "group_key", query.groupKey());
        String sql = "SELECT " + COLUMNS + " FROM " + sessions + " WHERE " + String.join(" AND ", where)
                + " ORDER BY started_at DESC, id ASC" + dialect.pageClause();
        List<SessionSummary> out = retry.run("list sessions", (c, again) -> {
            List<SessionSummary> page = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                for (String v : values) {
                    p.setString(i++, v);
                }
                dialect.bindPage(p, i, query.offset(), query.limit());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        page.add(summary(rs));
                    }
                }
            }
            return page;
        });
        return List.copyOf(out);
    }

    private static void filter(List<String> where, List<String> values, String column, String value) {
        if (value != null) {
            where.add(column + " = ?");
            values.add(value);
        }
    }

    private static SessionSummary summary(ResultSet rs) throws SQLException {
        double score = rs.getDouble(10);
        Double overall = rs.wasNull() ? null : score;
        return new SessionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), SessionStatus.valueOf(rs.getString(6)), rs.getLong(7),
                Instant.from(TIME.parse(rs.getString(8))), Instant.from(TIME.parse(rs.getString(9))),
                overall, rs.getString(11), rs.getString(12));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs in one transaction, which first locks the candidate's sessions so that an append in flight either
     * completes before the erasure or fails with {@link SessionNotFoundException} after it.
     *
     * @throws InterviewException when the database fails
     */
    @Override
    public int deleteCandidate(String candidateId) {
        Objects.requireNonNull(candidateId, "candidateId");
        int erased = 0;
        try (Connection c = open()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("UPDATE " + sessions
                        + " SET version = version WHERE candidate_id = ?")) {
                    lock.setString(1, candidateId);
                    lock.executeUpdate();
                }
                Set<String> ids = new LinkedHashSet<>();
                try (PreparedStatement p = c.prepareStatement("SELECT id FROM " + sessions + " WHERE candidate_id = ?")) {
                    p.setString(1, candidateId);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
                try (PreparedStatement ds = c.prepareStatement("DELETE FROM " + sessions + " WHERE id = ?");
                     PreparedStatement de = c.prepareStatement("DELETE FROM " + events + " WHERE session_id = ?")) {
                    for (String id : ids) {
                        ds.setString(1, id);
                        erased += ds.executeUpdate();
                        de.setString(1, id);
                        de.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        } catch (SQLException e) {
            throw failure("erase a candidate's sessions", e);
        }
        log.info("erased {} session(s) of a candidate from tables '{}*'", erased, prefix);
        return erased;
    }

    /**
     * Exports every session of a candidate, in the format of {@link CandidateExport}.
     *
     * @param candidateId the candidate
     * @return the JSON document
     * @throws InterviewException when the database fails
     */
    public String exportCandidate(String candidateId) {
        return CandidateExport.toJson(this, candidateId);
    }

    private Connection open() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            dialect.prepare(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static void setScore(PreparedStatement p, int index, Double score) throws SQLException {
        if (score == null) {
            p.setNull(index, Types.DOUBLE);
        } else {
            p.setDouble(index, score);
        }
    }

    private static void checkLength(String field, String value) {
        if (value != null && value.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException(field + " is " + value.length() + " characters long; at most "
                    + MAX_KEY_LENGTH + " are stored");
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            if (c.getAutoCommit() != autoCommit) {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            log.debug("cannot restore auto-commit on a connection: {}", e.getMessage());
        }
    }

    private InterviewException failure(String what, SQLException e) {
        return retry.failure(what, e, null);
    }

    /**
     * Builds a {@link JdbcSessionStore}. Each option may be set once; setting one twice fails in {@link #build()}.
     */
    public static final class Builder {
        private final JdbcSetup setup = new JdbcSetup();

        private Builder() {
        }

        /**
         * @param v where the tables live; required. The store borrows a connection per call and closes it.
         * @return this
         */
        public Builder dataSource(DataSource v) {
            setup.dataSource(v);
            return this;
        }

        /**
         * @param v what to do about the tables when building; default {@link MigrationMode#CREATE}
         * @return this
         */
        public Builder migrationMode(MigrationMode v) {
            setup.migrationMode(v);
            return this;
        }

        /**
         * @param v prepended to every table name, so that several stores can share a schema: empty, or a letter
         *     followed by at most 29 letters, digits or underscores; default {@code i4j_}
         * @return this
         */
        public Builder tablePrefix(String v) {
            setup.tablePrefix(v);
            return this;
        }

        /**
         * @param v the dialect; default detected from the database's metadata
         * @return this
         */
        public Builder dialect(Dialect v) {
            setup.dialect(v);
            return this;
        }

        /**
         * @param v how long to wait for another node's migration to finish; default two minutes
         * @return this
         */
        public Builder migrationLockTimeout(Duration v) {
            setup.migrationLockTimeout(v);
            return this;
        }

        /**
         * Connects, picks the dialect and applies the migration mode.
         *
         * @return the store
         * @throws IllegalStateException when no data source was given or an option was set twice
         * @throws InvalidInputException when the table prefix is malformed
         * @throws InterviewException when the database cannot be reached, migrated or validated
         */
        public JdbcSessionStore build() {
            JdbcSetup.Ready ready = setup.prepare();
            return new JdbcSessionStore(ready);
        }
    }
}
