package io.interview4j.report;

import static io.interview4j.report.RenderText.answerFacts;
import static io.interview4j.report.RenderText.deliveryByLabel;
import static io.interview4j.report.RenderText.day;
import static io.interview4j.report.RenderText.fmt;
import static io.interview4j.report.RenderText.fmtNative;
import static io.interview4j.report.RenderText.historyScore;
import static io.interview4j.report.RenderText.insights;
import static io.interview4j.report.RenderText.second;
import static io.interview4j.report.RenderText.revisitLine;
import static io.interview4j.report.RenderText.servedBy;
import static io.interview4j.report.RenderText.signed;
import static io.interview4j.report.RenderText.trendLine;
import static io.interview4j.report.RenderText.usageLine;

import java.util.List;
import java.util.Map;

/**
 * The Markdown renderings behind {@link ReportRenderers#markdown(Report, java.time.ZoneId)} and
 * {@link ReportRenderers#markdown(History, java.time.ZoneId)}.
 */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /**
     * @param r the report
     * @param zone the time zone dates are shown in
     * @return a Markdown document; candidate text is quoted so it cannot change the document's structure
     */
    static String markdown(Report r, java.time.ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append("# Interview report: ").append(md(r.preset())).append("\n\n");
        RenderText.header(r, zone).forEach(line -> b.append("- ").append(md(line)).append('\n'));
        b.append("- Session: `").append(r.sessionId()).append("`\n");
        b.append("- Status: ").append(r.status()).append(" (").append(r.mode()).append(")\n");
        if (r.overall().answered() == 0) {
            b.append("- Overall: **").append(RenderText.NOT_ENOUGH_ANSWERS).append("**\n");
        } else {
            b.append("- Overall: **").append(fmt(r.overall().score())).append("/100** (").append(fmt(r.overall().nativeScore()))
                    .append(" on ").append(r.overall().scale()).append(") · ").append(r.readiness()).append('\n');
        }
        RenderText.timeUp(r).ifPresent(t -> b.append("\n**").append(md(t)).append("**\n"));
        RenderText.late(r).ifPresent(t -> b.append("\n").append(md(t)).append("\n"));
        if (r.recommendation() != null) {
            b.append("- Recommendation: **").append(r.recommendation()).append("**\n");
        }
        if (!r.badges().isEmpty()) {
            b.append("- Badges: ").append(String.join(", ", r.badges())).append('\n');
        }
        FeedbackRenderer.markdownDebrief(b, r, MarkdownRenderer::md);
        b.append("\n## Dimensions\n\n| dimension | average | /100 |\n|---|---|---|\n");
        r.dimensions().forEach(d -> b.append("| ").append(md(d.name())).append(" | ").append(fmt(d.average())).append(" | ")
                .append(fmt(d.percent())).append(" |\n"));
        list(b, "Strengths", r.strengths());
        list(b, "Weaknesses", r.weaknesses());
        list(b, "Coaching priorities", r.coachingPriorities());
        if (!r.rounds().isEmpty()) {
            b.append("\n## Rounds\n\n");
            r.rounds().forEach(x -> b.append("- ").append(md(x.name())).append(" (").append(x.kind()).append("): ")
                    .append(x.score() == null ? "not scored" : fmt(x.score())).append('\n'));
        }
        if (!r.skills().isEmpty()) {
            b.append("\n## Skills\n\n");
            r.skills().forEach(x -> b.append("- ").append(md(x.tag())).append(": ").append(fmt(x.score())).append('\n'));
        }
        if (!r.weakPointsRevisited().isEmpty()) {
            b.append("\n## Weak points revisited\n\n");
            r.weakPointsRevisited().forEach(w -> b.append("- ").append(md(revisitLine(w))).append('\n'));
        }
        if (!r.difficultyTrajectory().isEmpty()) {
            b.append("\nDifficulty: ").append(md(String.join(" → ", r.difficultyTrajectory()))).append('\n');
        }
        if (r.time().averageAnswerSeconds() != null) {
            b.append("\nAverage time per answer: ").append(fmt(r.time().averageAnswerSeconds())).append(" s\n");
        }
        Map<String, Report.AnswerDelivery> spoken = deliveryByLabel(r);
        b.append("\n## Questions\n");
        for (Report.QuestionEntry q : r.questions()) {
            b.append("\n### ").append(q.label()).append(" · ").append(md(q.round())).append(" · ").append(q.difficulty()).append("\n\n");
            b.append(quote(q.text())).append("\n\n");
            b.append("**Answer:**\n\n").append(q.answer() == null ? "_not answered_" : quote(q.answer())).append("\n\n");
            if (q.pending()) {
                b.append("_Evaluation pending._\n\n");
            }
            if (q.score() != null) {
                b.append("Score: ").append(fmt(q.score())).append("/100 · ").append(q.provenance());
                if (!q.flags().isEmpty()) {
                    b.append(" · flags: ").append(String.join(", ", q.flags()));
                }
                b.append('\n');
                servedBy(q).ifPresent(by -> b.append(" · ").append(md(by)));
                b.append('\n');
                q.strengths().forEach(s -> b.append("- ✓ ").append(md(s)).append('\n'));
                q.weaknesses().forEach(s -> b.append("- ✗ ").append(md(s)).append('\n'));
                q.suggestions().forEach(s -> b.append("- → ").append(md(s)).append('\n'));
                RenderText.levelLine(q).ifPresent(l -> b.append("\n").append(md(l)).append('\n'));
                RenderText.noRevisedAnswer(q).ifPresent(l -> b.append("\n_").append(md(l)).append("_\n"));
                insights(q).ifPresent(i -> b.append("\n").append(md(i)).append('\n'));
                if (q.revisedAnswer() != null) {
                    b.append("\n**At the target level:**\n\n").append(quote(q.revisedAnswer())).append("\n");
                }
                if (q.modelAnswer() != null) {
                    b.append("\n**Model answer:**\n\n").append(quote(q.modelAnswer())).append("\n");
                }
            }
            answerFacts(r, q.label(), spoken).ifPresent(f -> b.append("\n").append(md(f)).append('\n'));
            FeedbackRenderer.markdownQuestion(b, q, r.overall().scale(), MarkdownRenderer::md);
        }
        b.append("\n---\nProvenance: ").append(r.provenance()).append(" · ").append(md(usageLine(r.usage()))).append('\n');
        if (r.language().note() != null) {
            b.append("\nLanguage: asked for ").append(md(r.language().requested())).append(", held in ")
                    .append(md(r.language().used())).append(": ").append(md(r.language().note())).append('\n');
        }
        return b.toString();
    }

    private static void list(StringBuilder b, String title, List<String> items) {
        if (!items.isEmpty()) {
            b.append("\n## ").append(title).append("\n\n");
            items.forEach(i -> b.append("- ").append(md(i)).append('\n'));
        }
    }

    private static String md(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append("> ").append(md(line)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /**
     * @param h a candidate's history
     * @param zone the time zone times are shown in (to the second)
     * @return a Markdown document: the sessions newest first, the trend per preset on its native scale with the
     *     change per dimension, and the badges earned
     */
    static String markdown(History h, java.time.ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append("# Interview history: ").append(md(h.candidateId())).append("\n\n");
        if (h.groupKey() != null) {
            b.append("Group: ").append(md(h.groupKey())).append("\n\n");
        }
        if (h.sessions().isEmpty()) {
            return b.append("No sessions yet.\n").toString();
        }
        b.append("Times are in ").append(md(RenderText.zoneName(zone))).append(".\n\n");
        b.append("| started | completed | preset | stage | group | difficulty | questions | score | readiness | badges | session |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (History.Entry e : h.sessions()) {
            b.append("| ").append(second(e.startedAt(), zone)).append(" | ")
                    .append(e.completedAt() == null ? md(e.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                            : second(e.completedAt(), zone))
                    .append(" | ").append(md(e.preset())).append(" | ").append(e.stage() == null ? "-" : md(e.stage()))
                    .append(" | ").append(e.groupKey() == null ? "-" : md(e.groupKey())).append(" | ").append(e.difficulty())
                    .append(" | ").append(e.questionsCompleted()).append(" | ").append(historyScore(e)).append(" | ")
                    .append(e.readiness() == null ? "-" : e.readiness()).append(" | ")
                    .append(e.badges().isEmpty() ? "-" : md(String.join(", ", e.badges()))).append(" | `")
                    .append(e.sessionId().replace("`", "")).append("` |\n");
        }
        if (!h.trends().isEmpty()) {
            b.append("\n## Trend\n");
            for (History.Trend t : h.trends()) {
                b.append("\n").append(md(trendLine(t))).append("\n");
                if (!t.dimensions().isEmpty()) {
                    b.append("\n| dimension | first | latest | change |\n|---|---|---|---|\n");
                    t.dimensions().forEach(d -> b.append("| ").append(md(d.name())).append(" | ").append(fmtNative(d.first()))
                            .append(" | ").append(fmtNative(d.latest())).append(" | ").append(signed(d.change())).append(" |\n"));
                }
            }
        }
        if (!h.badges().isEmpty()) {
            b.append("\n## Badges\n\n");
            h.badges().forEach(x -> b.append("- ").append(md(x.name())).append(", ").append(day(x.awardedAt()))
                    .append(" (session `").append(x.sessionId().replace("`", "")).append("`)\n"));
        }
        return b.toString();
    }
}
