package io.interview4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.InterviewListener;
import io.interview4j.engine.TurnResult;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.cost.PriceTable;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.Dimension;
import io.interview4j.scoring.Rubric;
import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.BankQuestion;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configuration under every condition: no DataSource, a DataSource, a host's own beans, each provider from
 * properties and from environment variables, and bad property values failing the start with the property named.
 * The system environment is removed from every context, so a key on the machine changes nothing here; provider
 * variables are given as properties of the same names, which the starter reads the same way.
 */
class Interview4jAutoConfigurationTest {

    @TempDir
    Path dir;

    private final Caller ana = Caller.candidate("ana", "acme");

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withInitializer(c -> c.getEnvironment().getPropertySources().remove("systemEnvironment"))
                .withConfiguration(AutoConfigurations.of(Interview4jAutoConfiguration.class,
                        Interview4jMetricsAutoConfiguration.class, Interview4jHealthAutoConfiguration.class))
                .withPropertyValues("interview4j.store.sqlite-file=" + dir.resolve("interviews.db"));
    }

    private ApplicationContextRunner withMetrics() {
        return runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new);
    }

    /** Runs a whole interview on the context's engine and returns the last turn. */
    private TurnResult interview(AssertableApplicationContext context) {
        InterviewEngine engine = context.getBean(InterviewEngine.class);
        TurnResult turn = engine.start(ana, Presets.coaching(PresetOptions.defaults()));
        while (!turn.completed()) {
            turn = engine.submitAnswer(ana, new AnswerSubmission(turn.sessionId(), turn.nextQuestion().id(),
                    "I'd measure first, then fix the slow query with an index; latency fell from 2 s to 200 ms.",
                    UUID.randomUUID().toString(), null));
        }
        return turn;
    }

    private static double count(AssertableApplicationContext context, String name, String... tags) {
        var counter = context.getBean(MeterRegistry.class).find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long timerCount(AssertableApplicationContext context, String name, String... tags) {
        var timer = context.getBean(MeterRegistry.class).find(name).tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void should_store_sessions_in_an_sqlite_file_and_run_offline_when_the_application_has_no_datasource() {
        withMetrics().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(InterviewEngine.class)
                    .doesNotHaveBean(LanguageModel.class).doesNotHaveBean(DataSource.class);
            assertThat(context.getBean(SessionStore.class)).isInstanceOfSatisfying(JdbcSessionStore.class,
                    s -> assertThat(s.dialect().toString()).containsIgnoringCase("sqlite"));

            TurnResult last = interview(context);

            assertThat(Files.size(dir.resolve("interviews.db"))).isPositive();
            var report = context.getBean(InterviewEngine.class).report(ana, last.sessionId());
            assertThat(report.questions()).isNotEmpty().allSatisfy(q -> assertThat(q.provenance()).isNotNull());
            assertThat(count(context, "interview4j.sessions", "event", "started")).isEqualTo(1);
            assertThat(count(context, "interview4j.sessions", "event", "completed")).isEqualTo(1);
            assertThat(count(context, "interview4j.turns", "provenance", "heuristic"))
                    .isEqualTo(report.questions().size());
            assertThat(timerCount(context, "interview4j.turn.latency", "provenance", "heuristic"))
                    .isEqualTo(report.questions().size());
            assertThat(count(context, "interview4j.questions.asked", "type", "main")).isPositive();
            Health store = context.getBean("interview4jStoreHealthIndicator", SessionStoreHealthIndicator.class).health();
            assertThat(store.getStatus()).isEqualTo(Status.UP);
            assertThat(store.getDetails()).containsEntry("store", "JdbcSessionStore");
            assertThat(context).doesNotHaveBean("interview4jModelHealthIndicator");
        });
    }

    @Test
    void should_store_sessions_in_the_applications_datasource() {
        runner().withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:starter-ds;DB_CLOSE_DELAY=-1",
                        "interview4j.store.table-prefix=app_")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DataSource.class);
                    assertThat(context.getBean(SessionStore.class)).isInstanceOfSatisfying(JdbcSessionStore.class, s -> {
                        assertThat(s.dialect().toString()).containsIgnoringCase("h2");
                        assertThat(s.tablePrefix()).isEqualTo("app_");
                    });

                    TurnResult last = interview(context);

                    var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(jdbc.queryForObject("SELECT status FROM app_sessions WHERE id = ?", String.class,
                            last.sessionId())).isEqualTo("COMPLETED");
                    assertThat(Files.exists(dir.resolve("interviews.db"))).isFalse();
                });
    }

    @Test
    void should_only_validate_the_tables_in_validate_mode_and_fail_naming_the_tables_when_they_are_missing() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starter-validate;DB_CLOSE_DELAY=-1");
        runner().withBean(DataSource.class, () -> h2).withPropertyValues("interview4j.store.migration-mode=validate")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("i4j_"));
    }

    @Test
    void should_back_off_for_the_applications_own_beans() {
        InMemorySessionStore hostStore = new InMemorySessionStore();
        LanguageModel hostModel = new LanguageModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse("not json", new TokenUsage(3, 2, 0), "host-model", ChatResponse.FinishReason.STOP,
                        "host");
            }

            @Override
            public String provider() {
                return "host";
            }
        };
        withMetrics().withBean(SessionStore.class, () -> hostStore).withBean(LanguageModel.class, () -> hostModel)
                .withPropertyValues("OPENAI_API_KEY=sk-ignored")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SessionStore.class)
                            .hasSingleBean(LanguageModel.class).doesNotHaveBean(ConfiguredLanguageModel.class);
                    TurnResult first = context.getBean(InterviewEngine.class).start(ana,
                            Presets.coaching(PresetOptions.defaults()));
                    context.getBean(InterviewEngine.class).submitAnswer(ana, new AnswerSubmission(first.sessionId(),
                            first.nextQuestion().id(), "A long enough answer about measuring before optimising a"
                            + " slow endpoint and what changed after.", null, null));
                    assertThat(hostStore.find(first.sessionId())).isPresent();
                    // the host's model was called (its malformed reply falls back offline) and observed as a whole
                    assertThat(count(context, "interview4j.model.calls", "provider", "host", "outcome", "success"))
                            .isPositive();
                    assertThat(count(context, "interview4j.fallbacks", "kind", "offline")).isEqualTo(1);
                    assertThat(context).hasBean("interview4jModelHealthIndicator");
                });
        InterviewEngine hostEngine = InterviewEngine.builder().sessionStore(hostStore).build();
        runner().withBean(InterviewEngine.class, () -> hostEngine)
                .run(context -> assertThat(context.getBean(InterviewEngine.class)).isSameAs(hostEngine));
        runner().withBean(PriceTable.class, PriceTable::empty)
                .run(context -> assertThat(context).hasSingleBean(PriceTable.class));
    }

    @Test
    void should_keep_sessions_in_memory_or_turn_off_on_request() {
        runner().withPropertyValues("interview4j.store.type=memory").run(context ->
                assertThat(context.getBean(SessionStore.class)).isInstanceOf(InMemorySessionStore.class));
        runner().withPropertyValues("interview4j.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(InterviewEngine.class)
                        .doesNotHaveBean(SessionStore.class));
    }

    @ParameterizedTest
    @CsvSource({"openai,OPENAI", "anthropic,ANTHROPIC", "gemini,GEMINI", "groq,OPENAI", "openrouter,OPENAI",
            "ollama,OLLAMA"})
    void should_build_each_provider_from_properties_and_meter_its_calls(String provider, Protocol protocol) {
        try (FakeProviderServer server = FakeProviderServer.start(protocol, List.of(), "hello")) {
            List<String> props = new ArrayList<>(List.of("interview4j.model.provider=" + provider,
                    "interview4j.model.base-url=" + server.baseUrl(), "interview4j.model.name=test-model"));
            if (!provider.equals("ollama")) {
                props.add("interview4j.model.api-key=test-key-" + provider);
            }
            withMetrics().withPropertyValues(props.toArray(String[]::new)).run(context -> {
                assertThat(context).hasNotFailed();
                ConfiguredLanguageModel model = context.getBean(ConfiguredLanguageModel.class);
                assertThat(model.providers()).containsExactly(provider);
                ModelHealthIndicator health = context.getBean(ModelHealthIndicator.class);
                assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);

                ChatResponse reply = model.chat(ChatRequest.of(List.of(ChatMessage.user("hi"))));

                assertThat(reply.text()).isEqualTo("hello");
                assertThat(count(context, "interview4j.model.calls", "provider", provider, "outcome", "success"))
                        .isEqualTo(1);
                assertThat(count(context, "interview4j.model.tokens", "provider", provider, "direction", "input"))
                        .isEqualTo(12);
                assertThat(count(context, "interview4j.model.tokens", "provider", provider, "direction", "output"))
                        .isEqualTo(8);
                assertThat(timerCount(context, "interview4j.model.latency", "provider", provider)).isEqualTo(1);
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                if (!provider.equals("ollama")) {
                    assertThat(server.requests().get(0).headers().toString()).contains("test-key-" + provider);
                }
            });
        }
    }

    @Test
    void should_chain_the_providers_the_environment_configures_and_fall_back_past_a_failing_one() {
        try (FakeProviderServer openai = FakeProviderServer.start(Protocol.OPENAI, List.of(500, 500), "from openai");
             FakeProviderServer ollama = FakeProviderServer.start(Protocol.OLLAMA, List.of(), "from ollama")) {
            withMetrics().withPropertyValues("OPENAI_API_KEY=sk-env", "OPENAI_BASE_URL=" + openai.baseUrl(),
                            "OLLAMA_BASE_URL=" + ollama.baseUrl(), "interview4j.model.max-attempts=2")
                    .run(context -> {
                        ConfiguredLanguageModel model = context.getBean(ConfiguredLanguageModel.class);
                        assertThat(model.providers()).containsExactly("openai", "ollama");

                        ChatResponse reply = model.chat(ChatRequest.of(List.of(ChatMessage.user("hi"))));

                        assertThat(reply.text()).isEqualTo("from ollama");
                        assertThat(count(context, "interview4j.model.calls", "provider", "openai", "outcome", "failure"))
                                .isEqualTo(2);
                        assertThat(count(context, "interview4j.fallbacks", "kind", "provider", "provider", "openai"))
                                .isEqualTo(1);
                        assertThat(count(context, "interview4j.model.calls", "provider", "ollama", "outcome", "success"))
                                .isEqualTo(1);
                        assertThat(context.getBean(ModelHealthIndicator.class).health().getStatus())
                                .isEqualTo(Status.UP);
                    });
        }
    }

    @Test
    void should_judge_a_whole_interview_with_the_configured_model_and_price_it() {
        var plan = Presets.coaching(PresetOptions.defaults());
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.OPENAI, List.of(),
                call -> judgement(plan.rubric()))) {
            withMetrics().withPropertyValues("interview4j.model.provider=openai", "interview4j.model.api-key=sk-x",
                            "interview4j.model.base-url=" + server.baseUrl(), "interview4j.model.name=gpt-4o-mini",
                            "interview4j.budget.tokens=100000")
                    .run(context -> {
                        TurnResult last = interview(context);
                        var report = context.getBean(InterviewEngine.class).report(ana, last.sessionId());
                        assertThat(report.questions()).allSatisfy(q -> assertThat(q.provenance()).isEqualTo("MODEL"));
                        assertThat(count(context, "interview4j.turns", "provenance", "model"))
                                .isEqualTo(report.questions().size());
                        assertThat(count(context, "interview4j.model.calls", "provider", "openai", "outcome", "success"))
                                .isEqualTo(server.successCount());
                        assertThat(report.usage().estimatedCost()).isNotNull();
                    });
        }
    }

    @Test
    void should_ask_the_applications_questions_first_with_the_built_in_bank_behind_them_unless_told_otherwise()
            throws Exception {
        Path file = dir.resolve("bank.json");
        Files.copy(Path.of("../banks/example-bank.json"), file);
        runner().withPropertyValues("interview4j.question-bank.files=" + file).run(context -> {
            QuestionBank bank = context.getBean(QuestionBank.class);
            assertThat(bank.findById("acme-kafka-1")).isPresent();
            assertThat(bank.all()).hasSizeGreaterThan(BuiltInQuestionBank.get().all().size());
        });
        runner().withPropertyValues("interview4j.question-bank.files=" + file,
                "interview4j.question-bank.include-built-in=false").run(context ->
                assertThat(context.getBean(QuestionBank.class).all()).extracting(BankQuestion::id)
                        .containsExactly("acme-kafka-1", "acme-pg-1", "acme-beh-1"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void should_ask_the_model_for_questions_only_when_question_generation_is_on(boolean generate) {
        var plan = Presets.coaching(PresetOptions.defaults());
        List<Boolean> writerCalls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FakeProviderServer server = FakeProviderServer.start(Protocol.OPENAI, List.of(), call -> {
            writerCalls.add(call.schema().map(x -> x.toString().contains("round_kind")).orElse(false));
            return judgement(plan.rubric());
        })) {
            withMetrics().withPropertyValues("interview4j.model.provider=openai", "interview4j.model.api-key=sk-x",
                            "interview4j.model.base-url=" + server.baseUrl(), "interview4j.generate-questions=" + generate)
                    .run(context -> {
                        interview(context);
                        assertThat(writerCalls).as("calls made with the question writer's schema")
                                .hasSizeGreaterThan(1);
                        assertThat(writerCalls.contains(true)).isEqualTo(generate);
                        assertThat(context.getBean("interview4jExecutor")).isInstanceOf(ExecutorService.class);
                    });
        }
    }

    @Test
    void should_publish_the_engine_notices_as_application_events() {
        List<Object> seen = new ArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> all = e -> seen.add(e.getPayload());
        runner().withBean("all", ApplicationListener.class, () -> all).run(context -> {
            TurnResult last = interview(context);
            assertThat(seen.get(0)).isInstanceOf(InterviewListener.Started.class);
            assertThat(seen).filteredOn(InterviewListener.Completed.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(InterviewListener.Completed.class,
                            c -> assertThat(c.report().sessionId()).isEqualTo(last.sessionId()));
            assertThat(seen).filteredOn(InterviewListener.QuestionClosed.class::isInstance).isNotEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview4j.model.provider=bogus", "interview4j.model.max-attempts=0",
            "interview4j.model.fallbacks=openai,nonsense", "interview4j.model.base-url=ftp://example",
            "interview4j.budget.tokens=-5", "interview4j.budget.cost=0", "interview4j.turn-deadline=0s",
            "interview4j.store.table-prefix=1bad", "interview4j.store.type=sideways",
            "interview4j.store.migration-mode=maybe", "interview4j.executor-threads=0"})
    void should_fail_at_startup_naming_a_property_with_a_bad_value(String setting) {
        String property = setting.substring(0, setting.indexOf('='));
        runner().withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(property);
        });
    }

    @Test
    void should_fail_at_startup_naming_the_property_when_settings_do_not_fit_together() {
        runner().withPropertyValues("interview4j.model.provider=anthropic").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.model.provider")
                        .contains("ANTHROPIC_API_KEY").contains("interview4j.model.api-key"));
        runner().withPropertyValues("interview4j.model.api-key=sk-1").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.model.api-key"));
        runner().withPropertyValues("interview4j.store.type=jdbc").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.store.type"));
        runner().withPropertyValues("interview4j.budget.tokens=10", "interview4j.budget.cost=1").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.budget.tokens")
                        .contains("interview4j.budget.cost"));
        runner().withPropertyValues("interview4j.budget.cost=1", "interview4j.costs.enabled=false").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.costs.enabled"));
        runner().withPropertyValues("interview4j.costs.prices.my-model.input=1").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.costs.prices.my-model"));
        runner().withPropertyValues("interview4j.question-bank.files=" + dir.resolve("missing.json")).run(context ->
                assertThat(messages(context.getStartupFailure())).contains("interview4j.question-bank.files"));
    }

    /** Every message in a failure's cause chain, so an assertion can look for the property wherever Spring put it. */
    private static String messages(Throwable failure) {
        assertThat(failure).as("the context failed to start").isNotNull();
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** A judge's answer giving every dimension of the rubric 80 % of its scale. */
    static String judgement(Rubric rubric) {
        StringBuilder dims = new StringBuilder();
        for (Dimension d : rubric.dimensions()) {
            double score = rubric.scale().min() + 0.8 * (rubric.scale().max() - rubric.scale().min());
            dims.append(dims.length() == 0 ? "" : ",").append('"').append(d.name()).append("\":{\"score\":")
                    .append(score).append(",\"reason\":\"clear and measured\"}");
        }
        String levels = rubric.levels().isEmpty() ? ""
                : ",\"level_demonstrated\":\"" + rubric.levels().get(0) + "\",\"revised_answer\":\"\"";
        return "{\"dimensions\":{" + dims + "},\"evidence\":[],\"strengths\":[\"measured first\"],\"gaps\":[],"
                + "\"suggestions\":[],\"feedback\":\"Good.\",\"follow_up_questions\":[],\"key_points_covered\":[]"
                + levels + "}";
    }
}
