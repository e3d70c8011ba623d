package io.interview4j.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.Difficulty;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link QuestionBank} in a SQL table, {@code <prefix>questions}, in the same database as the sessions. List
 * fields are stored as JSON arrays in text columns. {@link #find(QuestionQuery)} filters by kind, category,
 * competency and difficulty in SQL and ranks in memory exactly as {@link InMemoryQuestionBank} does.
 *
 * <p>Question ids match exactly on every database. A read whose connection is lost runs once more on a fresh
 * connection (see {@link JdbcSessionStore}); an import or a removal is not retried.
 *
 * <p>Thread-safe; each call borrows a connection. Build with {@link #builder()}; building connects to the
 * database and, in the default {@link MigrationMode#CREATE}, creates or upgrades the tables.
 */
public final class JdbcQuestionBank implements QuestionBank {

    private static final Logger log = LoggerFactory.getLogger(JdbcQuestionBank.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, kind, category, competency, skills, levels, difficulty, roles, "
            + "companies, question_text, key_points, reference_answer, follow_ups, suggested_seconds";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String table;
    private final ConnectionRetry retry;

    private JdbcQuestionBank(DataSource dataSource, Dialect dialect, String prefix) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.table = prefix + "questions";
        this.retry = new ConnectionRetry(dataSource, dialect, "table " + table);
    }

    /** @return a builder; only {@link Builder#dataSource(DataSource)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds questions, or replaces those whose id is already stored (they keep their place in the bank's order),
     * in one transaction.
     *
     * @param questions the questions, with unique ids
     * @return how many were added or replaced
     * @throws InvalidInputException naming the id when two questions share one, or when an id is longer than 255
     *     characters
     * @throws InterviewException when the database fails; then nothing is stored
     */
    public int importQuestions(List<BankQuestion> questions) {
        List<BankQuestion> batch = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (BankQuestion q : batch) {
            if (!ids.add(q.id())) {
                throw new InvalidInputException("question id '" + q.id() + "' appears twice in the import");
            }
            if (q.id().length() > 255) {
                throw new InvalidInputException("question id '" + q.id().substring(0, 40) + "...' is longer than 255 characters");
            }
        }
        try (Connection c = open()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long next;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT MAX(sort_order) FROM " + table)) {
                    next = rs.next() ? rs.getLong(1) + 1 : 1;
                }
                try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET kind = ?, category = ?, "
                        + "competency = ?, skills = ?, levels = ?, difficulty = ?, roles = ?, companies = ?, "
                        + "question_text = ?, key_points = ?, reference_answer = ?, follow_ups = ?, suggested_seconds = ? "
                        + "WHERE id = ?");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (kind, category, "
                             + "competency, skills, levels, difficulty, roles, companies, question_text, key_points, "
                             + "reference_answer, follow_ups, suggested_seconds, id, sort_order) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (BankQuestion q : batch) {
                        bind(update, q);
                        if (update.executeUpdate() == 0) {
                            bind(insert, q);
                            insert.setLong(15, next++);
                            insert.executeUpdate();
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("import questions", e);
        }
        log.info("imported {} question(s) into {}", batch.size(), table);
        return batch.size();
    }

    /**
     * @param id a question id
     * @return whether a question was removed
     * @throws InterviewException when the database fails
     */
    public boolean remove(String id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = open(); PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            p.setString(1, id);
            return p.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("remove question " + id, e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws InterviewException when the database fails
     */
    @Override
    public List<BankQuestion> find(QuestionQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + table + " WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        in(sql, params, "kind", query.kinds());
        in(sql, params, "category", query.categories());
        if (query.competency() != null) {
            sql.append(" AND competency = ?");
            params.add(query.competency());
        }
        if (query.difficulty() != null) {
            sql.append(" AND difficulty = ?");
            params.add(query.difficulty().label());
        }
        sql.append(" ORDER BY sort_order");
        List<BankQuestion> candidates = select(sql.toString(), params);
        return new InMemoryQuestionBank(candidates).find(query);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InterviewException when the database fails
     */
    @Override
    public Optional<BankQuestion> findById(String id) {
        Objects.requireNonNull(id, "id");
        return select("SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /**
     * {@inheritDoc}
     *
     * @throws InterviewException when the database fails
     */
    @Override
    public List<BankQuestion> all() {
        return select("SELECT " + COLUMNS + " FROM " + table + " ORDER BY sort_order", List.of());
    }

    private static void in(StringBuilder sql, List<String> params, String column, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        List<String> sorted = values.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(sorted.get(i));
        }
        sql.append(')');
    }

    private List<BankQuestion> select(String sql, List<String> params) {
        return List.copyOf(retry.run("read questions", (c, again) -> {
            List<BankQuestion> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    p.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(question(rs));
                    }
                }
            }
            return out;
        }));
    }

    private BankQuestion question(ResultSet rs) throws SQLException {
        return new BankQuestion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                list(rs.getString(5)), list(rs.getString(6)), Difficulty.parse(rs.getString(7)),
                list(rs.getString(8)), list(rs.getString(9)), rs.getString(10), list(rs.getString(11)),
                rs.getString(12), list(rs.getString(13)), rs.getInt(14));
    }

    private static void bind(PreparedStatement p, BankQuestion q) throws SQLException {
        p.setString(1, q.kind());
        p.setString(2, q.category());
        p.setString(3, Objects.requireNonNullElse(q.competency(), ""));
        p.setString(4, json(q.skills()));
        p.setString(5, json(q.levels()));
        p.setString(6, q.difficulty().label());
        p.setString(7, json(q.roles()));
        p.setString(8, json(q.companies()));
        p.setString(9, q.text());
        p.setString(10, json(q.keyPoints()));
        p.setString(11, Objects.requireNonNullElse(q.referenceAnswer(), ""));
        p.setString(12, json(q.followUps()));
        p.setInt(13, q.suggestedSeconds());
        p.setString(14, q.id());
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new InterviewException("cannot write a list of strings as JSON", e);
        }
    }

    private List<String> list(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new InterviewException("a list column of " + table + " does not hold a JSON array of strings", e);
        }
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

    private InterviewException failure(String what, SQLException e) {
        return retry.failure(what, e, null);
    }

    /**
     * Builds a {@link JdbcQuestionBank}. Each option may be set once; setting one twice fails in {@link #build()}.
     */
    public static final class Builder {
        private final JdbcSetup setup = new JdbcSetup();

        private Builder() {
        }

        /**
         * @param v where the table lives; required
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
         * @param v prepended to every table name: empty, or a letter followed by at most 29 letters, digits or
         *     underscores; default {@code i4j_}
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
         * @param v how long to wait for another node's migration; default two minutes
         * @return this
         */
        public Builder migrationLockTimeout(Duration v) {
            setup.migrationLockTimeout(v);
            return this;
        }

        /**
         * Connects, picks the dialect and applies the migration mode.
         *
         * @return the bank
         * @throws IllegalStateException when no data source was given or an option was set twice
         * @throws InvalidInputException when the table prefix is malformed
         * @throws InterviewException when the database cannot be reached, migrated or validated
         */
        public JdbcQuestionBank build() {
            JdbcSetup.Ready ready = setup.prepare();
            return new JdbcQuestionBank(ready.dataSource(), ready.dialect(), ready.tablePrefix());
        }
    }
}
