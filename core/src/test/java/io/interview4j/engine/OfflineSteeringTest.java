package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.Difficulty;
import io.interview4j.Level;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Offline, the job description's, the resume's and the focus topics' skills rank bank questions: most main questions
 * are about them when the bank has them. Written to hold on the built-in bank as it is and as it grows.
 */
class OfflineSteeringTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final Caller ana = Caller.candidate("ana");

    /** Kafka and Go questions for every category and difficulty, added to a copy of the built-in bank. */
    static List<BankQuestion> kafkaAndGo() {
        List<BankQuestion> out = new ArrayList<>();
        int n = 0;
        for (String category : List.of("core", "advanced", "practical")) {
            for (Difficulty d : Difficulty.values()) {
                for (String skill : List.of("kafka", "go")) {
                    n++;
                    out.add(new BankQuestion("steer-" + n, "technical", category, null, List.of(skill), List.of(), d,
                            List.of(), List.of(), "Question " + n + " about " + skill + " (" + category + ", " + d.label()
                            + "): what would you look at first?", List.of("names the mechanism"), null, List.of(), 120));
                }
            }
        }
        return out;
    }

    private List<Question> mains(QuestionBank bank, InterviewPlan plan) {
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(new ManualClock()).questionBank(bank).build();
        TurnResult r = engine.start(ana, plan);
        while (!r.completed()) {
            r = engine.skip(ana, r.sessionId(), r.nextQuestion().id());
        }
        Session s = engine.session(ana, r.sessionId());
        return s.turns().stream().map(Turn::question).filter(q -> q.type() == QuestionType.MAIN).toList();
    }

    private static long about(List<Question> mains, Set<String> skills) {
        return mains.stream().filter(q -> q.skills().stream().anyMatch(skills::contains)).count();
    }

    @Test
    void should_ask_mostly_about_the_job_descriptions_skills_from_the_built_in_bank() {
        // given: skills the built-in bank already has
        InterviewPlan plan = Presets.structured(PresetOptions.defaults().withLevel(Level.MID)
                .withJobDescription("Platform engineer. You will run our services on Kubernetes and package them with"
                        + " Docker; Kubernetes operators are a plus."));

        // when
        List<Question> mains = mains(BuiltInQuestionBank.get(), plan);

        // then
        assertThat(mains).hasSize(12);
        assertThat(about(mains, Set.of("kubernetes", "docker"))).isGreaterThan(mains.size() / 2);
        assertThat(mains.stream().filter(q -> !q.pick().matchedSkills().isEmpty()).toList())
                .allSatisfy(q -> assertThat(q.pick().wantedSkills()).contains("kubernetes", "docker"));
    }

    @Test
    void should_ask_mostly_about_kubernetes_kafka_and_go_when_the_bank_has_them() {
        // given
        List<BankQuestion> all = new ArrayList<>(BuiltInQuestionBank.get().all());
        all.addAll(kafkaAndGo());
        InterviewPlan plan = Presets.structured(PresetOptions.defaults().withLevel(Level.SENIOR)
                .withJobDescription("We are hiring a backend engineer to build event-driven services in Go. Our stack:"
                        + " Kubernetes, Kafka and Go. Experience operating Kafka clusters on Kubernetes is a plus."));

        // when
        List<Question> mains = mains(new InMemoryQuestionBank(all), plan);

        // then
        assertThat(mains).hasSize(15);
        assertThat(about(mains, Set.of("kubernetes", "kafka", "go", "golang", "messaging"))).isGreaterThan(mains.size() / 2);
        assertThat(mains.get(0).pick().wantedSkills()).contains("kubernetes", "messaging", "go");
    }

    @Test
    void should_ask_about_the_topic_of_a_topic_drill() {
        // given
        List<BankQuestion> all = new ArrayList<>(BuiltInQuestionBank.get().all());
        all.addAll(kafkaAndGo());
        InterviewPlan plan = Presets.topicDrill(PresetOptions.defaults().withFocusTopics(List.of("kafka")));

        // when
        List<Question> mains = mains(new InMemoryQuestionBank(all), plan);

        // then
        assertThat(mains).hasSize(5).allSatisfy(q -> {
            assertThat(q.skills()).contains("kafka");
            assertThat(q.pick().matchedSkills()).containsExactly("kafka");
        });
    }

    @Test
    void should_steer_by_the_resumes_skills_too() {
        // given: no job description; the resume names Docker
        InterviewPlan plan = Presets.structured(PresetOptions.defaults().withLevel(Level.MID)
                .withResumeText("Backend developer, 5 years. Built and shipped services with Docker and Kubernetes."));

        // when
        List<Question> mains = mains(BuiltInQuestionBank.get(), plan);

        // then
        assertThat(about(mains, Set.of("kubernetes", "docker"))).isGreaterThan(mains.size() / 2);
    }
}
