package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectTest {

    @ParameterizedTest(name = "{0}: SQLSTATE {1}, error {2} -> lost {3}")
    @CsvSource(nullValues = "null", value = {
            "ansi,     08006, 0,     true",
            "ansi,     08S01, 0,     true",
            "ansi,     08003, 0,     true",
            "ansi,     null,  0,     false",
            "ansi,     23505, 0,     false",
            "ansi,     40001, 0,     false",
            "ansi,     42P01, 0,     false",
            "ansi,     57P01, 0,     false",
            "postgres, 57P01, 0,     true",
            "postgres, 57P02, 0,     true",
            "postgres, 57P03, 0,     true",
            "postgres, 57014, 0,     false",
            "postgres, 08006, 0,     true",
            "postgres, 40P01, 0,     false",
            "mariadb,  70100, 1927,  true",
            "mariadb,  70100, 1317,  false",
            "mariadb,  08S01, 1053,  true",
            "mariadb,  HY000, 2006,  true",
            "mariadb,  HY000, 2013,  true",
            "mariadb,  HY000, 4031,  true",
            "mariadb,  40001, 1213,  false",
            "mariadb,  23000, 1062,  false",
            "h2,       90067, 90067, true",
            "h2,       HYT00, 50200, false",
            "sqlite,   null,  5,     false",
    })
    void should_tell_a_lost_connection_from_other_failures_by_sqlstate_and_vendor_code(String dialect, String state,
                                                                                       int code, boolean lost) {
        // when / then
        assertThat(dialect(dialect).isConnectionLost(new SQLException("failure", state, code))).isEqualTo(lost);
    }

    @Test
    void should_count_the_drivers_connection_exception_types_as_lost_when_they_carry_no_sqlstate() {
        // given
        Dialect ansi = Dialect.ansi();

        // when / then
        assertThat(ansi.isConnectionLost(new SQLRecoverableException("reset"))).isTrue();
        assertThat(ansi.isConnectionLost(new SQLTransientConnectionException("timed out"))).isTrue();
        assertThat(ansi.isConnectionLost(new SQLNonTransientConnectionException("closed"))).isTrue();
        assertThat(ansi.isConnectionLost(new SQLSyntaxErrorException("syntax", "42000"))).isFalse();
    }

    @Test
    void should_find_a_lost_connection_anywhere_in_the_chain_when_a_driver_wraps_it() {
        // given
        SQLException batch = new SQLException("batch failed", "HY000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        SQLException wrapped = new SQLException("commit failed", (String) null, new SQLRecoverableException("reset"));

        // when / then
        assertThat(new PostgresDialect().isConnectionLost(batch)).isTrue();
        assertThat(new MariaDbDialect().isConnectionLost(wrapped)).isTrue();
    }

    private static Dialect dialect(String name) {
        return switch (name) {
            case "postgres" -> new PostgresDialect();
            case "mariadb" -> new MariaDbDialect();
            case "h2" -> new H2Dialect();
            case "sqlite" -> new SqliteDialect();
            default -> Dialect.ansi();
        };
    }
}
