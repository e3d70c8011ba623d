package io.interview4j.spring.boot;

import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.SessionStore;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the session store answers: looks up a session id that does not exist, which reaches the database for a JDBC
 * store, and reports the store's kind (and a JDBC store's dialect and table prefix). Down with the failure when the
 * lookup fails. Stores nothing.
 */
public final class SessionStoreHealthIndicator extends AbstractHealthIndicator {

    /** The id looked up; no session has it. */
    static final String PROBE_ID = "interview4j-health-probe";

    private final SessionStore store;

    /** @param store the store to check */
    public SessionStoreHealthIndicator(SessionStore store) {
        super("interview4j session store health check failed");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.find(PROBE_ID);
        builder.up().withDetail("store", store.getClass().getSimpleName());
        if (store instanceof JdbcSessionStore jdbc) {
            builder.withDetail("dialect", jdbc.dialect().toString()).withDetail("tablePrefix", jdbc.tablePrefix());
        }
    }
}
