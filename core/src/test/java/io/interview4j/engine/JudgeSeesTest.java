package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.llm.ChatRequest;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.Rubrics;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the judge sees: the documents, the key points, seed 002's decision facts, score ranges, a prompt version. */
class JudgeSeesTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("ada");

    @Test
    void should_state_each_scores_range_from_the_rubrics_scale_in_the_schema() {
        for (var rubric : List.of(Rubrics.FIVE_DIMENSION, Rubrics.COACHING, Rubrics.TOPIC_DRILL, Rubrics.SCREENING)) {
            Replies.Routed model = new Replies.Routed().otherwise("answer_evaluation", r -> Replies.judgement(r, 0.6, List.of()));
            InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                    .questionWriter(null).build();
            InterviewPlan plan = QuestionWriterTest.technical(1).toBuilder().rubric(rubric).build();
            TurnResult first = engine.start(candidate, plan);
            TurnResult r = engine.submitAnswer(candidate,
                    AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), Answers.STRONG));

            JsonNode dims = model.requests("answer_evaluation").get(0).schema().orElseThrow()
                    .path("properties").path("dimensions").path("properties");
            dims.fields().forEachRemaining(d -> {
                JsonNode score = d.getValue().path("properties").path("score");
                assertThat(score.path("minimum").asDouble()).as(rubric.name()).isEqualTo(rubric.scale().min());
                assertThat(score.path("maximum").asDouble()).as(rubric.name()).isEqualTo(rubric.scale().max());
            });
            assertThat(r.evaluation().promptVersion()).isEqualTo(JudgePrompt.PROMPT_VERSION);
        }
    }

    @Test
    void should_show_the_judge_the_job_description_the_resume_the_key_points_and_seed_002s_decision_facts() {
        // given a timed screen with a resume and a long job description
        String jd = "We need a payments engineer fluent in Kafka and Go. " + "You will own reliability. ".repeat(200);
        InterviewPlan plan = Presets.timedScreen(PresetOptions.defaults().withJobDescription(jd)
                .withResumeText("Ada: five years building Kafka pipelines in Go at a bank.")
                .withTimeLimit(Duration.ofMinutes(20)), BuiltInQuestionBank.get());
        Replies.Routed model = new Replies.Routed().otherwise("answer_evaluation", r -> Replies.judgement(r, 0.6, List.of()));
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model).build();
        TurnResult first = engine.start(candidate, plan);
        clock.advance(Duration.ofSeconds(90));

        // when
        TurnResult turn = engine.submitAnswer(candidate,
                AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), Answers.STRONG));

        // then the next question takes the model's suggested answer time (150 s, well within the time left)
        assertThat(turn.nextQuestion().suggestedSeconds()).isEqualTo(150);
        ChatRequest judged = model.requests("answer_evaluation").get(0);
        String user = judged.messages().get(1).content();
        assertThat(user).contains("name=\"job_description\">>\nWe need a payments engineer fluent in Kafka and Go.")
                .contains("[shortened from " + jd.strip().length() + " characters; skills named: ")
                .contains("name=\"resume\">>\nAda: five years building Kafka pipelines in Go at a bank.")
                .contains("Preset questions answered: 1 of 3")
                .contains("Follow-ups asked on the current question: 0 of 1 allowed")
                .contains("Resume questions asked: 0 of 1 allowed")
                .contains("Time: elapsed 90s")
                .contains("Answer to Q1: In my last role the checkout service");
        assertThat(user.length()).as("the long description is bounded").isLessThan(jd.length());
        if (!first.nextQuestion().keyPoints().isEmpty()) {
            assertThat(user).contains(first.nextQuestion().keyPoints().get(0));
        }
        assertThat(engine.report(candidate, first.sessionId()).questions().get(0).promptVersion()).isEqualTo("judge/2");
    }

    @Test
    void should_have_the_judge_write_feedback_and_follow_ups_in_the_interviews_language() {
        // given
        Replies.Routed model = new Replies.Routed().otherwise("answer_evaluation", r -> Replies.judgement(r, 0.6,
                List.of("Wie würden Sie einen doppelten Zahlungseingang erkennen?")));
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .questionWriter(null).build();
        InterviewPlan plan = QuestionWriterTest.technical(1).toBuilder().language("de")
                .rounds(List.of(QuestionWriterTest.followedUp(QuestionWriterTest.technical(1).rounds().get(0)))).build();
        TurnResult first = engine.start(candidate, plan);

        // when
        TurnResult r = engine.submitAnswer(candidate,
                AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(), Answers.STRONG));

        // then
        assertThat(model.requests("answer_evaluation").get(0).messages().get(0).content())
                .contains("The interview is held in de (German)").contains("follow-up questions");
        assertThat(r.nextQuestion().text()).isEqualTo("Wie würden Sie einen doppelten Zahlungseingang erkennen?");
    }
}
