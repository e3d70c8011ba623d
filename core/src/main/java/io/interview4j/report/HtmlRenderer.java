package io.interview4j.report;

import static io.interview4j.report.RenderText.answerFacts;
import static io.interview4j.report.RenderText.deliveryByLabel;
import static io.interview4j.report.RenderText.day;
import static io.interview4j.report.RenderText.fmt;
import static io.interview4j.report.RenderText.fmtNative;
import static io.interview4j.report.RenderText.historyScore;
import static io.interview4j.report.RenderText.minute;
import static io.interview4j.report.RenderText.insights;
import static io.interview4j.report.RenderText.servedBy;
import static io.interview4j.report.RenderText.signed;
import static io.interview4j.report.RenderText.trendLine;
import static io.interview4j.report.RenderText.usageLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The HTML renderings behind {@link ReportRenderers#html(Report)} and {@link ReportRenderers#html(History)}:
 * standalone pages with inline CSS and SVG, no scripts, nothing loaded from the network, every piece of text escaped.
 */
final class HtmlRenderer {

    private HtmlRenderer() {
    }

    /**
     * @param r the report
     * @return a standalone HTML page: inline CSS and SVG, no scripts, nothing loaded from the network, all text
     *     escaped
     */
    static String html(Report r) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Interview report ").append(esc(r.sessionId())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:920px;margin:2rem auto;padding:0 1rem;color:#1f2933}")
                .append("h1{font-size:1.6rem}.score{font-size:2.4rem;font-weight:700;color:#b45309}")
                .append(".q{border:1px solid #d9e2ec;border-radius:8px;padding:1rem;margin:1rem 0}")
                .append(".ans{white-space:pre-wrap;background:#f5f7fa;padding:.6rem;border-radius:6px}")
                .append(".meta{color:#52606d;font-size:.9rem}.flag{color:#b91c1c}").append(FeedbackRenderer.css())
                .append("</style></head><body>");
        b.append("<h1>Interview report · ").append(esc(r.preset())).append("</h1>");
        b.append("<p>").append(esc(String.join(" · ", RenderText.header(r, java.time.ZoneOffset.UTC)))).append("</p>");
        b.append("<p class=\"meta\">Session ").append(esc(r.sessionId())).append(" · ").append(esc(r.status()))
                .append(" · ").append(esc(r.mode())).append("</p>");
        RenderText.timeUp(r).ifPresent(t -> b.append("<p class=\"flag\"><strong>").append(esc(t)).append("</strong></p>"));
        RenderText.late(r).ifPresent(t -> b.append("<p class=\"flag\">").append(esc(t)).append("</p>"));
        if (r.overall().answered() == 0) {
            b.append("<p><span class=\"score\">").append(esc(RenderText.NOT_ENOUGH_ANSWERS)).append("</span>");
        } else {
            b.append("<p><span class=\"score\">").append(fmt(r.overall().score())).append("</span>/100 · ")
                    .append(esc(r.readiness()));
        }
        if (r.recommendation() != null) {
            b.append(" · <strong>").append(esc(r.recommendation())).append("</strong>");
        }
        if (!r.badges().isEmpty()) {
            b.append(" · ").append(esc(String.join(", ", r.badges())));
        }
        b.append("</p>");
        FeedbackRenderer.htmlDebrief(b, r);
        b.append("<h2>Dimensions</h2>").append(dimensionChart(r));
        htmlList(b, "Strengths", r.strengths());
        htmlList(b, "Weaknesses", r.weaknesses());
        htmlList(b, "Coaching priorities", r.coachingPriorities());
        htmlList(b, "Weak points revisited", r.weakPointsRevisited().stream().map(RenderText::revisitLine).toList());
        htmlList(b, "Skills", r.skills().stream().map(x -> x.tag() + ": " + fmt(x.score())).toList());
        htmlList(b, "Rounds", r.rounds().stream().map(x -> x.name() + " (" + x.kind() + "): "
                + (x.score() == null ? "not scored" : fmt(x.score()))).toList());
        if (!r.difficultyTrajectory().isEmpty()) {
            b.append("<p class=\"meta\">Difficulty: ").append(esc(String.join(" → ", r.difficultyTrajectory()))).append("</p>");
        }
        if (r.time().averageAnswerSeconds() != null) {
            b.append("<p class=\"meta\">Average time per answer: ").append(fmt(r.time().averageAnswerSeconds()))
                    .append(" s</p>");
        }
        Map<String, Report.AnswerDelivery> spoken = deliveryByLabel(r);
        b.append("<h2>Questions</h2>");
        for (Report.QuestionEntry q : r.questions()) {
            b.append("<div class=\"q\"><div class=\"meta\">").append(esc(q.label())).append(" · ").append(esc(q.round()))
                    .append(" · ").append(esc(q.difficulty()));
            if (q.score() != null) {
                b.append(" · ").append(fmt(q.score())).append("/100 · ").append(esc(q.provenance()));
                servedBy(q).ifPresent(by -> b.append(" · ").append(esc(by)));
            } else if (q.pending()) {
                b.append(" · evaluation pending");
            }
            b.append("</div><p><strong>").append(esc(q.text())).append("</strong></p><div class=\"ans\">")
                    .append(q.answer() == null ? "<em>not answered</em>" : esc(q.answer())).append("</div>");
            if (!q.flags().isEmpty()) {
                b.append("<p class=\"flag\">").append(esc(String.join(", ", q.flags()))).append("</p>");
            }
            htmlList(b, null, q.weaknesses());
            htmlList(b, null, q.suggestions());
            insights(q).ifPresent(i -> b.append("<p class=\"meta\">").append(esc(i)).append("</p>"));
            RenderText.levelLine(q).ifPresent(l -> b.append("<p class=\"meta\">").append(esc(l)).append("</p>"));
            RenderText.noRevisedAnswer(q).ifPresent(l -> b.append("<p class=\"meta\"><em>").append(esc(l)).append("</em></p>"));
            if (q.revisedAnswer() != null) {
                b.append("<p><strong>At the target level:</strong></p><div class=\"ans\">").append(esc(q.revisedAnswer()))
                        .append("</div>");
            }
            if (q.modelAnswer() != null) {
                b.append("<p><strong>Model answer:</strong></p><div class=\"ans\">").append(esc(q.modelAnswer()))
                        .append("</div>");
            }
            answerFacts(r, q.label(), spoken).ifPresent(f -> b.append("<p class=\"meta\">").append(esc(f)).append("</p>"));
            FeedbackRenderer.htmlQuestion(b, q, r.overall().scale());
            b.append("</div>");
        }
        if (r.language().note() != null) {
            b.append("<p class=\"meta\">").append(esc("Language: asked for " + r.language().requested() + ", held in "
                    + r.language().used() + ": " + r.language().note())).append("</p>");
        }
        b.append("<p class=\"meta\">").append(esc(usageLine(r.usage()))).append("</p></body></html>\n");
        return b.toString();
    }

    private static String dimensionChart(Report r) {
        int rowH = 26;
        int h = rowH * Math.max(1, r.dimensions().size()) + 10;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" + h
                + "\" role=\"img\" aria-label=\"dimension scores\">");
        int y = 5;
        for (Report.DimensionScore d : r.dimensions()) {
            int w = (int) Math.round(Math.max(0, Math.min(100, d.percent())) * 4);
            b.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(esc(d.name())).append("</text>")
                    .append("<rect x=\"180\" y=\"").append(y + 3).append("\" width=\"400\" height=\"16\" fill=\"#e4e7eb\"/>")
                    .append("<rect x=\"180\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"#d97706\"/>")
                    .append("<text x=\"590\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(fmt(d.percent())).append("</text>");
            y += rowH;
        }
        return b.append("</svg>").toString();
    }

    private static void htmlList(StringBuilder b, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (title != null) {
            b.append("<h2>").append(esc(title)).append("</h2>");
        }
        b.append("<ul>");
        items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>"));
        b.append("</ul>");
    }

    /**
     * @param h a candidate's history
     * @return a standalone HTML page with the sessions, the trends, the badges and an inline SVG chart of completed
     *     scores over time (dated points, labelled axes, 0-100 scale, one line per preset); no scripts, nothing loaded
     *     from the network, all text escaped
     */
    static String html(History h) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Interview history ").append(esc(h.candidateId())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1f2933}")
                .append("table{border-collapse:collapse;font-size:.85rem}td,th{border-bottom:1px solid #d9e2ec;")
                .append("padding:.3rem .5rem;text-align:left;white-space:nowrap}")
                .append(".meta{color:#52606d;font-size:.9rem}</style></head><body>");
        b.append("<h1>Interview history · ").append(esc(h.candidateId())).append("</h1>");
        if (h.groupKey() != null) {
            b.append("<p class=\"meta\">Group: ").append(esc(h.groupKey())).append("</p>");
        }
        if (h.sessions().isEmpty()) {
            return b.append("<p>No sessions yet.</p></body></html>\n").toString();
        }
        b.append(trendChart(h));
        for (History.Trend t : h.trends()) {
            b.append("<p>").append(esc(trendLine(t))).append("</p>");
            if (!t.dimensions().isEmpty()) {
                b.append("<table><tr><th>dimension</th><th>first</th><th>latest</th><th>change</th></tr>");
                t.dimensions().forEach(d -> b.append("<tr><td>").append(esc(d.name())).append("</td><td>")
                        .append(fmtNative(d.first())).append("</td><td>").append(fmtNative(d.latest())).append("</td><td>")
                        .append(signed(d.change())).append("</td></tr>"));
                b.append("</table>");
            }
        }
        b.append("<h2>Sessions</h2><table><tr><th>started</th><th>completed</th><th>preset</th><th>stage</th>")
                .append("<th>group</th><th>difficulty</th><th>questions</th><th>score</th><th>readiness</th>")
                .append("<th>badges</th><th>session</th></tr>");
        for (History.Entry e : h.sessions()) {
            b.append("<tr><td>").append(esc(minute(e.startedAt()))).append("</td><td>")
                    .append(esc(e.completedAt() == null ? e.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            : minute(e.completedAt())))
                    .append("</td><td>").append(esc(e.preset())).append("</td><td>").append(esc(e.stage() == null ? "-" : e.stage()))
                    .append("</td><td>").append(esc(e.groupKey() == null ? "-" : e.groupKey())).append("</td><td>")
                    .append(esc(e.difficulty())).append("</td><td>").append(e.questionsCompleted()).append("</td><td>")
                    .append(esc(historyScore(e))).append("</td><td>").append(esc(e.readiness() == null ? "-" : e.readiness()))
                    .append("</td><td>").append(esc(e.badges().isEmpty() ? "-" : String.join(", ", e.badges())))
                    .append("</td><td class=\"meta\">").append(esc(e.sessionId())).append("</td></tr>");
        }
        b.append("</table>");
        if (!h.badges().isEmpty()) {
            b.append("<h2>Badges</h2><ul>");
            h.badges().forEach(x -> b.append("<li>").append(esc(x.name())).append(", earned ").append(esc(day(x.awardedAt())))
                    .append("</li>"));
            b.append("</ul>");
        }
        return b.append("</body></html>\n").toString();
    }

    private static final String[] LINE_COLOURS = {"#d97706", "#2563eb", "#059669", "#7c3aed", "#db2777"};

    /**
     * Completed scores oldest to newest on a 0-100 axis, one line per preset, each point dated on the time axis and
     * titled with its native score; empty with no scored session.
     */
    private static String trendChart(History h) {
        List<History.Entry> scored = new ArrayList<>(h.sessions().stream().filter(e -> e.score() != null).toList());
        if (scored.isEmpty()) {
            return "";
        }
        Collections.reverse(scored);
        int w = 720;
        int hgt = 280;
        int left = 60;
        int right = 50;
        int top = 20;
        int bottom = 70;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt
                + "\" role=\"img\" aria-label=\"score by session date, 0 to 100\">");
        int x0 = left;
        int x1 = w - right;
        int yTop = top;
        int yBottom = hgt - bottom;
        for (int mark = 0; mark <= 100; mark += 25) {
            double y = yBottom - mark / 100.0 * (yBottom - yTop);
            b.append("<line x1=\"").append(x0).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(x1)
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(mark == 0 ? "#9aa5b1" : "#e4e7eb")
                    .append("\"/><text x=\"").append(x0 - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(mark).append("</text>");
        }
        b.append("<line x1=\"").append(x0).append("\" y1=\"").append(yTop).append("\" x2=\"").append(x0).append("\" y2=\"")
                .append(yBottom).append("\" stroke=\"#9aa5b1\"/>");
        b.append("<text x=\"14\" y=\"").append((yTop + yBottom) / 2).append("\" font-size=\"12\" text-anchor=\"middle\" ")
                .append("transform=\"rotate(-90 14 ").append((yTop + yBottom) / 2).append(")\">Score (0-100)</text>");
        b.append("<text x=\"").append((x0 + x1) / 2).append("\" y=\"").append(hgt - 8)
                .append("\" font-size=\"12\" text-anchor=\"middle\">Session date</text>");
        int n = scored.size();
        double[] xs = new double[n];
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? (x0 + x1) / 2.0 : x0 + 10 + i * (double) (x1 - x0 - 20) / (n - 1);
            if (i % every == 0 || i == n - 1) {
                b.append("<text x=\"").append(fmt(xs[i])).append("\" y=\"").append(yBottom + 18)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(esc(day(scored.get(i).startedAt())))
                        .append("</text>");
            }
        }
        Map<String, List<Integer>> byPreset = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byPreset.computeIfAbsent(scored.get(i).preset(), k -> new ArrayList<>()).add(i);
        }
        int colour = 0;
        int legendX = x0;
        for (Map.Entry<String, List<Integer>> line : byPreset.entrySet()) {
            String c = LINE_COLOURS[colour++ % LINE_COLOURS.length];
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i : line.getValue()) {
                History.Entry e = scored.get(i);
                double y = yBottom - Math.max(0, Math.min(100, e.score())) / 100 * (yBottom - yTop);
                points.append(fmt(xs[i])).append(',').append(fmt(y)).append(' ');
                dots.append("<circle cx=\"").append(fmt(xs[i])).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"")
                        .append(c).append("\"><title>").append(esc(day(e.startedAt()) + " " + e.preset() + ": "
                                + historyScore(e))).append("</title></circle>");
            }
            if (line.getValue().size() > 1) {
                b.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"2\" points=\"")
                        .append(points.toString().trim()).append("\"/>");
            }
            b.append(dots);
            b.append("<rect x=\"").append(legendX).append("\" y=\"").append(hgt - 34).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(c).append("\"/><text x=\"").append(legendX + 14).append("\" y=\"").append(hgt - 25)
                    .append("\" font-size=\"11\">").append(esc(line.getKey())).append("</text>");
            legendX += 24 + 7 * line.getKey().length();
        }
        return b.append("</svg>").toString();
    }

    /**
     * @param text any text
     * @return the text with {@code & < > " '} escaped for HTML
     */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
