package io.interview4j.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.interview4j.InterviewException;

/**
 * Why an interview completed, as {@link SessionEvent.SessionCompleted} records it. Stored and reported by its
 * {@link #wireName()}, such as {@code time_up}.
 */
public enum EndReason {
    /** Every round asked what it had to. */
    ALL_ROUNDS_DONE("all_rounds_done"),
    /** The plan's time limit ran out. */
    TIME_UP("time_up"),
    /** The candidate finished before the plan did. */
    FINISHED_EARLY("finished_early"),
    /** The plan's cap on questions was reached before its rounds were done. */
    MAX_TURNS("max_turns"),
    /** The question bank had no question left to ask. */
    BANK_EXHAUSTED("bank_exhausted");

    private final String wireName;

    EndReason(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name in stored events and reports, such as {@code all_rounds_done} */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * @param wireName a name as stored, such as {@code time_up}
     * @return the reason
     * @throws InterviewException when no reason has that name
     */
    @JsonCreator
    public static EndReason fromWireName(String wireName) {
        for (EndReason r : values()) {
            if (r.wireName.equals(wireName)) {
                return r;
            }
        }
        throw new InterviewException("unknown end reason: " + wireName);
    }
}
