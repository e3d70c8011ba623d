package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import io.interview4j.Level;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.rules.CampusPlacementRules;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.CoachingRules.Stage;
import io.interview4j.rules.StructuredRules.InterviewType;
import io.interview4j.rules.TimedScreenRules;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.QuestionSkipped;
import io.interview4j.session.SessionEvent.RoundAdvanced;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeds' decision tables, asked of what the engine actually decides: each row replays a session's events for
 * a preset's plan and asks the turn policy which steps it allows next and which it takes.
 *
 * <p>A history is a list of closed questions: {@code m70} a main question scored 70, {@code f40} a follow-up of
 * the last main question scored 40, {@code r80} a question about the resume, a trailing {@code -} instead of a
 * score when the question was skipped, {@code xN} after a token to repeat it N times, and {@code |} a move to the
 * next round.
 */
class TurnPolicyTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Nested
    class CampusPlacement {

        @ParameterizedTest(name = "seed 000: {0} -> {1}, allowed {2}")
        @CsvSource(delimiter = ';', value = {
                "m80;                                 NEXT_QUESTION; NEXT_QUESTION",
                "m20;                                 NEXT_QUESTION; NEXT_QUESTION",
                "m80 m30;                             NEXT_ROUND;    NEXT_ROUND",
                "m80 m-;                              NEXT_ROUND;    NEXT_ROUND",
                "m80 m30 | m90;                       NEXT_QUESTION; NEXT_QUESTION",
                "m80 m30 | m90 m90;                   NEXT_ROUND;    NEXT_ROUND",
                "m80 m30 | m90 m90 | m50;             NEXT_QUESTION; NEXT_QUESTION",
                "m80 m30 | m90 m90 | m50 m60;         COMPLETE;      COMPLETE",
                "m- m- | m- m- | m- m-;               COMPLETE;      COMPLETE"
        })
        void should_move_to_the_next_round_after_two_questions_and_complete_after_the_last_round_seed000(
                String history, NextStep expected, String allowed) {
            // given
            InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());

            // when / then
            assertThat(plan.rounds()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.maxQuestions()).isEqualTo(CampusPlacementRules.QUESTIONS_PER_ROUND));
            assertDecision(plan, history, T0.plusSeconds(600), expected, allowed);
        }
    }

    @Nested
    class Structured {

        @ParameterizedTest(name = "seed 001 technical, mid: {0} -> {1}, allowed {2}")
        @CsvSource(delimiter = ';', value = {
                "m49;                                 FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m50;                                 NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "m90;                                 NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "m-;                                  NEXT_QUESTION; NEXT_QUESTION",
                "m40 f30;                             NEXT_QUESTION; NEXT_QUESTION",
                "m40 f-;                              NEXT_QUESTION; NEXT_QUESTION",
                "m70x5;                               NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "m70x6;                               NEXT_ROUND;    FOLLOW_UP NEXT_ROUND",
                "m70x5 m40;                           FOLLOW_UP;     FOLLOW_UP NEXT_ROUND",
                "m70x5 m40 f45;                       NEXT_ROUND;    NEXT_ROUND",
                "m70x6 | m70x4;                       NEXT_ROUND;    FOLLOW_UP NEXT_ROUND",
                "m70x6 | m70x4 | m70;                 NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "m70x6 | m70x4 | m70 m70;             COMPLETE;      FOLLOW_UP COMPLETE",
                "m70x6 | m70x4 | m70 m10;             FOLLOW_UP;     FOLLOW_UP COMPLETE",
                "m70x6 | m70x4 | m70 m10 f10;         COMPLETE;      COMPLETE"
        })
        void should_follow_up_an_answer_below_50_once_and_walk_the_buckets_in_order_seed001(
                String history, NextStep expected, String allowed) {
            // given: 12 questions for mid, split 6 core, 4 advanced, 2 practical
            InterviewPlan plan = Presets.structured(PresetOptions.defaults().withInterviewType(InterviewType.TECHNICAL)
                    .withLevel(Level.MID));

            // when / then
            assertDecision(plan, history, T0.plusSeconds(600), expected, allowed);
        }

        @ParameterizedTest(name = "seed 001: {0}, {1} -> a round per bucket, complete after {2} questions")
        @CsvSource({
                "HR,        JUNIOR, 10",
                "TECHNICAL, MID,    12",
                "CASE,      SENIOR, 15",
                "MIXED,     JUNIOR, 10",
                "MIXED,     SENIOR, 15"
        })
        void should_move_round_by_round_and_complete_after_the_level_s_question_count_seed001(
                InterviewType type, Level level, int questions) {
            // given
            InterviewPlan plan = Presets.structured(PresetOptions.defaults().withInterviewType(type).withLevel(level));
            List<NextStep> atRoundEnds = new ArrayList<>();
            StringBuilder history = new StringBuilder();

            // when: every question of every round answered at 70, no follow-up wanted
            for (int r = 0; r < plan.rounds().size(); r++) {
                history.append(r == 0 ? "" : " | ").append("m70x").append(plan.rounds().get(r).maxQuestions());
                atRoundEnds.add(decide(plan, history.toString(), T0.plusSeconds(600)));
            }

            // then
            assertThat(plan.maxMainQuestions()).isEqualTo(questions);
            assertThat(atRoundEnds.subList(0, atRoundEnds.size() - 1)).containsOnly(NextStep.NEXT_ROUND);
            assertThat(atRoundEnds.get(atRoundEnds.size() - 1)).isEqualTo(NextStep.COMPLETE);
        }
    }

    @Nested
    class TimedScreen {

        @ParameterizedTest(name = "seed 002: resume {0}, {1} at minute {2} -> {3}, allowed {4}")
        @CsvSource(delimiter = ';', value = {
                // one follow-up per preset, for an answer below 60
                "no;  m40;               1;  FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "no;  m59;               1;  FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "no;  m60;               1;  NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "no;  m40 f30;           2;  NEXT_QUESTION; NEXT_QUESTION",
                "no;  m40 f30 m20;       3;  FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                // one resume question, once a preset was asked; its weak answer may be followed up
                "yes; m80;               1;  RESUME;        FOLLOW_UP NEXT_QUESTION RESUME",
                "yes; m40;               1;  FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION RESUME",
                "yes; m40 f50;           2;  RESUME;        NEXT_QUESTION RESUME",
                "yes; m80 r70;           2;  NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "yes; m80 r40;           2;  FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                // complete when every preset was asked ...
                "no;  m80 m80;           4;  NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "no;  m80 m80 m80;       5;  COMPLETE;      FOLLOW_UP COMPLETE",
                "no;  m80 m80 m40;       5;  FOLLOW_UP;     FOLLOW_UP COMPLETE",
                "no;  m80 m80 m40 f40;   6;  COMPLETE;      COMPLETE",
                "yes; m80 r80 m80 m80;   6;  COMPLETE;      FOLLOW_UP COMPLETE",
                // ... or when time is up, and not before
                "no;  m80 m80;           9;  NEXT_QUESTION; FOLLOW_UP NEXT_QUESTION",
                "no;  m80 m80;          10;  COMPLETE;      COMPLETE",
                "no;  m40;              11;  COMPLETE;      COMPLETE",
                "yes; m80;              10;  COMPLETE;      COMPLETE"
        })
        void should_follow_up_once_per_preset_and_complete_when_presets_are_done_or_time_is_up_seed002(
                String resume, String history, int minute, NextStep expected, String allowed) {
            // given: three presets, ten minutes
            PresetOptions options = PresetOptions.defaults()
                    .withResumeText(resume.equals("yes") ? "Built payment APIs in Java and PostgreSQL." : "");
            InterviewPlan plan = Presets.timedScreen(options, BuiltInQuestionBank.get());

            // when / then
            assertThat(plan.rounds().get(0).followUps().maxPerQuestion())
                    .isEqualTo(TimedScreenRules.MAX_FOLLOW_UPS_PER_PRESET);
            assertThat(plan.totalTimeLimit()).isEqualTo(Duration.ofMinutes(10));
            assertDecision(plan, history, T0.plus(Duration.ofMinutes(minute)), expected, allowed);
        }
    }

    @Nested
    class Coaching {

        @ParameterizedTest(name = "seed 003: {0} -> {1}, allowed {2}")
        @CsvSource(delimiter = ';', value = {
                // responses 1 to 3 continue on the question, whatever the score; the fourth ends it
                "m70;                                 FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m10;                                 FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m70 f60;                             FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m70 f60 f50;                         FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m70 f60 f50 f80;                     NEXT_QUESTION; NEXT_QUESTION",
                // a skipped response ends the question
                "m-;                                  NEXT_QUESTION; NEXT_QUESTION",
                "m70 f-;                              NEXT_QUESTION; NEXT_QUESTION",
                // five questions at most
                "m70 f70x3 m70 f70x3 m70 f70x3 m70 f70x3 m70;      FOLLOW_UP; FOLLOW_UP COMPLETE",
                "m70 f70x3 m70 f70x3 m70 f70x3 m70 f70x3 m70 f70x3; COMPLETE;  COMPLETE",
                "m-x5;                                COMPLETE;      COMPLETE"
        })
        void should_continue_after_responses_1_to_3_stop_after_4_and_ask_five_questions_seed003(
                String history, NextStep expected, String allowed) {
            // given
            InterviewPlan plan = Presets.coaching(PresetOptions.defaults());

            // when / then
            assertThat(plan.rounds().get(0).followUps().maxPerQuestion()).isEqualTo(CoachingRules.MAX_RESPONSES - 1);
            assertThat(plan.maxMainQuestions()).isEqualTo(CoachingRules.MAX_QUESTIONS);
            assertDecision(plan, history, T0.plusSeconds(600), expected, allowed);
        }

        @ParameterizedTest(name = "seed 003: {0} question {1} tests {2}")
        @CsvSource({
                "RECRUITER_SCREEN, 1, communication",
                "RECRUITER_SCREEN, 2, motivation",
                "RECRUITER_SCREEN, 3, culture_fit",
                "RECRUITER_SCREEN, 4, technical_basics",
                "RECRUITER_SCREEN, 5, availability",
                "HIRING_MANAGER,   1, leadership",
                "HIRING_MANAGER,   2, problem_solving",
                "HIRING_MANAGER,   3, ambiguity_tolerance",
                "HIRING_MANAGER,   4, stakeholder_management",
                "HIRING_MANAGER,   5, technical_depth"
        })
        void should_rotate_competencies_by_stage_and_question_number_seed003(Stage stage, int questionNumber,
                                                                             String expected) {
            // given: the earlier questions answered, each with its three follow-ups
            InterviewPlan plan = Presets.coaching(PresetOptions.defaults().withStage(stage));
            String history = questionNumber == 1 ? "" : ("m70 f70x3 ".repeat(questionNumber - 1)).trim();
            Session session = replay(plan, history);

            // when
            Optional<Question> next = new QuestionPicker(BuiltInQuestionBank.get())
                    .main(session, 0, Difficulty.MEDIUM, "q-next");

            // then
            assertThat(next).get().extracting(Question::competency, Question::number)
                    .containsExactly(expected, questionNumber);
            assertThat(CoachingRules.competencies(stage)).element(questionNumber - 1).isEqualTo(expected);
        }
    }

    @Nested
    class TopicDrill {

        @ParameterizedTest(name = "seed 004: {0} -> {1}, allowed {2}")
        @CsvSource(delimiter = ';', value = {
                "m90;                                 FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m10;                                 FOLLOW_UP;     FOLLOW_UP NEXT_QUESTION",
                "m90 f80;                             NEXT_QUESTION; NEXT_QUESTION",
                "m-;                                  NEXT_QUESTION; NEXT_QUESTION",
                "m90 f80 m90 f80 m90 f80 m90 f80 m50; FOLLOW_UP;     FOLLOW_UP COMPLETE",
                "m90 f80 m90 f80 m90 f80 m90 f80 m50 f40; COMPLETE;  COMPLETE"
        })
        void should_follow_up_every_answer_once_and_complete_after_five_questions_seed004(
                String history, NextStep expected, String allowed) {
            // given
            InterviewPlan plan = Presets.topicDrill(PresetOptions.defaults());

            // when / then
            assertDecision(plan, history, T0.plusSeconds(600), expected, allowed);
        }
    }

    private static void assertDecision(InterviewPlan plan, String history, Instant now, NextStep expected,
                                       String allowed) {
        Session session = replay(plan, history);
        TurnPolicy.State state = TurnPolicy.state(session, now);
        EnumSet<NextStep> steps = TurnPolicy.allowed(state);
        NextStep chosen = TurnPolicy.choose(state, steps, lastEvaluation(session));
        assertThat(steps).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(allowed.trim().split("\\s+")).map(NextStep::valueOf).toList());
        assertThat(chosen).isEqualTo(expected);
    }

    private static NextStep decide(InterviewPlan plan, String history, Instant now) {
        Session session = replay(plan, history);
        TurnPolicy.State state = TurnPolicy.state(session, now);
        return TurnPolicy.choose(state, TurnPolicy.allowed(state), lastEvaluation(session));
    }

    private static Optional<Evaluation> lastEvaluation(Session session) {
        Turn last = session.turns().get(session.turns().size() - 1);
        return Optional.ofNullable(last.evaluation());
    }

    /** The session the engine would have recorded for {@code history}, one second per event. */
    static Session replay(InterviewPlan plan, String history) {
        List<SessionEvent> events = new ArrayList<>();
        Instant[] at = {T0};
        events.add(new SessionStarted(T0, "s1", "c1", "c1", null, plan, List.of(), null, List.of()));
        int round = 0;
        int mains = 0;
        int resumes = 0;
        Question root = null;
        int followUps = 0;
        for (String token : tokens(history)) {
            if (token.equals("|")) {
                events.add(new RoundAdvanced(tick(at), round, round + 1));
                round++;
                continue;
            }
            char kind = token.charAt(0);
            String id = "q" + (events.size());
            Question q;
            if (kind == 'm') {
                q = question(id, QuestionType.MAIN, round, ++mains, 0, null, "technical");
                root = q;
                followUps = 0;
            } else if (kind == 'r') {
                q = question(id, QuestionType.RESUME, round, ++resumes, 0, null, "resume");
                root = q;
                followUps = 0;
            } else if (kind == 'f') {
                q = question(id, QuestionType.FOLLOW_UP, round, root.number(), ++followUps, root.id(), root.kind());
            } else {
                throw new IllegalArgumentException("unknown token " + token);
            }
            events.add(new QuestionAsked(tick(at), q));
            String score = token.substring(1);
            if (score.equals("-")) {
                events.add(new QuestionSkipped(tick(at), id, null));
            } else {
                events.add(new AnswerSubmitted(tick(at), id, "an answer", null, 30));
                events.add(new AnswerEvaluated(tick(at), id, scored(Double.parseDouble(score)), ""));
            }
        }
        return Session.replay(events);
    }

    private static List<String> tokens(String history) {
        List<String> out = new ArrayList<>();
        for (String token : history.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int x = token.indexOf('x');
            int times = x < 0 ? 1 : Integer.parseInt(token.substring(x + 1));
            for (int i = 0; i < times; i++) {
                out.add(x < 0 ? token : token.substring(0, x));
            }
        }
        return out;
    }

    private static Instant tick(Instant[] at) {
        at[0] = at[0].plusSeconds(1);
        return at[0];
    }

    private static Question question(String id, QuestionType type, int round, int number, int followUpNumber,
                                     String parentId, String kind) {
        return new Question(id, type, "Question " + id, round, number, followUpNumber, parentId, null, kind, kind,
                "", List.of(), Difficulty.MEDIUM, List.of(), "", 120);
    }

    private static Evaluation scored(double score) {
        return new Evaluation("five-dimension", Provenance.HEURISTIC, null, score / 20, score, null, null, null, null,
                "", null, null, null, null, null, null, null);
    }
}
