package io.interview4j.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.InterviewException;
import io.interview4j.session.EventJson;
import io.interview4j.session.SessionEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports every session of a candidate as one JSON document (privacy: a candidate's right to their data).
 *
 * <p>The document is
 * <pre>{@code
 * {
 *   "format": "interview4j-candidate-export",
 *   "formatVersion": 1,
 *   "candidateId": "...",
 *   "sessions": [ { "sessionId": "...", "version": 9, "events": [ <event>, ... ] }, ... ]
 * }
 * }</pre>
 * with sessions newest first and each event in the JSON form of {@link EventJson}, so an export can be read
 * back event by event with {@link EventJson#read(String)}.
 */
public final class CandidateExport {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "interview4j-candidate-export";

    private static final ObjectMapper MAPPER = EventJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int PAGE = 1000;

    private CandidateExport() {
    }

    /**
     * Reads every session of a candidate from any store and writes the export document.
     *
     * @param store the store to read
     * @param candidateId the candidate
     * @return the JSON document; a candidate with no sessions gets an empty {@code sessions} array
     * @throws InterviewException when the store fails
     */
    public static String toJson(SessionStore store, String candidateId) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(candidateId, "candidateId");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", 1);
        root.put("candidateId", candidateId);
        ArrayNode sessions = root.putArray("sessions");
        int offset = 0;
        while (true) {
            List<SessionSummary> page = store.list(new SessionQuery(candidateId, null, offset, PAGE));
            for (SessionSummary summary : page) {
                Optional<StoredSession> stored = store.find(summary.sessionId());
                stored.ifPresent(s -> sessions.add(toNode(s)));
            }
            if (page.size() < PAGE) {
                break;
            }
            offset += PAGE;
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new InterviewException("cannot write the export of candidate " + candidateId, e);
        }
    }

    private static ObjectNode toNode(StoredSession session) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("sessionId", session.sessionId());
        node.put("version", session.version());
        ArrayNode events = node.putArray("events");
        for (SessionEvent event : session.events()) {
            try {
                events.add(MAPPER.readTree(EventJson.write(event)));
            } catch (JsonProcessingException e) {
                throw new InterviewException("cannot export an event of session " + session.sessionId(), e);
            }
        }
        return node;
    }
}
