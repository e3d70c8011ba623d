package io.interview4j.samples.cli;

import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Renders a report in the chosen format and writes it to {@code --out} or stdout. */
final class ReportOutput {

    private static final int TEXT_WIDTH = 100;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ReportOutput() {
    }

    /**
     * @param report the report
     * @param output the format and destination
     * @param out stdout
     * @param ui where to say that the report was written to a file
     * @throws io.interview4j.InvalidInputException when the file cannot be written
     */
    static void write(Report report, Options.Output output, PrintStream out, PrintStream ui) {
        String text = render(report, output.format, output.zone());
        if (output.out == null) {
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
        } else {
            InputFiles.write(output.out, text, "the report");
            ui.println("Report written to " + output.out);
        }
    }

    static String render(Report report, ReportFormat format, ZoneId zone) {
        return switch (format) {
            case TEXT -> text(report, zone);
            case JSON -> ReportRenderers.json(report);
            case MARKDOWN -> ReportRenderers.markdown(report, zone);
            case HTML -> ReportRenderers.html(report);
        };
    }

    /** @return a short summary for the terminal, times in UTC */
    static String text(Report r) {
        return text(r, ZoneOffset.UTC);
    }

    /** @return a short summary for the terminal, times to the second in {@code zone} */
    static String text(Report r, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append("Interview report · ").append(r.preset()).append(" · ").append(r.role());
        if (r.company() != null) {
            b.append(" at ").append(r.company());
        }
        b.append('\n');
        b.append("Candidate ").append(r.candidateId()).append(" · ").append(time(r.time().startedAt(), zone)).append(" · ")
                .append(length(r.time())).append('\n');
        b.append("Session ").append(r.sessionId()).append(" · ").append(r.status()).append(" · ").append(r.mode()).append('\n');
        Report.Overall o = r.overall();
        if (o.answered() == 0) {
            b.append("Overall: not enough answers to score\n");
        } else {
            b.append(String.format(Locale.ROOT, "Overall: %.1f/100 (%s on %s) · %s%n", o.score(), number(o.nativeScore()),
                    o.scale(), r.readiness()));
        }
        if ("time_up".equals(r.time().endReason())) {
            b.append("Time ran out: the interview ended at its time limit.\n");
        }
        List<String> late = r.questions().stream().filter(q -> q.flags().contains("LATE")).map(Report.QuestionEntry::label)
                .toList();
        if (!late.isEmpty()) {
            b.append("Submitted after the time was up (stored, flagged LATE): ").append(String.join(", ", late)).append('\n');
        }
        levelShown(r).ifPresent(level -> b.append("Coaching level demonstrated: ").append(level).append('\n'));
        b.append("Answered ").append(o.answered()).append(", skipped ").append(o.skipped()).append('\n');
        if (r.recommendation() != null) {
            b.append("Recommendation: ").append(r.recommendation()).append('\n');
        }
        if (!r.badges().isEmpty()) {
            b.append("Badges: ").append(String.join(", ", r.badges())).append('\n');
        }
        if (!r.dimensions().isEmpty()) {
            b.append("\nDimensions\n");
            r.dimensions().forEach(d -> b.append(String.format(Locale.ROOT, "  %-22s %6s  (%.0f/100)%n", d.name(),
                    number(d.average()), d.percent())));
        }
        if (r.rounds().size() > 1) {
            b.append("\nRounds\n");
            r.rounds().forEach(x -> b.append(String.format(Locale.ROOT, "  %-22s %s%n", x.name(),
                    x.score() == null ? "not scored" : String.format(Locale.ROOT, "%.0f/100", x.score()))));
        }
        list(b, "Strengths", "+", r.strengths());
        list(b, "To work on", "-", r.weaknesses());
        list(b, "Coaching priorities", "*", r.coachingPriorities());
        if (!r.difficultyTrajectory().isEmpty()) {
            b.append("\nDifficulty: ").append(String.join(" → ", r.difficultyTrajectory())).append('\n');
        }
        b.append("\nQuestions\n");
        for (Report.QuestionEntry q : r.questions()) {
            String score = q.score() == null ? (q.answer() == null ? "not answered" : "not scored")
                    : String.format(Locale.ROOT, "%.0f/100 %s", q.score(), q.provenance());
            b.append(String.format(Locale.ROOT, "  %-16s %-7s %s", q.label(), q.difficulty(), score));
            if (!q.flags().isEmpty()) {
                b.append(" · flags: ").append(String.join(", ", q.flags()));
            }
            if (q.levelDemonstrated() != null && q.score() != null) {
                b.append(" · level ").append(q.levelDemonstrated());
                if (q.revisedAnswer() == null) {
                    b.append(" · no revised answer (").append(q.flags().contains("REVISED_ANSWER_DISCARDED")
                            ? "the rewrite named facts you never said" : "MODEL".equals(q.provenance())
                            ? "none proposed" : "needs a language model").append(')');
                }
            }
            b.append('\n').append("      ").append(shorten(q.text())).append('\n');
        }
        if (r.language().note() != null) {
            b.append("\nLanguage: asked for ").append(r.language().requested()).append(", held in ")
                    .append(r.language().used()).append(": ").append(r.language().note()).append('\n');
        }
        Report.Usage u = r.usage();
        if (u.modelCalls() > 0) {
            b.append(String.format(Locale.ROOT, "%nModel: %d calls, %d tokens in, %d out", u.modelCalls(), u.inputTokens(),
                    u.outputTokens()));
            if (u.estimatedCost() != null) {
                b.append(", estimated cost $").append(u.estimatedCost().setScale(4, RoundingMode.HALF_UP).toPlainString());
            }
            if (u.budgetExhausted()) {
                b.append("; budget spent, ").append(u.scoredOfflineForBudget()).append(" answer(s) scored offline");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * @return the instant to the second in {@code zone} and the zone's name, "2026-03-01 10:00:05 Europe/Berlin";
     *     {@code iso} as it is when it does not parse
     */
    static String time(String iso, ZoneId zone) {
        try {
            return SECOND.withZone(zone).format(Instant.parse(iso)) + " " + zoneName(zone);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** @return "UTC" for UTC, else the zone's id */
    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String length(Report.Timing t) {
        long s = t.elapsedSeconds();
        String took = s < 60 ? s + " s" : s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        return took + (t.limitSeconds() == null ? "" : " of " + t.limitSeconds() / 60 + " min");
    }

    /** The level most main answers demonstrated, when the rubric has levels. */
    private static java.util.Optional<String> levelShown(Report r) {
        java.util.Map<String, Long> counts = r.questions().stream()
                .filter(q -> q.levelDemonstrated() != null && !"FOLLOW_UP".equals(q.kind()))
                .collect(java.util.stream.Collectors.groupingBy(Report.QuestionEntry::levelDemonstrated,
                        java.util.stream.Collectors.counting()));
        return counts.entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey);
    }

    private static void list(StringBuilder b, String title, String bullet, List<String> items) {
        if (!items.isEmpty()) {
            b.append('\n').append(title).append('\n');
            items.forEach(s -> b.append("  ").append(bullet).append(' ').append(s).append('\n'));
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= TEXT_WIDTH ? oneLine : oneLine.substring(0, TEXT_WIDTH - 1) + "…";
    }
}
