package io.interview4j.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.store.SessionStore;
import io.interview4j.testkit.SessionStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteJdbcSessionStoreTest extends SessionStoreContract {

    @TempDir
    Path dir;
    private HikariDataSource pool;

    @Override
    protected SessionStore store() {
        pool = TestDatabases.SQLITE.open(dir, 8);
        return JdbcSessionStore.builder().dataSource(pool).build();
    }

    @Override
    protected void closeStore() {
        pool.close();
    }
}
