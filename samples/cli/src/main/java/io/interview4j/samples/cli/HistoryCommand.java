package io.interview4j.samples.cli;

import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.report.History;
import io.interview4j.report.ReportRenderers;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history CANDIDATE}: a candidate's sessions, newest first, and the trend across them. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists a candidate's sessions, newest first: stage, times, questions completed, score on its own "
                + "scale, readiness and badges; then the trend of each preset from the first to the latest score.")
final class HistoryCommand implements Callable<Integer> {

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The candidate's id.")
    String candidate;

    @Mixin
    Options.Store store;

    @Option(names = "--group", paramLabel = "KEY",
            description = "Only the sessions started under this group key (such as a job application), with their trend.")
    String group;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    HistoryCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        InterviewEngine engine = InterviewEngine.builder().sessionStore(ctx.stores().open(store.spec(ctx))).build();
        History history = group == null ? engine.history(Caller.candidate(candidate), candidate)
                : engine.history(Caller.candidate(candidate), candidate, group);
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
            return "No sessions for " + h.candidateId() + (h.groupKey() == null ? "" : " under " + h.groupKey()) + ".\n";
        }
        StringBuilder b = new StringBuilder();
        String row = "%-36s  %-16s  %-16s  %-16s  %-16s  %-10s  %9s  %-16s  %-14s  %s%n";
        b.append(String.format(Locale.ROOT, row, "SESSION", "PRESET", "STAGE", "STARTED", "COMPLETED", "DIFFICULTY",
                "QUESTIONS", "SCORE", "READINESS", "BADGES"));
        for (History.Entry e : h.sessions()) {
            b.append(String.format(Locale.ROOT, row, e.sessionId(), e.preset(), e.stage() == null ? "-" : e.stage(),
                    minute(e.startedAt()), e.completedAt() == null ? e.status().toLowerCase(Locale.ROOT).replace('_', ' ')
                            : minute(e.completedAt()), e.difficulty(), e.questionsCompleted(), score(e),
                    e.readiness() == null ? "-" : e.readiness(), e.badges().isEmpty() ? "-" : String.join(", ", e.badges())));
            if (e.groupKey() != null) {
                b.append("  group ").append(e.groupKey()).append('\n');
            }
        }
        for (History.Trend t : h.trends()) {
            b.append(String.format(Locale.ROOT, "Trend %s%s (%s): %s, %s → %s (%s) over %d sessions%n", t.preset(),
                    t.groupKey() == null ? "" : " · " + t.groupKey(), t.nativeScale(), t.direction(), num(t.firstScore()),
                    num(t.latestScore()), (t.change() > 0 ? "+" : "") + num(t.change()), t.sessions()));
            t.dimensions().forEach(d -> b.append(String.format(Locale.ROOT, "  %-22s %6s → %6s (%s)%n", d.name(),
                    num(d.first()), num(d.latest()), (d.change() > 0 ? "+" : "") + num(d.change()))));
        }
        if (!h.badges().isEmpty()) {
            b.append("Badges: ");
            b.append(String.join(", ", h.badges().stream().map(x -> x.name() + " (" + day(x.awardedAt()) + ")").toList()));
            b.append('\n');
        }
        return b.toString();
    }

    /** "7.2/10 (72)" on a native scale other than 0-100, else "72.0"; "-" when not scored. */
    private static String score(History.Entry e) {
        if (e.score() == null) {
            return "-";
        }
        String max = e.nativeScale().substring(e.nativeScale().indexOf('-') + 1);
        return max.equals("100") ? num(e.score()) : num(e.nativeScore()) + "/" + max + " (" + num(e.score()) + ")";
    }

    private static String num(double v) {
        return Math.abs(v * 10 - Math.rint(v * 10)) > 1e-9 ? String.format(Locale.ROOT, "%.2f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The time to the minute, "2026-03-01 09:00". */
    private static String minute(String iso) {
        try {
            return MINUTE.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String day(String iso) {
        return iso == null ? "-" : iso.substring(0, Math.min(10, iso.length()));
    }
}
