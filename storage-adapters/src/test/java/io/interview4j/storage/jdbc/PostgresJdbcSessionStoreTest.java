package io.interview4j.storage.jdbc;

import io.interview4j.store.SessionStore;
import io.interview4j.testkit.SessionStoreContract;
import javax.sql.DataSource;

/** Runs when {@link TestDatabases#POSTGRES_URL} is set; fails when it is set and the database is unreachable. */
class PostgresJdbcSessionStoreTest extends SessionStoreContract {

    private DataSource dataSource;
    private String prefix;

    @Override
    protected SessionStore store() {
        dataSource = TestDatabases.POSTGRES.shared();
        prefix = TestDatabases.uniquePrefix();
        return JdbcSessionStore.builder().dataSource(dataSource).tablePrefix(prefix).build();
    }

    @Override
    protected void closeStore() {
        if (dataSource != null) {
            TestDatabases.dropTables(dataSource, prefix);
        }
    }
}
