package io.interview4j.samples.cli;

import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Renders a report in the chosen format and writes it to {@code --out} or stdout. */
final class ReportOutput {

    private static final int TEXT_WIDTH = 100;

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
        String text = render(report, output.format);
        if (output.out == null) {
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
        } else {
            InputFiles.write(output.out, text, "the report");
            ui.println("Report written to " + output.out);
        }
    }

    static String render(Report report, ReportFormat format) {
        return switch (format) {
            case TEXT -> text(report);
            case JSON -> ReportRenderers.json(report);
            case MARKDOWN -> ReportRenderers.markdown(report);
            case HTML -> ReportRenderers.html(report);
        };
    }

    /** @return a short summary for the terminal */
    static String text(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("Interview report · ").append(r.preset()).append(" · ").append(r.role());
        if (r.company() != null) {
            b.append(" at ").append(r.company());
        }
        b.append('\n');
        b.append("Session ").append(r.sessionId()).append(" · ").append(r.status()).append(" · ").append(r.mode()).append('\n');
        Report.Overall o = r.overall();
        b.append(String.format(Locale.ROOT, "Overall: %.1f/100 (%s on %s) · %s%n", o.score(), number(o.nativeScore()),
                o.scale(), r.readiness()));
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
