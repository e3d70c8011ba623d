package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.Difficulty;
import io.interview4j.Level;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.CompositeQuestionBank;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.report.ReportRenderers;
import io.interview4j.session.PickReason;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host's own questions count: with a composite bank the picker takes the host's question nearest the wanted
 * difficulty before the built-in bank's, says why in the report, and falls back only when the host has nothing for
 * the round.
 */
class HostBankPickTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller ana = Caller.candidate("ana");

    /** Acme's questions: all medium, two core, one advanced, one practical. */
    static QuestionBank acme() {
        return new InMemoryQuestionBank(List.of(
                question("acme-core-1", "core", List.of("kafka"), "How does a Kafka consumer group share a topic's partitions?"),
                question("acme-core-2", "core", List.of("postgresql"), "When does PostgreSQL choose an index scan over a sequential scan?"),
                question("acme-adv-1", "advanced", List.of("kafka"), "How would you get exactly-once processing from Kafka to PostgreSQL?"),
                question("acme-prac-1", "practical", List.of("postgresql"), "A PostgreSQL query got ten times slower overnight. What do you check?")));
    }

    static BankQuestion question(String id, String category, List<String> skills, String text) {
        return new BankQuestion(id, "technical", category, null, skills, List.of(), Difficulty.MEDIUM, List.of(),
                List.of("acme"), text, List.of("names the mechanism", "gives a trade-off"), null, List.of(), 120);
    }

    private Session skipThrough(QuestionBank bank, InterviewPlan plan) {
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).questionBank(bank).build();
        TurnResult r = engine.start(ana, plan);
        while (!r.completed()) {
            r = engine.skip(ana, r.sessionId(), r.nextQuestion().id());
        }
        return engine.session(ana, r.sessionId());
    }

    private static InterviewPlan seniorTechnical() {
        return Presets.structured(PresetOptions.defaults().withLevel(Level.SENIOR).withCompany("Acme"));
    }

    private static List<Question> mains(Session s) {
        return s.turns().stream().map(Turn::question).filter(q -> q.type() == QuestionType.MAIN).toList();
    }

    @Test
    void should_ask_the_hosts_medium_questions_in_a_senior_structured_interview_and_say_why() throws Exception {
        // given: a senior structured interview starts at hard; every one of Acme's questions is medium
        CompositeQuestionBank bank = CompositeQuestionBank.withBuiltInFallback(acme());

        // when
        Session s = skipThrough(bank, seniorTechnical());

        // then: each round asks Acme's questions first, at the nearest difficulty, then the built-in bank's
        List<Question> mains = mains(s);
        assertThat(mains).hasSize(15);
        List<Question> core = mains.stream().filter(q -> q.round() == 0).toList();
        assertThat(core.subList(0, 2)).extracting(Question::bankId)
                .containsExactlyInAnyOrder("acme-core-1", "acme-core-2");
        assertThat(core.subList(2, core.size())).allSatisfy(q -> {
            assertThat(q.pick().bank()).isEqualTo(CompositeQuestionBank.BUILT_IN);
            assertThat(BuiltInQuestionBank.get().findById(q.bankId())).isPresent();
        });
        assertThat(mains.stream().filter(q -> q.round() == 1).findFirst().orElseThrow().bankId()).isEqualTo("acme-adv-1");
        assertThat(mains.stream().filter(q -> q.round() == 2).findFirst().orElseThrow().bankId()).isEqualTo("acme-prac-1");
        PickReason why = core.get(0).pick();
        assertThat(why.basis()).isEqualTo(PickReason.Basis.RANKED);
        assertThat(why.bank()).isEqualTo("host-1");
        assertThat(why.wantedKind()).isEqualTo("technical");
        assertThat(why.wantedCategories()).containsExactly("core");
        assertThat(why.wantedDifficulty()).isEqualTo(Difficulty.HARD);
        assertThat(why.difficultyMatched()).isFalse();
        assertThat(why.summary()).contains("host-1", "hard", "medium (the nearest it had)");

        // and the report's JSON carries the reason on every main question
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).questionBank(bank).build();
        JsonNode questions = new ObjectMapper().readTree(ReportRenderers.json(engine.report(ana, s.id()))).get("questions");
        assertThat(questions).hasSize(15);
        JsonNode first = questions.get(0).get("pick");
        assertThat(first.get("bank").asText()).isEqualTo("host-1");
        assertThat(first.get("wantedDifficulty").asText()).isEqualTo("hard");
        assertThat(first.get("difficultyMatched").asBoolean()).isFalse();
        assertThat(first.get("summary").asText()).contains("nearest");
    }

    @Test
    void should_fall_back_to_the_built_in_bank_only_for_rounds_the_host_has_nothing_for() {
        // given: Acme has technical questions only; a mixed interview also asks hr, behavioral and case questions
        CompositeQuestionBank bank = CompositeQuestionBank.withBuiltInFallback(acme());
        InterviewPlan mixed = Presets.structured(PresetOptions.defaults().withLevel(Level.SENIOR)
                .withInterviewType(io.interview4j.rules.StructuredRules.InterviewType.MIXED));

        // when
        Session s = skipThrough(bank, mixed);

        // then: each technical round asks Acme's questions of its category first; every other kind is built-in
        List<Question> mains = mains(s);
        for (int r = 0; r < mixed.rounds().size(); r++) {
            var round = mixed.rounds().get(r);
            int index = r;
            List<Question> asked = mains.stream().filter(q -> q.round() == index).toList();
            if (round.kind().equals("technical")) {
                long acmeHas = acme().all().stream().filter(q -> round.categories().contains(q.category())).count();
                int fromAcme = (int) Math.min(acmeHas, asked.size());
                assertThat(asked.subList(0, fromAcme)).as(round.name())
                        .allSatisfy(q -> assertThat(q.pick().bank()).isEqualTo("host-1"));
                assertThat(asked.subList(fromAcme, asked.size())).as(round.name())
                        .allSatisfy(q -> assertThat(q.pick().bank()).isEqualTo(CompositeQuestionBank.BUILT_IN));
            } else {
                assertThat(asked).as(round.name()).isNotEmpty()
                        .allSatisfy(q -> assertThat(q.pick().bank()).isEqualTo(CompositeQuestionBank.BUILT_IN));
            }
        }
    }

    @Test
    void should_ask_only_the_hosts_questions_when_the_host_turns_the_fallback_off() {
        // given
        CompositeQuestionBank bank = CompositeQuestionBank.hostOnly(acme());

        // when
        Session s = skipThrough(bank, seniorTechnical());

        // then: the four questions, each in its own round's category where it can be, and nothing else
        assertThat(mains(s)).extracting(Question::bankId)
                .containsExactlyInAnyOrder("acme-core-1", "acme-core-2", "acme-adv-1", "acme-prac-1");
        assertThat(mains(s)).allSatisfy(q -> assertThat(q.pick().bank()).isEqualTo("host-1"));
        assertThat(s.endReason()).isEqualTo("bank_exhausted");
    }

    @Test
    void should_take_the_exact_difficulty_when_the_host_has_it_and_the_nearest_otherwise() {
        // given: Acme adds one hard core question
        List<BankQuestion> withHard = new java.util.ArrayList<>(acme().all());
        withHard.add(new BankQuestion("acme-core-hard", "technical", "core", null, List.of("kafka"), List.of(),
                Difficulty.HARD, List.of(), List.of(), "How does Kafka's log compaction decide what to keep?",
                List.of("keeps the latest value per key"), null, List.of(), 120));
        CompositeQuestionBank bank = CompositeQuestionBank.withBuiltInFallback(new InMemoryQuestionBank(withHard));

        // when
        Session s = skipThrough(bank, seniorTechnical());

        // then: the hard one first, then the medium ones
        List<Question> core = mains(s).stream().filter(q -> q.round() == 0).toList();
        assertThat(core.get(0).bankId()).isEqualTo("acme-core-hard");
        assertThat(core.get(0).pick().difficultyMatched()).isTrue();
        assertThat(core.subList(1, 3)).extracting(Question::bankId)
                .containsExactlyInAnyOrder("acme-core-1", "acme-core-2");
    }
}
