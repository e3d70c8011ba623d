package io.interview4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.SessionNotFoundException;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.llm.TokenUsage;
import io.interview4j.plan.DifficultyPolicy;
import io.interview4j.plan.FollowUpPolicy;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.History;
import io.interview4j.plan.RoundPlan;
import io.interview4j.scoring.AnswerFeatures;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Rubrics;
import io.interview4j.session.EndReason;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.DifficultyChanged;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.QuestionSkipped;
import io.interview4j.session.SessionEvent.RoundAdvanced;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SessionStore} passes. An adapter's test extends this class and supplies a fresh
 * store in {@link #store()}; the in-memory store is the reference, a database store must behave the same.
 *
 * <p>{@link #store()} is called once before each test; the store it returns must be empty (or namespaced so that
 * no other test's data is visible). {@link #closeStore()} is called after each test.
 */
public abstract class SessionStoreContract {

    /** A fixed instant the test data is built around. */
    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 12;

    private SessionStore store;

    /**
     * @return a fresh store, empty or uniquely namespaced for the test about to run
     */
    protected abstract SessionStore store();

    /** Releases whatever {@link #store()} opened; does nothing unless overridden. */
    protected void closeStore() {
    }

    @BeforeEach
    void openStore() {
        store = store();
    }

    @AfterEach
    void releaseStore() {
        closeStore();
    }

    // ---------------------------------------------------------------- round trip

    @Test
    void should_load_equal_events_when_a_session_round_trips() {
        // given
        List<SessionEvent> events = aWholeSession("s-round-trip", "cand-1", "owner-1", T0.plusNanos(123_456_789));

        // when
        long version = store.append("s-round-trip", 0, events);
        StoredSession loaded = store.get("s-round-trip");

        // then
        assertThat(version).isEqualTo(events.size());
        assertThat(loaded.sessionId()).isEqualTo("s-round-trip");
        assertThat(loaded.version()).isEqualTo(events.size());
        assertThat(loaded.events()).containsExactlyElementsOf(events);
        SessionStarted started = (SessionStarted) loaded.events().get(0);
        assertThat(started.plan().rounds()).extracting(RoundPlan::name).containsExactly("Coding", "Behavioral");
        assertThat(started.plan().totalTimeLimit()).isEqualTo(Duration.ofMinutes(45));
        assertThat(started.at()).isEqualTo(T0.plusNanos(123_456_789));
        AnswerEvaluated evaluated = (AnswerEvaluated) loaded.events().get(3);
        assertThat(evaluated.evaluation().dimensions()).containsEntry("communication", 3.5);
    }

    @Test
    void should_return_each_new_version_when_appending_in_steps() {
        // given
        store.append("s-steps", 0, List.of(aSessionStarted("s-steps", "cand-1", "owner-1", T0)));

        // when
        long second = store.append("s-steps", 1, List.of(aQuestionAsked("q1", T0.plusSeconds(1))));
        long fourth = store.append("s-steps", 2, List.of(
                anAnswerSubmitted("q1", "An answer", "key-1", T0.plusSeconds(30)),
                anAnswerEvaluated("q1", 64.0, T0.plusSeconds(31))));

        // then
        assertThat(second).isEqualTo(2);
        assertThat(fourth).isEqualTo(4);
        assertThat(store.get("s-steps").version()).isEqualTo(4);
        assertThat(store.get("s-steps").events()).hasSize(4);
    }

    @Test
    void should_replay_into_a_session_when_loaded() {
        // given
        store.append("s-replay", 0, aWholeSession("s-replay", "cand-1", "owner-1", T0));

        // when
        var session = store.get("s-replay").toSession();

        // then
        assertThat(session.version()).isEqualTo(store.get("s-replay").version());
    }

    // ---------------------------------------------------------------- optimistic concurrency

    @Test
    void should_reject_append_when_expected_version_is_stale() {
        // given
        store.append("s-stale", 0, List.of(aSessionStarted("s-stale", "cand-1", "owner-1", T0)));
        store.append("s-stale", 1, List.of(aQuestionAsked("q1", T0.plusSeconds(1))));

        // when / then
        assertThatThrownBy(() -> store.append("s-stale", 1, List.of(aQuestionAsked("q2", T0.plusSeconds(2)))))
                .isInstanceOf(ConcurrentSessionModificationException.class)
                .satisfies(e -> {
                    ConcurrentSessionModificationException c = (ConcurrentSessionModificationException) e;
                    assertThat(c.sessionId()).isEqualTo("s-stale");
                    assertThat(c.expectedVersion()).isEqualTo(1);
                    assertThat(c.actualVersion()).isIn(2L, -1L);
                });
        assertThat(store.get("s-stale").version()).isEqualTo(2);
        assertThat(store.get("s-stale").events()).hasSize(2);
    }

    @Test
    void should_reject_append_when_expected_version_is_ahead() {
        // given
        store.append("s-ahead", 0, List.of(aSessionStarted("s-ahead", "cand-1", "owner-1", T0)));

        // when / then
        assertThatThrownBy(() -> store.append("s-ahead", 5, List.of(aQuestionAsked("q1", T0.plusSeconds(1)))))
                .isInstanceOf(ConcurrentSessionModificationException.class);
        assertThat(store.get("s-ahead").version()).isEqualTo(1);
    }

    @Test
    void should_reject_create_when_session_already_exists() {
        // given
        store.append("s-twice", 0, List.of(aSessionStarted("s-twice", "cand-1", "owner-1", T0)));

        // when / then
        assertThatThrownBy(() -> store.append("s-twice", 0,
                List.of(aSessionStarted("s-twice", "cand-2", "owner-2", T0.plusSeconds(5)))))
                .isInstanceOf(ConcurrentSessionModificationException.class);
        StoredSession stored = store.get("s-twice");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(((SessionStarted) stored.events().get(0)).candidateId()).isEqualTo("cand-1");
    }

    @Test
    void should_reject_new_session_when_first_event_is_not_session_started() {
        // when / then
        assertThatThrownBy(() -> store.append("s-headless", 0, List.of(aQuestionAsked("q1", T0))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.find("s-headless")).isEmpty();
    }

    @Test
    void should_reject_append_when_events_are_empty() {
        // given
        store.append("s-empty", 0, List.of(aSessionStarted("s-empty", "cand-1", "owner-1", T0)));

        // when / then
        assertThatThrownBy(() -> store.append("s-empty", 1, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.get("s-empty").version()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- unknown sessions

    @Test
    void should_find_nothing_when_session_is_unknown() {
        // when / then
        assertThat(store.find("no-such-session")).isEmpty();
    }

    @Test
    void should_throw_not_found_when_getting_unknown_session() {
        // when / then
        assertThatThrownBy(() -> store.get("no-such-session"))
                .isInstanceOf(SessionNotFoundException.class)
                .hasMessageContaining("no-such-session");
    }

    @Test
    void should_throw_not_found_when_appending_to_unknown_session() {
        // when / then
        assertThatThrownBy(() -> store.append("no-such-session", 3, List.of(aQuestionAsked("q1", T0))))
                .isInstanceOf(SessionNotFoundException.class)
                .satisfies(e -> assertThat(((SessionNotFoundException) e).sessionId()).isEqualTo("no-such-session"));
        assertThat(store.find("no-such-session")).isEmpty();
    }

    // ---------------------------------------------------------------- idempotency keys

    @Test
    void should_store_answer_once_when_same_idempotency_key_is_submitted_twice() {
        // given
        store.append("s-dup", 0, List.of(aSessionStarted("s-dup", "cand-1", "owner-1", T0),
                aQuestionAsked("q1", T0.plusSeconds(1))));
        store.append("s-dup", 2, List.of(anAnswerSubmitted("q1", "First try", "submit-1", T0.plusSeconds(20))));

        // when / then
        assertThatThrownBy(() -> store.append("s-dup", 3,
                List.of(anAnswerSubmitted("q1", "Second try", "submit-1", T0.plusSeconds(21)))))
                .isInstanceOf(ConcurrentSessionModificationException.class);
        StoredSession stored = store.get("s-dup");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(answersWithKey(stored, "submit-1")).extracting(AnswerSubmitted::answer).containsExactly("First try");
    }

    @Test
    void should_reject_whole_append_when_one_event_repeats_an_idempotency_key() {
        // given
        store.append("s-batch", 0, List.of(aSessionStarted("s-batch", "cand-1", "owner-1", T0),
                aQuestionAsked("q1", T0.plusSeconds(1)),
                anAnswerSubmitted("q1", "Stored answer", "submit-1", T0.plusSeconds(20))));

        // when / then
        assertThatThrownBy(() -> store.append("s-batch", 3, List.of(
                aQuestionAsked("q2", T0.plusSeconds(30)),
                anAnswerSubmitted("q2", "Duplicate key", "submit-1", T0.plusSeconds(40)))))
                .isInstanceOf(ConcurrentSessionModificationException.class);
        StoredSession stored = store.get("s-batch");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.events()).noneMatch(e -> e instanceof QuestionAsked q && q.question().id().equals("q2"));
    }

    @Test
    void should_reject_append_when_one_batch_repeats_an_idempotency_key() {
        // given
        store.append("s-inner", 0, List.of(aSessionStarted("s-inner", "cand-1", "owner-1", T0),
                aQuestionAsked("q1", T0.plusSeconds(1))));

        // when / then
        assertThatThrownBy(() -> store.append("s-inner", 2, List.of(
                anAnswerSubmitted("q1", "One", "submit-1", T0.plusSeconds(20)),
                anAnswerSubmitted("q1", "Two", "submit-1", T0.plusSeconds(21)))))
                .isInstanceOf(ConcurrentSessionModificationException.class);
        assertThat(store.get("s-inner").version()).isEqualTo(2);
    }

    @Test
    void should_accept_same_idempotency_key_when_sessions_differ() {
        // given
        store.append("s-a", 0, List.of(aSessionStarted("s-a", "cand-1", "owner-1", T0),
                anAnswerSubmitted("q1", "In A", "submit-1", T0.plusSeconds(1))));

        // when
        long version = store.append("s-b", 0, List.of(aSessionStarted("s-b", "cand-1", "owner-1", T0),
                anAnswerSubmitted("q1", "In B", "submit-1", T0.plusSeconds(1))));

        // then
        assertThat(version).isEqualTo(2);
        assertThat(answersWithKey(store.get("s-b"), "submit-1")).extracting(AnswerSubmitted::answer)
                .containsExactly("In B");
    }

    @Test
    void should_accept_many_answers_when_idempotency_keys_are_null_or_skips_share_a_key() {
        // given
        store.append("s-nokey", 0, List.of(aSessionStarted("s-nokey", "cand-1", "owner-1", T0)));

        // when
        long version = store.append("s-nokey", 1, List.of(
                anAnswerSubmitted("q1", "One", null, T0.plusSeconds(1)),
                anAnswerSubmitted("q2", "Two", null, T0.plusSeconds(2)),
                new QuestionSkipped(T0.plusSeconds(3), "q3", "skip-1"),
                new QuestionSkipped(T0.plusSeconds(4), "q4", null)));

        // then
        assertThat(version).isEqualTo(5);
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void should_give_every_version_to_exactly_one_writer_when_eight_threads_append_to_one_session()
            throws Exception {
        // given
        store.append("s-race", 0, List.of(aSessionStarted("s-race", "cand-1", "owner-1", T0)));
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<Long>> writer = () -> {
                    start.await();
                    List<Long> won = new ArrayList<>();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        SessionEvent event = anAnswerSubmitted("q-" + thread, "answer " + thread + "/" + i,
                                "t" + thread + "-" + i, T0.plusSeconds(1 + i));
                        while (true) {
                            long current = store.get("s-race").version();
                            try {
                                won.add(store.append("s-race", current, List.of(event)));
                                break;
                            } catch (ConcurrentSessionModificationException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return won;
                };
                results.add(pool.submit(writer));
            }

            // when
            start.countDown();
            List<Long> allWon = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                allWon.addAll(f.get(5, TimeUnit.MINUTES));
            }

            // then
            long expectedFinal = 1 + (long) THREADS * APPENDS_PER_THREAD;
            assertThat(allWon).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, expectedFinal).boxed().toList());
            StoredSession stored = store.get("s-race");
            assertThat(stored.version()).isEqualTo(expectedFinal);
            Map<String, List<String>> byThread = stored.events().stream()
                    .filter(AnswerSubmitted.class::isInstance).map(AnswerSubmitted.class::cast)
                    .collect(Collectors.groupingBy(AnswerSubmitted::questionId, LinkedHashMap::new,
                            Collectors.mapping(AnswerSubmitted::idempotencyKey, Collectors.toList())));
            assertThat(byThread).hasSize(THREADS);
            byThread.forEach((question, keys) -> {
                String thread = question.substring(2);
                assertThat(keys).containsExactlyElementsOf(
                        IntStream.range(0, APPENDS_PER_THREAD).mapToObj(i -> "t" + thread + "-" + i).toList());
            });
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- listing

    @Test
    void should_list_newest_first_when_listing_by_candidate() {
        // given
        for (int i = 1; i <= 4; i++) {
            String id = "s-list-" + i;
            store.append(id, 0, List.of(aSessionStarted(id, "cand-list", "owner-1", T0.plusSeconds(i * 60L))));
        }
        store.append("s-other", 0, List.of(aSessionStarted("s-other", "cand-other", "owner-1", T0.plusSeconds(600))));

        // when
        List<SessionSummary> listed = store.list(SessionQuery.byCandidate("cand-list"));

        // then
        assertThat(listed).extracting(SessionSummary::sessionId)
                .containsExactly("s-list-4", "s-list-3", "s-list-2", "s-list-1");
    }

    @Test
    void should_order_by_id_when_sessions_start_at_the_same_instant() {
        // given
        for (String id : List.of("s-tie-c", "s-tie-a", "s-tie-b")) {
            store.append(id, 0, List.of(aSessionStarted(id, "cand-tie", "owner-1", T0)));
        }
        store.append("s-tie-later", 0, List.of(aSessionStarted("s-tie-later", "cand-tie", "owner-1", T0.plusNanos(1_000))));

        // when
        List<SessionSummary> listed = store.list(SessionQuery.byCandidate("cand-tie"));

        // then
        assertThat(listed).extracting(SessionSummary::sessionId)
                .containsExactly("s-tie-later", "s-tie-a", "s-tie-b", "s-tie-c");
    }

    @Test
    void should_return_requested_page_when_listing_with_offset_and_limit() {
        // given
        for (int i = 1; i <= 5; i++) {
            String id = "s-page-" + i;
            store.append(id, 0, List.of(aSessionStarted(id, "cand-page", "owner-1", T0.plusSeconds(i))));
        }

        // when
        List<SessionSummary> first = store.list(new SessionQuery("cand-page", null, 0, 2));
        List<SessionSummary> second = store.list(new SessionQuery("cand-page", null, 2, 2));
        List<SessionSummary> last = store.list(new SessionQuery("cand-page", null, 4, 2));
        List<SessionSummary> beyond = store.list(new SessionQuery("cand-page", null, 5, 2));

        // then
        assertThat(first).extracting(SessionSummary::sessionId).containsExactly("s-page-5", "s-page-4");
        assertThat(second).extracting(SessionSummary::sessionId).containsExactly("s-page-3", "s-page-2");
        assertThat(last).extracting(SessionSummary::sessionId).containsExactly("s-page-1");
        assertThat(beyond).isEmpty();
    }

    @Test
    void should_list_only_owned_sessions_when_owner_is_given() {
        // given
        store.append("s-own-1", 0, List.of(aSessionStarted("s-own-1", "cand-own", "alice", T0.plusSeconds(1))));
        store.append("s-own-2", 0, List.of(aSessionStarted("s-own-2", "cand-own", "bob", T0.plusSeconds(2))));
        store.append("s-own-3", 0, List.of(aSessionStarted("s-own-3", "cand-own", "alice", T0.plusSeconds(3))));

        // when
        List<SessionSummary> alices = store.list(new SessionQuery("cand-own", "alice", 0, 10));
        List<SessionSummary> carols = store.list(new SessionQuery("cand-own", "carol", 0, 10));
        List<SessionSummary> anyone = store.list(new SessionQuery("cand-own", null, 0, 10));

        // then
        assertThat(alices).extracting(SessionSummary::sessionId).containsExactly("s-own-3", "s-own-1");
        assertThat(carols).isEmpty();
        assertThat(anyone).hasSize(3);
    }

    @Test
    void should_list_an_organisations_sessions_newest_first_in_pages_when_listing_by_organisation() {
        // given: five sessions of two candidates in org-A, one in org-B, one with no organisation
        for (int i = 1; i <= 5; i++) {
            String id = "s-org-" + i;
            store.append(id, 0, List.of(startedIn(id, i % 2 == 0 ? "cand-x" : "cand-y", "org-A", null,
                    T0.plusSeconds(i))));
        }
        store.append("s-org-b", 0, List.of(startedIn("s-org-b", "cand-x", "org-B", null, T0.plusSeconds(9))));
        store.append("s-org-none", 0, List.of(startedIn("s-org-none", "cand-x", null, null, T0.plusSeconds(9))));

        // when
        List<SessionSummary> first = store.list(SessionQuery.byOrganisation("org-A").page(0, 2));
        List<SessionSummary> second = store.list(SessionQuery.byOrganisation("org-A").page(2, 2));
        List<SessionSummary> third = store.list(SessionQuery.byOrganisation("org-A").page(4, 2));
        List<SessionSummary> oneCandidate = store.list(new SessionQuery("cand-x", null, "org-A", null, 0, 10));

        // then
        assertThat(first).extracting(SessionSummary::sessionId).containsExactly("s-org-5", "s-org-4");
        assertThat(second).extracting(SessionSummary::sessionId).containsExactly("s-org-3", "s-org-2");
        assertThat(third).extracting(SessionSummary::sessionId).containsExactly("s-org-1");
        assertThat(first).allSatisfy(x -> assertThat(x.organisationId()).isEqualTo("org-A"));
        assertThat(oneCandidate).extracting(SessionSummary::sessionId).containsExactly("s-org-4", "s-org-2");
        assertThat(store.list(SessionQuery.byOrganisation("org-B"))).extracting(SessionSummary::sessionId)
                .containsExactly("s-org-b");
        assertThat(store.list(SessionQuery.byOrganisation("org-a"))).isEmpty();
    }

    @Test
    void should_list_only_sessions_with_the_host_key_when_group_key_is_given() {
        // given
        store.append("s-key-1", 0, List.of(startedIn("s-key-1", "cand-k", "org-K", "template-7", T0.plusSeconds(1))));
        store.append("s-key-2", 0, List.of(startedIn("s-key-2", "cand-k", "org-K", "template-8", T0.plusSeconds(2))));
        store.append("s-key-3", 0, List.of(startedIn("s-key-3", "cand-j", "org-K", "template-7", T0.plusSeconds(3))));
        store.append("s-key-4", 0, List.of(startedIn("s-key-4", "cand-j", "org-K", null, T0.plusSeconds(4))));

        // when
        List<SessionSummary> byKey = store.list(SessionQuery.byOrganisation("org-K").withGroupKey("template-7"));
        List<SessionSummary> candidateByKey = store.list(SessionQuery.byCandidate("cand-k").withGroupKey("template-8"));

        // then
        assertThat(byKey).extracting(SessionSummary::sessionId).containsExactly("s-key-3", "s-key-1");
        assertThat(byKey).extracting(SessionSummary::groupKey).containsOnly("template-7");
        assertThat(candidateByKey).extracting(SessionSummary::sessionId).containsExactly("s-key-2");
        assertThat(store.list(SessionQuery.byOrganisation("org-K"))).extracting(SessionSummary::groupKey)
                .containsExactly(null, "template-7", "template-8", "template-7");
    }

    @Test
    void should_list_what_summary_of_events_derives_when_sessions_progress() {
        // given
        List<SessionEvent> completed = aWholeSession("s-sum-1", "cand-sum", "owner-1", T0.plusNanos(987_654_321));
        store.append("s-sum-1", 0, completed);
        List<SessionEvent> abandoned = List.of(
                aSessionStarted("s-sum-2", "cand-sum", "owner-1", T0.plusSeconds(100)),
                aQuestionAsked("q1", T0.plusSeconds(101)));
        store.append("s-sum-2", 0, abandoned);
        SessionAbandoned abandon = new SessionAbandoned(T0.plusSeconds(200), "candidate left");
        store.append("s-sum-2", 2, List.of(abandon));
        List<SessionEvent> abandonedAll = new ArrayList<>(abandoned);
        abandonedAll.add(abandon);
        store.append("s-sum-3", 0, List.of(aSessionStarted("s-sum-3", "cand-sum", "owner-1", T0.plusSeconds(300))));

        // when
        List<SessionSummary> listed = store.list(SessionQuery.byCandidate("cand-sum"));

        // then
        assertThat(listed).containsExactly(
                SessionSummary.of(List.of(aSessionStarted("s-sum-3", "cand-sum", "owner-1", T0.plusSeconds(300)))),
                SessionSummary.of(abandonedAll),
                SessionSummary.of(completed));
        assertThat(listed.get(0).status()).as("started, nothing asked yet").isEqualTo(SessionStatus.CREATED);
        assertThat(listed.get(1).status()).isEqualTo(SessionStatus.ABANDONED);
        assertThat(listed.get(2).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(listed.get(2).overallScore()).isEqualTo(71.25);
        assertThat(listed.get(2).readiness()).isEqualTo("Almost Ready");
        assertThat(listed.get(0).readiness()).isNull();
        assertThat(listed.get(2).organisationId()).isEqualTo("org-1");
        assertThat(listed.get(2).preset()).isEqualTo("campus-placement");
        store.append("s-sum-3", 1, List.of(aQuestionAsked("q1", T0.plusSeconds(301))));
        assertThat(store.list(SessionQuery.byCandidate("cand-sum")).get(0).status()).as("once a question is asked")
                .isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void should_list_nothing_when_candidate_is_unknown() {
        // given
        store.append("s-known", 0, List.of(aSessionStarted("s-known", "cand-known", "owner-1", T0)));

        // when / then
        assertThat(store.list(SessionQuery.byCandidate("cand-unknown"))).isEmpty();
    }

    // ---------------------------------------------------------------- erasure

    @Test
    void should_erase_sessions_and_events_when_candidate_is_deleted() {
        // given
        store.append("s-del-1", 0, aWholeSession("s-del-1", "cand-del", "owner-1", T0));
        store.append("s-del-2", 0, List.of(aSessionStarted("s-del-2", "cand-del", "owner-2", T0.plusSeconds(9))));
        store.append("s-keep", 0, List.of(aSessionStarted("s-keep", "cand-keep", "owner-1", T0)));

        // when
        int erased = store.deleteCandidate("cand-del");

        // then
        assertThat(erased).isEqualTo(2);
        assertThat(store.find("s-del-1")).isEmpty();
        assertThat(store.find("s-del-2")).isEmpty();
        assertThat(store.list(SessionQuery.byCandidate("cand-del"))).isEmpty();
        assertThat(store.get("s-keep").version()).isEqualTo(1);
        assertThatThrownBy(() -> store.append("s-del-1", 1, List.of(aQuestionAsked("q9", T0))))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void should_start_clean_when_an_erased_session_id_is_reused() {
        // given
        store.append("s-reuse", 0, aWholeSession("s-reuse", "cand-reuse", "owner-1", T0));
        store.deleteCandidate("cand-reuse");

        // when
        long version = store.append("s-reuse", 0, List.of(aSessionStarted("s-reuse", "cand-new", "owner-1", T0),
                anAnswerSubmitted("q1", "Fresh", "submit-1", T0.plusSeconds(3))));

        // then
        assertThat(version).isEqualTo(2);
        assertThat(store.get("s-reuse").events()).hasSize(2);
    }

    @Test
    void should_erase_nothing_when_candidate_has_no_sessions() {
        // given
        store.append("s-stay", 0, List.of(aSessionStarted("s-stay", "cand-stay", "owner-1", T0)));

        // when / then
        assertThat(store.deleteCandidate("cand-nobody")).isZero();
        assertThat(store.find("s-stay")).isPresent();
    }

    // ---------------------------------------------------------------- text fidelity and copies

    @Test
    void should_store_text_intact_when_answer_is_100000_characters_of_emoji_and_cjk() {
        // given
        String unit = "答案🙂 naïve «quotes» \"json\" \\ back\tslash\n面试 👩🏽‍💻 ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            sb.append(unit);
        }
        String answer = sb.substring(0, 99_998) + "🎉";
        assertThat(answer).hasSize(100_000);
        store.append("s-big", 0, List.of(
                aSessionStarted("s-big", "候选人-🙂", "owner-1", T0),
                aQuestionAsked("q1", T0.plusSeconds(1))));

        // when
        store.append("s-big", 2, List.of(anAnswerSubmitted("q1", answer, "submit-🙂", T0.plusSeconds(600))));

        // then
        StoredSession stored = store.get("s-big");
        AnswerSubmitted loaded = (AnswerSubmitted) stored.events().get(2);
        assertThat(loaded.answer()).isEqualTo(answer);
        assertThat(loaded.idempotencyKey()).isEqualTo("submit-🙂");
        assertThat(((SessionStarted) stored.events().get(0)).candidateId()).isEqualTo("候选人-🙂");
        assertThat(store.list(SessionQuery.byCandidate("候选人-🙂"))).extracting(SessionSummary::sessionId)
                .containsExactly("s-big");
    }

    @Test
    void should_keep_stored_events_when_caller_changes_its_list_after_append() {
        // given
        List<SessionEvent> events = new ArrayList<>(List.of(
                aSessionStarted("s-copy", "cand-1", "owner-1", T0),
                aQuestionAsked("q1", T0.plusSeconds(1))));
        store.append("s-copy", 0, events);

        // when
        events.clear();
        events.add(aQuestionAsked("intruder", T0));

        // then
        StoredSession stored = store.get("s-copy");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.events().get(1)).isEqualTo(aQuestionAsked("q1", T0.plusSeconds(1)));
    }

    @Test
    void should_keep_stored_events_when_caller_changes_a_loaded_list() {
        // given
        store.append("s-loaded", 0, List.of(aSessionStarted("s-loaded", "cand-1", "owner-1", T0)));
        List<SessionEvent> loaded = store.get("s-loaded").events();

        // when
        try {
            loaded.clear();
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable list is as good as a copy
        }

        // then
        assertThat(store.get("s-loaded").events()).hasSize(1);
    }

    // ---------------------------------------------------------------- badges and history

    @Test
    void should_award_each_badge_once_per_candidate_when_an_engine_completes_sessions_on_this_store() {
        // given: an engine over this store scoring every answer at the percentage it starts with
        ManualClock clock = new ManualClock();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock)
                .offlineEvaluator(request -> {
                    Rubric rubric = request.rubric();
                    Map<String, Double> dims = rubric.uniform(Double.parseDouble(request.answer().split(" ")[0]));
                    return new Evaluation(rubric.name(), Provenance.HEURISTIC, dims, rubric.overallNative(dims),
                            rubric.overallPercent(dims), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                            List.of(), null, null, List.of(), null, null);
                }).build();
        InterviewPlan drill = Presets.topicDrill(PresetOptions.defaults().withGroupKey("application-7"));
        Caller ana = Caller.candidate("badge-ana");

        // when: Ready at 60, Ready again at 70, Master at 90
        List<String> ids = new ArrayList<>();
        for (int score : new int[] {60, 70, 90}) {
            clock.advance(Duration.ofHours(1));
            TurnResult r = engine.start(ana, drill);
            while (!r.completed()) {
                r = engine.submitAnswer(ana, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(),
                        score + " because the index covers the query and avoids a full table scan."));
            }
            ids.add(r.sessionId());
        }
        History history = engine.history(ana, "badge-ana", "application-7");

        // then: each badge awarded once, kept in the stored completion, listed by the history
        assertThat(ids.stream().map(id -> store.get(id).toSession().badges()).toList())
                .containsExactly(List.of("Interview Ready"), List.of(), List.of("Interview Master"));
        assertThat(history.badges()).extracting(History.Badge::name).containsExactly("Interview Ready", "Interview Master");
        assertThat(history.sessions()).hasSize(3).allMatch(e -> "application-7".equals(e.groupKey()));
        assertThat(history.trends()).singleElement().satisfies(t -> {
            assertThat(t.firstScore()).isEqualTo(0.6);
            assertThat(t.latestScore()).isEqualTo(0.9);
            assertThat(t.change()).isEqualTo(0.3);
        });
    }

    // ---------------------------------------------------------------- test data builders

    /**
     * @return a two-round plan with a time limit, a follow-up policy, a difficulty policy and a group key
     */
    protected static InterviewPlan aPlan() {
        return InterviewPlan.builder()
                .preset("campus-placement")
                .role("backend engineer")
                .company("Acme 🚀")
                .level(Level.SENIOR)
                .focusTopics(List.of("java", "sql"))
                .round(RoundPlan.of("Coding", "dsa", 2))
                .round(RoundPlan.of("Behavioral", "behavioral", 2)
                        .withFollowUps(new FollowUpPolicy(2, FollowUpPolicy.Trigger.WHEN_WEAK, 60)))
                .totalTimeLimit(Duration.ofMinutes(45))
                .rubric(Rubrics.FIVE_DIMENSION)
                .difficultyPolicy(DifficultyPolicy.RAISE_ABOVE_80_LOWER_BELOW_50)
                .mode(Mode.PRACTICE)
                .groupKey("application-7")
                .build();
    }

    private static SessionStarted startedIn(String sessionId, String candidateId, String organisationId, String groupKey,
                                            Instant at) {
        return new SessionStarted(at, sessionId, candidateId, candidateId, organisationId,
                aPlan().toBuilder().groupKey(groupKey).build(), List.of(), null, List.of());
    }

    /**
     * @param sessionId the session
     * @param candidateId the candidate
     * @param ownerId the owner
     * @param at when it started
     * @return a {@code SessionStarted} event with {@link #aPlan()} in organisation {@code org-1}
     */
    protected static SessionStarted aSessionStarted(String sessionId, String candidateId, String ownerId, Instant at) {
        return new SessionStarted(at, sessionId, candidateId, ownerId, "org-1", aPlan(), List.of("java", "sql"), 6,
                List.of("beh-001"));
    }

    /**
     * @param questionId the question id
     * @param at when it was asked
     * @return a main question of round 0
     */
    protected static QuestionAsked aQuestionAsked(String questionId, Instant at) {
        return new QuestionAsked(at, new Question(questionId, QuestionType.MAIN, "Reverse a linked list. Why?", 0, 1, 0,
                null, "dsa-001", "dsa", "dsa", "problem_solving", List.of("linked-list", "java"), Difficulty.MEDIUM,
                List.of("iterative", "O(n) time"), "Walk the list once, flipping pointers.", 300));
    }

    /**
     * @param questionId the question answered
     * @param answer the answer text
     * @param idempotencyKey the submission's key, or {@code null}
     * @param at when it was submitted
     * @return an {@code AnswerSubmitted} event
     */
    protected static AnswerSubmitted anAnswerSubmitted(String questionId, String answer, String idempotencyKey,
                                                       Instant at) {
        return new AnswerSubmitted(at, questionId, answer, idempotencyKey, 42);
    }

    /**
     * @param questionId the question judged
     * @param score the 0-100 score
     * @param at when it was judged
     * @return an {@code AnswerEvaluated} event with dimension scores, flags, usage, provider, insights and reasons
     */
    protected static AnswerEvaluated anAnswerEvaluated(String questionId, double score, Instant at) {
        Map<String, Double> dimensions = new LinkedHashMap<>();
        dimensions.put("communication", 3.5);
        dimensions.put("technical_accuracy", 4.0);
        dimensions.put("problem_solving", 2.75);
        Evaluation evaluation = new Evaluation("five-dimension", Provenance.MODEL, dimensions, 3.4, score,
                List.of("Clear structure"), List.of("No measurable result"), List.of("Quantify the impact"),
                List.of("I flipped the next pointer"), "Good start.", List.of("What about recursion?"),
                List.of("iterative"), null, null, List.of(AnswerFlag.TRUNCATED, AnswerFlag.REVISED_ANSWER_DISCARDED),
                "test-model", new TokenUsage(1200, 300, 0), "openai", 2, 1, null,
                new AnswerFeatures.Insights(List.of("linked lists"), List.of("pointer", "node"), List.of("iterative")),
                Map.of("communication", "clear steps"));
        return new AnswerEvaluated(at, questionId, evaluation, "follow-up allowed");
    }

    /**
     * @param score the overall score, or {@code null}
     * @param at when it completed
     * @return a {@code SessionCompleted} event that awarded a badge
     */
    protected static SessionCompleted aSessionCompleted(Double score, Instant at) {
        return new SessionCompleted(at, EndReason.ALL_ROUNDS_DONE, score, new TokenUsage(5000, 900, 100), "Almost Ready",
                List.of("Interview Ready"));
    }

    /**
     * @param sessionId the session
     * @param candidateId the candidate
     * @param ownerId the owner
     * @param start when it started
     * @return a completed session using every kind of event, scored 71.25
     */
    protected static List<SessionEvent> aWholeSession(String sessionId, String candidateId, String ownerId,
                                                      Instant start) {
        return List.of(
                aSessionStarted(sessionId, candidateId, ownerId, start),
                aQuestionAsked("q1", start.plusSeconds(1)),
                anAnswerSubmitted("q1", "I would walk the list once.", "submit-1", start.plusMillis(61_500)),
                anAnswerEvaluated("q1", 68.0, start.plusSeconds(62)),
                new DifficultyChanged(start.plusSeconds(62), Difficulty.MEDIUM, Difficulty.EASY, 45.5),
                aQuestionAsked("q2", start.plusSeconds(63)),
                new QuestionSkipped(start.plusSeconds(70), "q2", "skip-1"),
                new RoundAdvanced(start.plusSeconds(71), 0, 1),
                aSessionCompleted(71.25, start.plusSeconds(3600).plusNanos(1)));
    }

    private static List<AnswerSubmitted> answersWithKey(StoredSession stored, String key) {
        List<AnswerSubmitted> found = new ArrayList<>();
        for (SessionEvent e : stored.events()) {
            if (e instanceof AnswerSubmitted a && key.equals(a.idempotencyKey())) {
                found.add(a);
            }
        }
        return Collections.unmodifiableList(found);
    }
}
