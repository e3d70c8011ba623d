package io.interview4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.SessionStore;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A host application as a user would write it: only {@code @SpringBootApplication}, the starter, the actuator and a
 * {@code spring.datasource.url} (an SQLite file, or the CI PostgreSQL when {@code INTERVIEW4J_TEST_POSTGRES_URL} is
 * set). Nothing is registered by hand: the auto-configurations are found through the starter's imports file.
 */
class HostApplicationTest {

    private static final Logger LOG = LoggerFactory.getLogger(HostApplicationTest.class);

    @TempDir
    Path dir;

    /** The host: no beans of its own. */
    @SpringBootApplication
    static class Host {
    }

    @Test
    void should_give_a_host_with_only_a_datasource_a_working_engine_whose_interview_is_metered() {
        String postgres = System.getenv("INTERVIEW4J_TEST_POSTGRES_URL");
        String url = postgres == null || postgres.isBlank() ? "jdbc:sqlite:" + dir.resolve("host.db") : postgres;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Host.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "interview4j.model.provider=offline",
                        "spring.main.banner-mode=off")
                .run()) {
            assertThat(context.getBeansOfType(DataSource.class)).hasSize(1);
            assertThat(context.getBean(SessionStore.class)).isInstanceOf(JdbcSessionStore.class);
            InterviewEngine engine = context.getBean(InterviewEngine.class);
            Caller ana = Caller.candidate("ana", "acme");

            TurnResult turn = engine.start(ana, Presets.coaching(PresetOptions.defaults()));
            int answers = 0;
            Map<String, Integer> flags = new HashMap<>();
            Map<String, Integer> provenances = new HashMap<>();
            while (!turn.completed()) {
                String text = answers == 0 ? "I don't know."
                        : "I'd measure first, then fix the slow query with an index; latency fell from 2 s to 200 ms.";
                turn = engine.submitAnswer(ana, new AnswerSubmission(turn.sessionId(), turn.nextQuestion().id(), text,
                        UUID.randomUUID().toString(), null));
                answers++;
                provenances.merge(turn.evaluation().provenance().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                for (AnswerFlag f : turn.evaluation().flags()) {
                    flags.merge(f.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            assertThat(engine.report(ana, turn.sessionId()).questions()).isNotEmpty();

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            LOG.info("host on {}: {} answers; interview4j meters: {}", url.replaceAll("\\?.*", ""), answers,
                    registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("interview4j."))
                            .map(HostApplicationTest::describe).sorted().collect(Collectors.joining("; ")));
            assertThat(registry.get("interview4j.sessions").tag("event", "started").counter().count()).isEqualTo(1);
            assertThat(registry.get("interview4j.sessions").tag("event", "completed").counter().count()).isEqualTo(1);
            // "I don't know" is scored by rule, the others offline by the heuristic grader
            assertThat(provenances).containsEntry("rule", 1).containsEntry("heuristic", answers - 1);
            provenances.forEach((provenance, n) -> {
                assertThat(registry.get("interview4j.turns").tag("provenance", provenance).counter().count())
                        .as(provenance).isEqualTo((double) n);
                assertThat(registry.get("interview4j.turn.latency").tag("provenance", provenance).timer().count())
                        .as(provenance).isEqualTo((long) n);
            });
            assertThat(registry.find("interview4j.questions.asked").counters().stream().mapToDouble(c -> c.count())
                    .sum()).isEqualTo((double) answers);
            assertThat(flags).containsKey("dont_know");
            flags.forEach((flag, n) -> assertThat(registry.get("interview4j.answer.flags").tag("flag", flag).counter()
                    .count()).as(flag).isEqualTo((double) n));
            assertThat(registry.find("interview4j.model.calls").counters()).isEmpty();
        }
    }

    private static String describe(Meter m) {
        String tags = m.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                .collect(Collectors.joining(","));
        StringBuilder s = new StringBuilder(m.getId().getName()).append('{').append(tags).append("}=");
        m.measure().forEach(x -> s.append(x.getStatistic().name().toLowerCase(Locale.ROOT)).append(':')
                .append(x.getValue()).append(' '));
        return s.toString().trim();
    }
}
