package io.interview4j.storage.jdbc;

import java.sql.SQLException;

/**
 * H2: ANSI paging and {@code CLOB} for events; lock timeouts (50200) and concurrent updates of a row (90131)
 * count as conflicts, a broken connection to an H2 server (90067) as a lost connection.
 */
public final class H2Dialect implements Dialect {

    /** Creates the dialect. */
    public H2Dialect() {
    }

    @Override
    public String name() {
        return "h2";
    }

    /** {@inheritDoc} Also H2's lock timeout (50200) and concurrent update (90131). */
    @Override
    public boolean isConflict(SQLException e) {
        return Dialect.super.isConflict(e) || Dialects.hasErrorCode(e, 50200, 90131);
    }

    /** {@inheritDoc} Also H2's broken connection (90067), as a client of an H2 server sees it. */
    @Override
    public boolean isConnectionLost(SQLException e) {
        return Dialect.super.isConnectionLost(e) || Dialects.hasErrorCode(e, 90067);
    }
}
