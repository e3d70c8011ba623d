package io.interview4j.samples.cli;

import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.report.History;
import io.interview4j.report.ReportRenderers;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history CANDIDATE}: a candidate's sessions, newest first, and the trend across them. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists a candidate's sessions, newest first: times, preset, questions completed, score on its own "
                + "scale, readiness, stage, difficulty, group and badges; then the trend of each preset from the first"
                + " to the latest score. The text table fits 100 columns.")
final class HistoryCommand implements Callable<Integer> {

    /** The widest line of the text table, so that it fits a 100-column terminal. */
    static final int WIDTH = 100;

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The candidate's id.")
    String candidate;

    @Mixin
    Options.Store store;

    @Option(names = "--group", paramLabel = "KEY",
            description = "Only the sessions started under this group key (such as a job application), with their trend.")
    String group;

    @Mixin
    Options.Output output;

    HistoryCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        InterviewEngine engine = InterviewEngine.builder().sessionStore(ctx.stores().open(store.spec(ctx))).build();
        History history = group == null ? engine.history(Caller.candidate(candidate), candidate)
                : engine.history(Caller.candidate(candidate), candidate, group);
        String rendered = switch (output.format) {
            case JSON -> ReportRenderers.json(history) + "\n";
            case MARKDOWN -> ReportRenderers.markdown(history, output.zone());
            case HTML -> ReportRenderers.html(history);
            case TEXT -> text(history, output.zone());
        };
        if (output.out == null) {
            ctx.out().print(rendered);
            ctx.out().flush();
        } else {
            InputFiles.write(output.out, rendered, "the history");
            ctx.err().println("History written to " + output.out);
        }
        return 0;
    }

    /**
     * @param h the history
     * @param zone the time zone of the times, shown to the second
     * @return the sessions as a table no line of which is wider than {@value #WIDTH} columns (long cells end in
     *     "…"): a row of times, preset, questions, score and readiness, then a line with the session id, stage,
     *     difficulty, group and badges; then the trends and the badges
     */
    static String text(History h, ZoneId zone) {
        if (h.sessions().isEmpty()) {
            return fit("No sessions for " + h.candidateId() + (h.groupKey() == null ? "" : " under " + h.groupKey()) + ".")
                    + "\n";
        }
        List<String> lines = new ArrayList<>();
        lines.add("Times are in " + ReportOutput.zoneName(zone) + ".");
        String row = "%-19s  %-19s  %-16s  %9s  %-14s  %s";
        lines.add(String.format(Locale.ROOT, row, "STARTED", "COMPLETED", "PRESET", "QUESTIONS", "SCORE", "READINESS"));
        for (History.Entry e : h.sessions()) {
            lines.add(String.format(Locale.ROOT, row, second(e.startedAt(), zone), e.completedAt() == null
                            ? e.status().toLowerCase(Locale.ROOT).replace('_', ' ') : second(e.completedAt(), zone),
                    cell(e.preset(), 16), e.questionsCompleted(), cell(score(e), 14),
                    e.readiness() == null ? "-" : e.readiness()));
            StringBuilder more = new StringBuilder("  session ").append(e.sessionId());
            if (e.stage() != null) {
                more.append(" · ").append(e.stage());
            }
            more.append(" · ").append(e.difficulty());
            if (e.groupKey() != null) {
                more.append(" · group ").append(e.groupKey());
            }
            if (!e.badges().isEmpty()) {
                more.append(" · badges ").append(String.join(", ", e.badges()));
            }
            lines.add(more.toString());
        }
        for (History.Trend t : h.trends()) {
            lines.add(String.format(Locale.ROOT, "Trend %s%s (%s): %s, %s → %s (%s) over %d sessions", t.preset(),
                    t.groupKey() == null ? "" : " · " + t.groupKey(), t.nativeScale(), t.direction(), num(t.firstScore()),
                    num(t.latestScore()), (t.change() > 0 ? "+" : "") + num(t.change()), t.sessions()));
            t.dimensions().forEach(d -> lines.add(String.format(Locale.ROOT, "  %-22s %6s → %6s (%s)", cell(d.name(), 22),
                    num(d.first()), num(d.latest()), (d.change() > 0 ? "+" : "") + num(d.change()))));
        }
        if (!h.badges().isEmpty()) {
            lines.add("Badges: " + String.join(", ", h.badges().stream()
                    .map(x -> x.name() + " (" + day(x.awardedAt()) + ")").toList()));
        }
        StringBuilder b = new StringBuilder();
        lines.forEach(line -> b.append(fit(line)).append('\n'));
        return b.toString();
    }

    /** @return the line cut to {@value #WIDTH} columns, ending in "…" when cut */
    private static String fit(String line) {
        return cell(line.stripTrailing(), WIDTH);
    }

    /** @return the text cut to {@code width} characters, ending in "…" when cut */
    static String cell(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
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

    /** The time to the second in {@code zone}, "2026-03-01 10:00:05"; {@code iso} as it is when it does not parse. */
    private static String second(String iso, ZoneId zone) {
        try {
            return SECOND.withZone(zone).format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String day(String iso) {
        return iso == null ? "-" : iso.substring(0, Math.min(10, iso.length()));
    }
}
