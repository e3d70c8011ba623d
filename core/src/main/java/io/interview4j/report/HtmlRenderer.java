package io.interview4j.report;

import static io.interview4j.report.RenderText.answerFacts;
import static io.interview4j.report.RenderText.deliveryByLabel;
import static io.interview4j.report.RenderText.fmt;
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
        b.append("<p class=\"meta\">Session ").append(esc(r.sessionId())).append(" · ").append(esc(r.role()));
        if (r.company() != null) {
            b.append(" at ").append(esc(r.company()));
        }
        b.append(" · ").append(esc(r.status())).append(" · ").append(esc(r.mode())).append("</p>");
        b.append("<p><span class=\"score\">").append(fmt(r.overall().score())).append("</span>/100 · ")
                .append(esc(r.readiness()));
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
     * @return a standalone HTML page with the sessions, the trend and an inline SVG line of completed scores over
     *     time; no scripts, nothing loaded from the network, all text escaped
     */
    static String html(History h) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Interview history ").append(esc(h.candidateId())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:920px;margin:2rem auto;padding:0 1rem;color:#1f2933}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #d9e2ec;padding:.3rem .6rem;text-align:left}")
                .append(".meta{color:#52606d;font-size:.9rem}</style></head><body>");
        b.append("<h1>Interview history · ").append(esc(h.candidateId())).append("</h1>");
        if (h.sessions().isEmpty()) {
            return b.append("<p>No sessions yet.</p></body></html>\n").toString();
        }
        b.append(trendChart(h));
        History.Trend t = h.trend();
        if (t != null) {
            b.append("<p>").append(esc(trendLine(t))).append("</p>");
            if (!t.dimensions().isEmpty()) {
                b.append("<table><tr><th>dimension</th><th>first</th><th>latest</th><th>change</th></tr>");
                t.dimensions().forEach(d -> b.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(fmt(d.first()))
                        .append("</td><td>").append(fmt(d.latest())).append("</td><td>").append(signed(d.change()))
                        .append("</td></tr>"));
                b.append("</table>");
            }
        }
        b.append("<h2>Sessions</h2><table><tr><th>started</th><th>preset</th><th>status</th><th>score</th>")
                .append("<th>readiness</th><th>session</th></tr>");
        for (History.Entry e : h.sessions()) {
            b.append("<tr><td>").append(esc(e.startedAt())).append("</td><td>").append(esc(e.preset())).append("</td><td>")
                    .append(esc(e.status())).append("</td><td>").append(e.score() == null ? "-" : fmt(e.score()))
                    .append("</td><td>").append(esc(e.readiness() == null ? "-" : e.readiness())).append("</td><td class=\"meta\">")
                    .append(esc(e.sessionId())).append("</td></tr>");
        }
        return b.append("</table></body></html>\n").toString();
    }

    /** Completed scores oldest to newest as a polyline on a 0-100 axis; empty with no scored session. */
    private static String trendChart(History h) {
        List<History.Entry> scored = new ArrayList<>(h.sessions().stream().filter(e -> e.score() != null).toList());
        if (scored.isEmpty()) {
            return "";
        }
        Collections.reverse(scored);
        int w = 640;
        int hgt = 200;
        int pad = 30;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt
                + "\" role=\"img\" aria-label=\"score trend\">");
        b.append("<line x1=\"").append(pad).append("\" y1=\"").append(hgt - pad).append("\" x2=\"").append(w - 10)
                .append("\" y2=\"").append(hgt - pad).append("\" stroke=\"#9aa5b1\"/>");
        for (int mark : new int[] {0, 50, 100}) {
            double y = y(mark, hgt, pad);
            b.append("<text x=\"0\" y=\"").append(fmt(y + 4)).append("\" font-size=\"11\">").append(mark).append("</text>");
        }
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < scored.size(); i++) {
            double x = scored.size() == 1 ? (w + pad) / 2.0 : pad + i * (double) (w - 10 - pad) / (scored.size() - 1);
            double y = y(scored.get(i).score(), hgt, pad);
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#d97706\">")
                    .append("<title>").append(esc(scored.get(i).startedAt() + " " + scored.get(i).preset() + ": "
                            + fmt(scored.get(i).score()))).append("</title></circle>");
        }
        b.append("<polyline fill=\"none\" stroke=\"#d97706\" stroke-width=\"2\" points=\"")
                .append(points.toString().trim()).append("\"/>");
        return b.append(dots).append("</svg>").toString();
    }

    private static double y(double score, int height, int pad) {
        double clamped = Math.max(0, Math.min(100, score));
        return height - pad - clamped / 100 * (height - 2 * pad);
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
