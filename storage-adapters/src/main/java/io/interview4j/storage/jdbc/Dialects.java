package io.interview4j.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for dialects. */
final class Dialects {

    private Dialects() {
    }

    /** @return {@code e}, its next exceptions and its SQL causes, each once */
    static List<SQLException> chain(SQLException e) {
        List<SQLException> all = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(todo.size() - 1);
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (t instanceof SQLException s) {
                all.add(s);
                todo.add(s.getNextException());
            }
            todo.add(t.getCause());
        }
        return all;
    }

    /** @return whether any exception in the chain has one of the vendor error codes */
    static boolean hasErrorCode(SQLException e, int... codes) {
        for (SQLException s : chain(e)) {
            for (int code : codes) {
                if (s.getErrorCode() == code) {
                    return true;
                }
            }
        }
        return false;
    }
}
