package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.interview4j.AccessDeniedException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.store.InMemorySessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with a session, caller kind by operation: the owner everything; a reviewer of the session's
 * organisation (even one whose account id is the candidate's) reads and nothing more; everyone else is told the
 * session does not exist, in exactly the words an unknown id gets, and nothing is stored for a refused call.
 */
class AccessTableTest {

    /** What a call is expected to do. */
    enum Outcome { ALLOWED, DENIED, HIDDEN }

    private static final String UNKNOWN = "no-such-session";

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(new ManualClock()).build();
    private final Caller owner = Caller.candidate("alice", "acme");
    private final InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());

    private static final Map<String, Caller> CALLERS = Map.of(
            "owner", Caller.candidate("alice", "acme"),
            "owner outside the organisation", Caller.candidate("alice"),
            "another candidate", Caller.candidate("mallory"),
            "a colleague in the organisation", Caller.candidate("bob", "acme"),
            "reviewer of the organisation", Caller.reviewer("rita", "acme"),
            "reviewer of another organisation", Caller.reviewer("oscar", "globex"),
            "reviewer with the owner's account id", Caller.reviewer("alice", "acme"),
            "reviewer with the owner's account id elsewhere", Caller.reviewer("alice", "globex"));

    private static final Map<String, BiConsumer<InterviewEngine, Call>> OPERATIONS = Map.of(
            "session", (e, c) -> e.session(c.caller(), c.sessionId()),
            "report", (e, c) -> e.report(c.caller(), c.sessionId()),
            "currentQuestion", (e, c) -> e.currentQuestion(c.caller(), c.sessionId()),
            "recover", (e, c) -> e.recover(c.caller(), c.sessionId()),
            "submitAnswer", (e, c) -> e.submitAnswer(c.caller(), new AnswerSubmission(c.sessionId(), c.questionId(),
                    Answers.STRONG, "access-key", null)),
            "skip", (e, c) -> e.skip(c.caller(), c.sessionId(), c.questionId()),
            "finish", (e, c) -> e.finish(c.caller(), c.sessionId()),
            "abandon", (e, c) -> e.abandon(c.caller(), c.sessionId(), "test"));

    private static final List<String> READS = List.of("session", "report");

    private record Call(Caller caller, String sessionId, String questionId) {
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String who : CALLERS.keySet()) {
            for (String op : OPERATIONS.keySet()) {
                Outcome expected;
                if (who.startsWith("owner")) {
                    expected = Outcome.ALLOWED;
                } else if (who.equals("reviewer of the organisation") || who.equals("reviewer with the owner's account id")) {
                    expected = READS.contains(op) ? Outcome.ALLOWED : Outcome.DENIED;
                } else {
                    expected = Outcome.HIDDEN;
                }
                rows.add(Arguments.of(who, op, expected));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("table")
    void should_allow_deny_or_hide_by_account_and_role(String who, String op, Outcome expected) {
        // given a session of alice in acme, its first question open
        TurnResult first = engine.start(owner, plan);
        String id = first.sessionId();
        long version = store.get(id).version();
        Throwable unknown = catchThrowable(() -> OPERATIONS.get(op).accept(engine,
                new Call(owner, UNKNOWN, first.nextQuestion().id())));

        // when
        Throwable thrown = catchThrowable(() -> OPERATIONS.get(op).accept(engine,
                new Call(CALLERS.get(who), id, first.nextQuestion().id())));

        // then
        switch (expected) {
            case ALLOWED -> assertThat(thrown).isNull();
            case DENIED -> {
                assertThat(thrown).isExactlyInstanceOf(AccessDeniedException.class).hasMessageContaining("only its owner");
                assertThat(store.get(id).version()).as("nothing stored").isEqualTo(version);
            }
            case HIDDEN -> {
                assertThat(unknown).isExactlyInstanceOf(SessionNotFoundException.class);
                assertThat(thrown).isExactlyInstanceOf(SessionNotFoundException.class).hasNoCause()
                        .hasMessage(unknown.getMessage().replace(UNKNOWN, id));
                assertThat(((SessionNotFoundException) thrown).sessionId()).isEqualTo(id);
                assertThat(store.get(id).version()).as("nothing stored").isEqualTo(version);
            }
        }
    }
}
