package io.interview4j.report;

import static io.interview4j.report.HtmlRenderer.esc;

import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.QuestionFeedback;
import java.util.List;
import java.util.Locale;

/**
 * The debrief and the per-question feedback in Markdown and HTML. The HTML debrief reads as a coach's letter:
 * paragraphs addressed to the candidate, the quotes set as quotations, the moments and next steps in sentences;
 * every piece of text is escaped.
 */
final class FeedbackRenderer {

    private FeedbackRenderer() {
    }

    /** The Markdown debrief section; {@code md} escapes inline text, {@code quote} writes a block quote. */
    static void markdownDebrief(StringBuilder b, Report r, java.util.function.UnaryOperator<String> md) {
        Debrief d = r.debrief();
        if (d == null) {
            return;
        }
        b.append("\n## Debrief\n\n").append(md.apply(d.assessment())).append("\n\n");
        b.append("Readiness: **").append(md.apply(d.readiness())).append("**");
        if (d.recommendation() != null) {
            b.append(" · Recommendation: **").append(md.apply(d.recommendation())).append("**");
            if (d.recommendationReason() != null) {
                b.append(" (").append(md.apply(d.recommendationReason())).append(')');
            }
        }
        b.append("\n");
        items(b, "Strengths", d.strengths(), md);
        items(b, "Areas to improve", d.areasToImprove(), md);
        if (d.strongestMoment() != null) {
            b.append("\n- Strongest moment: ").append(moment(d.strongestMoment(), md)).append('\n');
        }
        if (d.weakestMoment() != null) {
            b.append("- Weakest moment: ").append(moment(d.weakestMoment(), md)).append('\n');
        }
        if (!d.coachingPriorities().isEmpty()) {
            b.append("\n### Coaching priorities\n\n");
            for (int i = 0; i < d.coachingPriorities().size(); i++) {
                b.append(i + 1).append(". ").append(md.apply(d.coachingPriorities().get(i))).append('\n');
            }
        }
        if (!d.nextSteps().isEmpty()) {
            b.append("\n### Next steps\n\n");
            d.nextSteps().forEach(s -> b.append("- ").append(md.apply(s)).append('\n'));
        }
        if (!d.answerQuality().isEmpty()) {
            b.append("\n### Answer quality\n\n");
            d.answerQuality().forEach(q -> b.append("- ").append(md.apply(q.label())).append(": ").append(md.apply(q.quality())).append('\n'));
        }
        b.append("\n_Debrief: ").append(d.provenance()).append(d.promptVersion() == null ? "" : " · prompt " + md.apply(d.promptVersion()))
                .append("_\n");
    }

    private static void items(StringBuilder b, String title, List<Debrief.Item> items, java.util.function.UnaryOperator<String> md) {
        if (items.isEmpty()) {
            return;
        }
        b.append("\n### ").append(title).append("\n\n");
        items.forEach(i -> b.append("- ").append(md.apply(i.text())).append(" — “").append(md.apply(i.quote())).append("” (")
                .append(md.apply(i.label())).append(")\n"));
    }

    private static String moment(Debrief.Moment m, java.util.function.UnaryOperator<String> md) {
        return md.apply(m.label()) + ": " + md.apply(m.text()) + (m.quote() == null ? "" : " — “" + md.apply(m.quote()) + "”");
    }

    /** The Markdown feedback of one main question. */
    static void markdownQuestion(StringBuilder b, Report.QuestionEntry q, String scale,
                                 java.util.function.UnaryOperator<String> md) {
        QuestionFeedback f = q.feedback();
        if (f == null) {
            return;
        }
        b.append("\n**Feedback on ").append(md.apply(q.label())).append(" as a whole**");
        if (f.nativeScore() != null) {
            b.append(" · ").append(RenderText.fmt(f.nativeScore())).append(" on ").append(md.apply(scale));
        }
        if (f.levelDemonstrated() != null) {
            b.append(" · level ").append(md.apply(f.levelDemonstrated()));
        }
        b.append(" · ").append(f.provenance()).append("\n\n");
        f.whatLanded().forEach(s -> b.append("- Landed: ").append(md.apply(s)).append('\n'));
        f.whatDidNotLand().forEach(s -> b.append("- Did not land: ").append(md.apply(s)).append('\n'));
        if (f.coaching() != null) {
            b.append("\nCoaching: ").append(md.apply(f.coaching())).append('\n');
        }
        if (f.revisedAnswer() != null) {
            b.append("\n**Revised answer:**\n\n");
            for (String line : f.revisedAnswer().split("\n", -1)) {
                b.append("> ").append(md.apply(line)).append('\n');
            }
        }
    }

