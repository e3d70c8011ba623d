package io.interview4j.samples.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The service's database: an embedded SQLite file ({@code interview4j.web.database.file}) unless
 * {@code spring.datasource.url} names another. The engine, its session store on this data source, the question bank
 * and the listeners come from the interview4j starter's auto-configuration ({@code interview4j.*} properties); the
 * service scores offline unless {@code interview4j.model.provider} says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    /** The embedded store: an SQLite file in WAL mode, each commit synced, waiting up to 10 s for another writer. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}' == ''")
    HikariDataSource embeddedDataSource(WebProperties properties) {
        Path file = sqliteFile(properties.database().file());
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("interview4j.web.database.file: cannot create the folder " + file.getParent(), e);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(sqlite);
        ds.setUrl("jdbc:sqlite:" + file);
        HikariConfig config = new HikariConfig();
        config.setPoolName("interview4j-web");
        config.setDataSource(ds);
        config.setMaximumPoolSize(4);
        LOG.info("sessions are stored in the SQLite file {}", file);
        return new HikariDataSource(config);
    }

    static Path sqliteFile(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim()).toAbsolutePath();
        }
        String home = System.getenv("INTERVIEW4J_HOME");
        Path folder = home == null || home.isBlank()
                ? Path.of(System.getProperty("user.home"), ".interview4j") : Path.of(home.trim());
        return folder.resolve("interview4j-web.db").toAbsolutePath();
    }
}
