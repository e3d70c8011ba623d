package io.interview4j.spring.boot;

import io.interview4j.engine.InterviewListener;
import io.interview4j.llm.ChatResponse;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * interview4j's Micrometer meters, fed by the engine ({@link InterviewListener}) and by the model's calls
 * ({@link ModelCallObserver}):
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>counts</th></tr>
 *   <tr><td>{@code interview4j.sessions}</td><td>counter</td><td>{@code event}: started, completed, abandoned</td>
 *       <td>sessions by what happened to them</td></tr>
 *   <tr><td>{@code interview4j.questions.asked}</td><td>counter</td><td>{@code type}: main, follow_up, resume</td>
 *       <td>questions asked</td></tr>
 *   <tr><td>{@code interview4j.turns}</td><td>counter</td><td>{@code provenance}: model, heuristic, fallback, rule</td>
 *       <td>answers scored</td></tr>
 *   <tr><td>{@code interview4j.turn.latency}</td><td>timer</td><td>{@code provenance}</td>
 *       <td>from an answer's arrival to its stored evaluation</td></tr>
 *   <tr><td>{@code interview4j.answer.flags}</td><td>counter</td><td>{@code flag}: the flag, such as empty or dont_know</td>
 *       <td>flags raised on answers</td></tr>
 *   <tr><td>{@code interview4j.fallbacks}</td><td>counter</td><td>{@code kind}: offline (an answer scored offline
 *       because the model failed), provider (a chain moved past a failed provider); {@code provider}</td>
 *       <td>fallbacks</td></tr>
 *   <tr><td>{@code interview4j.model.calls}</td><td>counter</td><td>{@code provider}, {@code outcome}: success, failure</td>
 *       <td>model calls, each retry on its own</td></tr>
 *   <tr><td>{@code interview4j.model.tokens}</td><td>counter</td><td>{@code provider}, {@code direction}: input, output</td>
 *       <td>tokens the providers reported</td></tr>
 *   <tr><td>{@code interview4j.model.latency}</td><td>timer</td><td>{@code provider}, {@code outcome}</td>
 *       <td>model call latency</td></tr>
 * </table>
 */
public final class Interview4jMetrics implements InterviewListener, ModelCallObserver {

    private final MeterRegistry registry;

    /** @param registry where the meters live */
    public Interview4jMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void sessionStarted(Started notice) {
        sessions("started");
    }

    @Override
    public void sessionCompleted(Completed notice) {
        sessions("completed");
    }

    @Override
    public void sessionAbandoned(Abandoned notice) {
        sessions("abandoned");
    }

    @Override
    public void questionAsked(Asked notice) {
        Counter.builder("interview4j.questions.asked").description("Questions asked")
                .tag("type", lower(notice.question().type().name())).register(registry).increment();
    }

    @Override
    public void answerEvaluated(Evaluated notice) {
        Evaluation e = notice.evaluation();
        String provenance = lower(e.provenance().name());
        Counter.builder("interview4j.turns").description("Answers scored, by where the score came from")
                .tag("provenance", provenance).register(registry).increment();
        Timer.builder("interview4j.turn.latency").description("From an answer's arrival to its stored evaluation")
                .tag("provenance", provenance).register(registry).record(notice.turnDuration());
        for (AnswerFlag flag : e.flags()) {
            Counter.builder("interview4j.answer.flags").description("Flags raised on answers")
                    .tag("flag", lower(flag.name())).register(registry).increment();
        }
        if (e.provenance() == Provenance.FALLBACK) {
            fallback("offline", "offline");
        }
    }

    @Override
    public void succeeded(String provider, ChatResponse response, Duration latency) {
        call(provider, "success", latency);
        Counter.builder("interview4j.model.tokens").description("Tokens the model providers reported")
                .tag("provider", provider).tag("direction", "input").register(registry)
                .increment(response.usage().inputTokens());
        Counter.builder("interview4j.model.tokens").description("Tokens the model providers reported")
                .tag("provider", provider).tag("direction", "output").register(registry)
                .increment(response.usage().outputTokens());
    }

    @Override
    public void failed(String provider, RuntimeException failure, Duration latency) {
        call(provider, "failure", latency);
    }

    @Override
    public void fellBack(String provider) {
        fallback("provider", provider);
    }

    private void call(String provider, String outcome, Duration latency) {
        Counter.builder("interview4j.model.calls").description("Model calls, each retry on its own")
                .tag("provider", provider).tag("outcome", outcome).register(registry).increment();
        Timer.builder("interview4j.model.latency").description("Model call latency")
                .tag("provider", provider).tag("outcome", outcome).register(registry).record(latency);
    }

    private void sessions(String event) {
        Counter.builder("interview4j.sessions").description("Sessions by what happened to them")
                .tag("event", event).register(registry).increment();
    }

    private void fallback(String kind, String provider) {
        Counter.builder("interview4j.fallbacks").description("Answers scored offline after a model failure, and"
                        + " provider chains that moved past a failed provider")
                .tag("kind", kind).tag("provider", provider).register(registry).increment();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