    /** The HTML debrief: a letter to the candidate. */
    static void htmlDebrief(StringBuilder b, Report r) {
        Debrief d = r.debrief();
        if (d == null) {
            return;
        }
        b.append("<section class=\"letter\"><h2>Your debrief</h2>");
        b.append("<p>").append(esc(d.assessment())).append("</p>");
        b.append("<p>Where you stand: <strong>").append(esc(d.readiness())).append("</strong>.");
        if (d.recommendation() != null) {
            b.append(" For the reviewer: <strong>").append(esc(d.recommendation())).append("</strong>");
            b.append(d.recommendationReason() == null ? "." : ", because " + esc(lowerFirst(d.recommendationReason()))
                    + (d.recommendationReason().endsWith(".") ? "" : "."));
        }
        b.append("</p>");
        if (!d.strengths().isEmpty()) {
            b.append("<p>What worked, in your own words:</p>");
            quotes(b, d.strengths());
        }
        if (!d.areasToImprove().isEmpty()) {
            b.append("<p>What to work on:</p>");
            quotes(b, d.areasToImprove());
        }
        if (d.strongestMoment() != null || d.weakestMoment() != null) {
            b.append("<p>");
            if (d.strongestMoment() != null) {
                b.append("Your strongest moment was <strong>").append(esc(d.strongestMoment().label())).append("</strong>: ")
                        .append(esc(d.strongestMoment().text())).append(". ");
            }
            if (d.weakestMoment() != null && (d.strongestMoment() == null
                    || !d.weakestMoment().label().equals(d.strongestMoment().label()))) {
                b.append("Your weakest was <strong>").append(esc(d.weakestMoment().label())).append("</strong>: ")
                        .append(esc(d.weakestMoment().text())).append('.');
            }
            b.append("</p>");
        }
        if (!d.coachingPriorities().isEmpty()) {
            b.append("<p>If you practise one thing, make it the first of these:</p><ol>");
            d.coachingPriorities().forEach(p -> b.append("<li>").append(esc(p)).append("</li>"));
            b.append("</ol>");
        }
        if (!d.nextSteps().isEmpty()) {
            b.append("<p>Before your next interview:</p><ul>");
            d.nextSteps().forEach(p -> b.append("<li>").append(esc(p)).append("</li>"));
            b.append("</ul>");
        }
        if (!d.answerQuality().isEmpty()) {
            b.append("<p class=\"meta\">Answer quality: ");
            for (int i = 0; i < d.answerQuality().size(); i++) {
                Debrief.AnswerQuality q = d.answerQuality().get(i);
                b.append(i == 0 ? "" : " · ").append(esc(q.label())).append(' ').append(esc(q.quality()));
            }
            b.append("</p>");
        }
        b.append("<p class=\"meta\">Debrief written ").append(switch (d.provenance()) {
            case MODEL -> "by a model";
            case FALLBACK -> "in code: the model's debrief could not be used";
            default -> "in code, offline";
        }).append(d.promptVersion() == null ? "" : " · prompt " + esc(d.promptVersion())).append("</p></section>");
    }

    private static void quotes(StringBuilder b, List<Debrief.Item> items) {
        b.append("<ul class=\"said\">");
        for (Debrief.Item i : items) {
            b.append("<li>").append(esc(i.text())).append("<blockquote>").append(esc(i.quote()))
                    .append("<cite>").append(esc(i.label())).append("</cite></blockquote></li>");
        }
        b.append("</ul>");
    }

    /** The HTML feedback of one main question. */
    static void htmlQuestion(StringBuilder b, Report.QuestionEntry q, String scale) {
        QuestionFeedback f = q.feedback();
        if (f == null) {
            return;
        }
        b.append("<div class=\"fb\"><p class=\"meta\">Feedback on ").append(esc(q.label())).append(" as a whole");
        if (f.nativeScore() != null) {
            b.append(" · ").append(RenderText.fmt(f.nativeScore())).append(" on ").append(esc(scale));
        }
        if (f.levelDemonstrated() != null) {
            b.append(" · level ").append(esc(f.levelDemonstrated()));
        }
        b.append(" · ").append(esc(f.provenance().name().toLowerCase(Locale.ROOT))).append("</p>");
        if (!f.whatLanded().isEmpty()) {
            b.append("<p>What landed:</p><ul>");
            f.whatLanded().forEach(s -> b.append("<li>").append(esc(s)).append("</li>"));
            b.append("</ul>");
        }
        if (!f.whatDidNotLand().isEmpty()) {
            b.append("<p>What did not land:</p><ul>");
            f.whatDidNotLand().forEach(s -> b.append("<li>").append(esc(s)).append("</li>"));
            b.append("</ul>");
        }
        if (f.coaching() != null) {
            b.append("<p><strong>Coaching:</strong> ").append(esc(f.coaching())).append("</p>");
        }
        if (f.revisedAnswer() != null) {
            b.append("<p><strong>Revised answer:</strong></p><div class=\"ans\">").append(esc(f.revisedAnswer())).append("</div>");
        }
        b.append("</div>");
    }

    /** The CSS of the sections above. */
    static String css() {
        return ".letter{background:#fffbeb;border-left:4px solid #d97706;padding:.5rem 1.2rem;margin:1.5rem 0;line-height:1.55}"
                + ".said{list-style:none;padding-left:0}.said li{margin:.6rem 0}"
                + "blockquote{margin:.3rem 0 0 1rem;font-style:italic;color:#3e4c59}"
                + "blockquote cite{display:block;font-style:normal;font-size:.85rem;color:#52606d}"
                + ".fb{border-top:1px dashed #d9e2ec;margin-top:.8rem}";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
