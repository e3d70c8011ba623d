package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.plan.FollowUpPolicy;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionSource;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import io.interview4j.text.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every follow-up comes from the judge when a model judges; offline ones never give the expected answer away. */
class FollowUpSourceTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("ada");

    private static InterviewPlan followedUpThreeTimes() {
        return InterviewPlan.builder().round(RoundPlan.of("Technical", "technical", 1)
                .withFollowUps(FollowUpPolicy.always(3))).build();
    }

    @Test
    void should_ask_the_judges_best_follow_up_that_is_not_a_repeat_for_every_follow_up_and_say_so() {
        // given a judge that suggests, each time, the follow-up it already suggested first, then a new one
        String f1 = "How would you detect that a payment was processed twice?";
        String f2 = "What happens to in-flight messages when a consumer crashes mid-batch?";
        String f3 = "How would you replay a day of payments after fixing a bug?";
        Replies.Routed model = new Replies.Routed()
                .then("answer_evaluation", r -> Replies.judgement(r, 0.6, List.of(f1, f2)))
                .then("answer_evaluation", r -> Replies.judgement(r, 0.6, List.of(f1, f2, f3)))
                .then("answer_evaluation", r -> Replies.judgement(r, 0.6, List.of(f2, f3)))
                .otherwise("answer_evaluation", r -> Replies.judgement(r, 0.6, List.of()));
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .questionWriter(null).build();
        TurnResult r = engine.start(candidate, followedUpThreeTimes());

        // when
        List<Question> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            r = engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.STRONG));
            asked.add(r.nextQuestion());
        }

        // then
        assertThat(asked).extracting(Question::text).containsExactly(f1, f2, f3);
        assertThat(asked).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.FOLLOW_UP);
            assertThat(q.source()).isEqualTo(QuestionSource.MODEL);
            assertThat(q.promptVersion()).isEqualTo(JudgePrompt.PROMPT_VERSION);
        });
        Session s = engine.session(candidate, r.sessionId());
        assertThat(s.turns().get(1).decision()).contains("the judge's follow-up 2 of 3")
                .contains("1 earlier candidate(s) refused");
        assertThat(s.turns().get(2).decision()).contains("the judge's follow-up 2 of 2").contains("refused");
        assertThat(engine.report(candidate, r.sessionId()).questions().get(1).promptVersion())
                .as("a model follow-up scored by the model").isEqualTo("judge/2 judge/2");
    }

    @Test
    void should_never_name_a_missed_key_points_content_in_an_offline_follow_up() {
        // given one bank question with key points and no follow-ups of its own, answered vaguely four times
        BankQuestion q = new BankQuestion("t-1", "technical", "core", null, List.of("python"), List.of(), Difficulty.EASY,
                List.of(), List.of(), "In Python, what is the difference between a list and a tuple?",
                List.of("list is mutable, tuple is immutable",
                        "tuple of hashable elements is hashable, so usable as dict key or set member",
                        "tuples have slightly lower memory and creation overhead"), null, List.of(), 90);
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock)
                .questionBank(new InMemoryQuestionBank(List.of(q))).build();
        TurnResult r = engine.start(candidate, followedUpThreeTimes());

        // when
        for (int i = 0; i < 3; i++) {
            r = engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(),
                    "I have used both of them in my scripts and they work fine for most things I need to do."));
        }

        // then
        Session s = engine.session(candidate, r.sessionId());
        Set<String> questionStems = new HashSet<>(Texts.contentStems(q.text()));
        Set<String> secret = new HashSet<>();
        q.keyPoints().forEach(p -> secret.addAll(Texts.contentStems(p)));
        secret.removeAll(questionStems);
        List<Turn> followUps = s.turns().stream().filter(t -> t.question().type() == QuestionType.FOLLOW_UP).toList();
        assertThat(followUps).hasSize(3);
        assertThat(followUps).allSatisfy(t -> {
            assertThat(t.question().source()).isIn(QuestionSource.RULE);
            assertThat(Texts.contentStems(t.question().text())).as(t.question().text()).doesNotContainAnyElementsOf(secret);
            assertThat(t.question().text()).doesNotContain("did not touch");
        });
        assertThat(followUps).extracting(t -> t.question().text()).doesNotHaveDuplicates();
    }
}
