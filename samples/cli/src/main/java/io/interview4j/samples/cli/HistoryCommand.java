package io.interview4j.samples.cli;

import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.report.History;
import io.interview4j.report.ReportRenderers;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history CANDIDATE}: a candidate's sessions, newest first, and the trend across them. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists a candidate's sessions, newest first, with the trend from the first to the latest score.")
final class HistoryCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The candidate's id.")
    String candidate;

    @Mixin
    Options.Store store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    HistoryCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        InterviewEngine engine = InterviewEngine.builder().sessionStore(ctx.stores().open(store.spec(ctx))).build();
        History history = engine.history(Caller.candidate(candidate), candidate);
        ctx.out().print(switch (format) {
            case JSON -> ReportRenderers.json(history) + "\n";
            case MARKDOWN -> ReportRenderers.markdown(history);
            case HTML -> ReportRenderers.html(history);
            default -> text(history);
        });
        ctx.out().flush();
        return 0;
    }

    static String text(History h) {
        if (h.sessions().isEmpty()) {
            return "No sessions for " + h.candidateId() + ".\n";
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-38s %-17s %-12s %-22s %6s  %s%n", "SESSION", "PRESET", "STATUS", "STARTED",
                "SCORE", "READINESS"));
        for (History.Entry e : h.sessions()) {
            b.append(String.format(Locale.ROOT, "%-38s %-17s %-12s %-22s %6s  %s%n", e.sessionId(), e.preset(), e.status(),
                    startedAt(e.startedAt()), e.score() == null ? "-" : String.format(Locale.ROOT, "%.1f", e.score()),
                    e.readiness() == null ? "-" : e.readiness()));
        }
        if (h.trend() != null) {
            b.append(String.format(Locale.ROOT, "Trend: %s (%.1f → %.1f, %+.1f)%n", h.trend().direction(),
                    h.trend().firstScore(), h.trend().latestScore(), h.trend().change()));
            h.trend().dimensions().forEach(d -> b.append(String.format(Locale.ROOT, "  %-22s %5.1f → %5.1f (%+.1f)%n",
                    d.name(), d.first(), d.latest(), d.change())));
        }
        return b.toString();
    }

    /** The start time to the second, so the column stays aligned. */
    private static String startedAt(String iso) {
        try {
            return Instant.parse(iso).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
