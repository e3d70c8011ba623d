package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.ReportBuilder;
import io.interview4j.report.ReportRenderers;
import io.interview4j.session.Session;
import io.interview4j.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The snapshot path (the engine's session cache folding only new events) gives exactly the session that replaying
 * the whole event log gives: random interviews of every preset, compared at random points and at the end.
 */
class SnapshotReplayPropertyTest {

    private static final Instant REPORTED_AT = Instant.parse("2030-01-01T00:00:00Z");
    private static final List<String> ANSWERS = List.of(Answers.STRONG, Answers.SHORT_VAGUE, Answers.DONT_KNOW, "ok",
            "um.", Answers.STRONG + " " + Answers.SHORT_VAGUE);
    private static final int INTERVIEWS = 12;

    static List<String> presets() {
        return Presets.NAMES;
    }

    @ParameterizedTest
    @MethodSource("presets")
    void should_give_the_replayed_session_on_the_snapshot_path_when_random_interviews_seed012(String preset) {
        Random random = new Random(preset.hashCode() * 31L + 12);
        for (int n = 0; n < INTERVIEWS; n++) {
            // given: an engine with the session cache, on a store that counts what each load returns
            CountingStore store = new CountingStore();
            ManualClock clock = new ManualClock();
            InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();
            Caller caller = Caller.candidate("cand-" + n);
            InterviewPlan plan = Presets.create(preset, PresetOptions.defaults(), BuiltInQuestionBank.get());
            List<String> keys = new ArrayList<>();

            // when: a random mix of answers, skips and an early finish
            TurnResult r = engine.start(caller, plan);
            String id = r.sessionId();
            int finishAt = random.nextInt(4) == 0 ? random.nextInt(8) : -1;
            int turn = 0;
            while (!r.completed()) {
                clock.advance(Duration.ofSeconds(5 + random.nextInt(180)));
                if (turn == finishAt) {
                    engine.finish(caller, id);
                    break;
                }
                if (random.nextInt(6) == 0) {
                    r = engine.skip(caller, id, r.nextQuestion().id());
                } else {
                    String key = "k" + turn;
                    keys.add(key);
                    r = engine.submitAnswer(caller, new AnswerSubmission(id, r.nextQuestion().id(),
                            ANSWERS.get(random.nextInt(ANSWERS.size())), key, Duration.ofSeconds(20 + random.nextInt(100))));
                }
                turn++;
                assertThat(turn).as("turn cap").isLessThanOrEqualTo(plan.maxTurns() + 1);
                if (random.nextInt(3) == 0) {
                    assertSameAsReplay(engine, store, caller, id, keys);
                }
            }

            // then
            assertSameAsReplay(engine, store, caller, id, keys);
            assertThat(store.tailLoads).as("turns after the first fold onto the cached session").isGreaterThan(0);
        }
    }

    private static void assertSameAsReplay(InterviewEngine engine, CountingStore store, Caller caller, String id,
                                           List<String> keys) {
        Session snapshot = engine.session(caller, id);
        Session replayed = Session.replay(store.get(id).events());
        assertThat(canonical(snapshot, keys)).isEqualTo(canonical(replayed, keys));
    }

    /** Every part of a session's state, maps in key order, and its report. */
    static String canonical(Session s, List<String> keys) {
        List<String> parts = new ArrayList<>(List.of(s.id(), s.candidateId(), s.ownerId(),
                String.valueOf(s.organisationId()), String.valueOf(s.status()), String.valueOf(s.round()),
                String.valueOf(s.difficulty()), String.valueOf(s.difficultyTrajectory()), String.valueOf(s.version()),
                String.valueOf(s.turns()), String.valueOf(s.drawnQuestions()), String.valueOf(s.usage()),
                String.valueOf(s.startedAt()), String.valueOf(s.endedAt()), String.valueOf(s.endReason()),
                String.valueOf(s.completion()), String.valueOf(s.badges()), String.valueOf(s.overallScore()),
                String.valueOf(new TreeMap<>(s.questionScores())), String.valueOf(new TreeMap<>(s.recordedFeedback())),
                String.valueOf(s.recordedDebrief()), String.valueOf(s.coachEvents()), String.valueOf(s.lastEventAt()),
                String.valueOf(s.openTurn()), String.valueOf(s.unevaluatedTurn())));
        for (String key : keys) {
            parts.add(key + "=" + s.questionForKey(key));
        }
        parts.add(ReportRenderers.json(ReportBuilder.build(s, REPORTED_AT)));
        return String.join("\n", parts);
    }
}
