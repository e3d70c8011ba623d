package io.interview4j.benchmarks;

import io.interview4j.Level;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One whole offline interview (the structured preset at mid level: twelve main questions plus follow-ups for
 * weak answers) as the engine wrote it: the start's append, then for each answered turn the engine's two appends
 * (the answer alone, so it is durable before any scoring, then the evaluation with the next question or the
 * completion). The benchmarks replay these appends so that what they store is what the engine stores.
 */
final class RecordedInterview {

    static final String CANDIDATE = "bench-candidate";

    /** Answers of the kinds candidates give, cycled over the questions; the last is weak and draws follow-ups. */
    static final List<String> ANSWERS = List.of(
            "In my last role our checkout service timed out under load during sales. My task was to bring p99 latency"
                    + " under 300 ms. I profiled it and found an N+1 query against the orders table, so I batched the"
                    + " lookups, added a covering index and put a small read-through cache in front of the catalogue."
                    + " As a result p99 dropped from 1.8 s to 240 ms and timeouts fell by 95 percent. The trade-off was"
                    + " cache staleness, which we bounded with a 30 second TTL and explicit invalidation on writes.",
            "A hash map stores key-value pairs in an array of buckets. The key's hash picks the bucket, and collisions"
                    + " are handled by chaining or open addressing, so lookups are O(1) on average but O(n) in the worst"
                    + " case. When the load factor passes a threshold, such as 0.75 in Java, the table is resized and"
                    + " every entry is rehashed. For example, a poor hash function that maps many keys to one bucket"
                    + " turns the map into a linked list, which is why Java 8 switched long chains to balanced trees.",
            "I would start from the requirements: reads outnumber writes a hundred to one, so I would put the service"
                    + " behind a load balancer with stateless nodes, a primary database with read replicas, and a cache"
                    + " for hot keys. Writes go through a queue so spikes do not overload the primary. However, replicas"
                    + " lag, so reads that must see the user's own writes go to the primary. I would measure latency and"
                    + " error rate per endpoint and scale the replicas on CPU and replication lag.",
            "I think it depends, maybe use a database or something like that.");

    private final SessionStarted started;
    private final List<List<SessionEvent>> startAppends;
    private final List<List<List<SessionEvent>>> turns;

    private RecordedInterview(SessionStarted started, List<List<SessionEvent>> startAppends,
                              List<List<List<SessionEvent>>> turns) {
        this.started = started;
        this.startAppends = startAppends;
        this.turns = turns;
    }

    /**
     * Runs the interview once, offline, and records every append.
     *
     * @return the recording
     * @throws IllegalStateException when the interview does not run to completion
     */
    static RecordedInterview record() {
        RecordingStore store = new RecordingStore(new InMemorySessionStore());
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).build();
        Caller caller = Caller.candidate(CANDIDATE);
        TurnResult r = engine.start(caller, plan());
        List<List<SessionEvent>> start = store.drain();
        List<List<List<SessionEvent>>> turns = new ArrayList<>();
        while (!r.completed()) {
            String answer = ANSWERS.get(turns.size() % ANSWERS.size());
            r = engine.submitAnswer(caller, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), answer));
            turns.add(store.drain());
            if (turns.size() > 100) {
                throw new IllegalStateException("the recorded interview did not complete within 100 turns");
            }
        }
        if (turns.isEmpty() || !(start.get(0).get(0) instanceof SessionStarted s)) {
            throw new IllegalStateException("the recorded interview has no answered turn");
        }
        return new RecordedInterview(s, start, turns);
    }

    /** @return the plan the recorded interview runs: structured, technical, mid level, with a job description */
    static InterviewPlan plan() {
        return Presets.structured(PresetOptions.defaults().withRole("backend engineer").withLevel(Level.MID)
                .withJobDescription("Backend engineer: Java, PostgreSQL, Kafka, Kubernetes; design and run"
                        + " low-latency services; mentor two junior engineers."));
    }

    /** @return the number of answered turns, follow-ups included */
    int turnCount() {
        return turns.size();
    }

    /** @return the number of events in the completed session */
    int eventCount() {
        int n = startAppends.stream().mapToInt(List::size).sum();
        for (List<List<SessionEvent>> t : turns) {
            n += t.stream().mapToInt(List::size).sum();
        }
        return n;
    }

    /**
     * @param sessionId the id of the session to start
     * @return the start's appends with the session started under {@code sessionId}
     */
    List<List<SessionEvent>> startAppends(String sessionId) {
        List<List<SessionEvent>> out = new ArrayList<>(startAppends);
        List<SessionEvent> first = new ArrayList<>(out.get(0));
        first.set(0, new SessionStarted(started.at(), sessionId, started.candidateId(), started.ownerId(),
                started.organisationId(), started.plan(), started.candidateSkills(), started.yearsOfExperience(),
                started.excludedQuestionIds()));
        out.set(0, first);
        return out;
    }

    /**
     * @param index the turn, from 0
     * @return that turn's appends, in order
     */
    List<List<SessionEvent>> turn(int index) {
        return turns.get(index);
    }

    /** Passes everything through and keeps each append's events until drained. */
    private static final class RecordingStore implements SessionStore {
        private final SessionStore delegate;
        private final List<List<SessionEvent>> appends = new ArrayList<>();

        RecordingStore(SessionStore delegate) {
            this.delegate = delegate;
        }

        List<List<SessionEvent>> drain() {
            List<List<SessionEvent>> out = List.copyOf(appends);
            appends.clear();
            return out;
        }

        @Override
        public long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
            long v = delegate.append(sessionId, expectedVersion, events);
            appends.add(List.copyOf(events));
            return v;
        }

        @Override
        public Optional<StoredSession> find(String sessionId) {
            return delegate.find(sessionId);
        }

        @Override
        public List<SessionSummary> list(SessionQuery query) {
            return delegate.list(query);
        }

        @Override
        public int deleteCandidate(String candidateId) {
            return delegate.deleteCandidate(candidateId);
        }
    }
}
