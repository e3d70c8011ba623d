package io.interview4j.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sentences and numbers the Markdown and HTML renderings share, so both say the same thing. */
final class RenderText {

    private RenderText() {
    }

    /** "openai gpt-4o-mini" for a model-scored answer, empty offline. */
    static Optional<String> servedBy(Report.QuestionEntry q) {
        if (q.provider() == null && q.modelId() == null) {
            return Optional.empty();
        }
        String who = q.provider() == null ? q.modelId() : q.modelId() == null ? q.provider() : q.provider() + " " + q.modelId();
        return Optional.of("scored by " + who);
    }

    static Optional<String> insights(Report.QuestionEntry q) {
        if (q.insights() == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!q.insights().jobTermsUsed().isEmpty()) {
            parts.add("Job terms used: " + String.join(", ", q.insights().jobTermsUsed()));
        }
        if (!q.insights().topWords().isEmpty()) {
            parts.add("most-used words: " + String.join(", ", q.insights().topWords()));
        }
        if (!q.insights().talkingPointsCovered().isEmpty()) {
            parts.add("talking points covered: " + String.join("; ", q.insights().talkingPointsCovered()));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    static String usageLine(Report.Usage u) {
        StringBuilder b = new StringBuilder("Model calls ").append(u.modelCalls()).append(" · tokens in ")
                .append(u.inputTokens()).append(", out ").append(u.outputTokens()).append(", cached ").append(u.cachedTokens());
        if (u.estimatedCost() != null) {
            b.append(" · estimated cost ").append(u.estimatedCost().stripTrailingZeros().toPlainString());
        }
        if (u.budgetExhausted()) {
            b.append(" · budget spent: ").append(u.scoredOfflineForBudget()).append(" answer(s) scored offline");
        }
        return b.toString();
    }

    static String revisitLine(Report.RevisitedWeakPoint w) {
        return w.tag() + ": " + fmt(w.previousScore()) + " " + w.step() + (w.step() == 1 ? " session" : " sessions")
                + " ago, now " + (w.score() == null ? "not scored" : fmt(w.score()) + (w.recovered() ? " (recovered)" : ""))
                + (w.questions().isEmpty() ? "" : " in " + String.join(", ", w.questions()));
    }

    static Map<String, Report.AnswerDelivery> deliveryByLabel(Report r) {
        Map<String, Report.AnswerDelivery> byLabel = new HashMap<>();
        r.delivery().forEach(d -> byLabel.put(d.label(), d));
        return byLabel;
    }

    /** Time taken and, for a spoken answer, its delivery figures. */
    static Optional<String> answerFacts(Report r, String label, Map<String, Report.AnswerDelivery> spoken) {
        List<String> facts = new ArrayList<>();
        Long seconds = r.time().answerSeconds().get(label);
        if (seconds != null) {
            facts.add("Time: " + seconds + " s");
        }
        Report.AnswerDelivery d = spoken.get(label);
        if (d != null) {
            facts.add("Spoken: " + fmt(d.wordsPerMinute()) + " words/min (" + d.pace() + "), " + d.fillerCount()
                    + (d.fillerCount() == 1 ? " filler" : " fillers") + " (" + fmt(d.fillerRate()) + " per 100 words), "
                    + fmt(d.durationSeconds()) + " s of audio");
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", facts));
    }

    /** "coaching (1-10): improving, 5.8 → 7.2 (+1.4) over 3 sessions", with the group key when there is one. */
    static String trendLine(History.Trend t) {
        return t.preset() + (t.groupKey() == null ? "" : " · " + t.groupKey()) + " (" + t.nativeScale() + "): "
                + t.direction() + ", " + fmt(t.firstScore()) + " → " + fmt(t.latestScore()) + " (" + signed(t.change())
                + ") over " + t.sessions() + " sessions";
    }

    /** The score as seed 003 shows it: "7.2/10 (72/100)"; "-" when not scored. */
    static String historyScore(History.Entry e) {
        if (e.score() == null) {
            return "-";
        }
        String max = e.nativeScale().substring(e.nativeScale().indexOf('-') + 1);
        return max.equals("100") ? fmt(e.score()) + "/100"
                : fmtNative(e.nativeScore()) + "/" + max + " (" + fmt(e.score()) + "/100)";
    }

    /** The date part of an ISO-8601 instant, or "-" for none. */
    static String day(String iso) {
        return iso == null ? "-" : iso.length() >= 10 ? iso.substring(0, 10) : iso;
    }

    /** The time to the minute, "2026-03-01 09:00", or "-" for none. */
    static String minute(String iso) {
        return iso == null ? "-" : iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) : iso;
    }

    /** Two decimals when needed (0.72 on 0-1), else as {@link #fmt}. */
    static String fmtNative(double v) {
        return Math.abs(v * 10 - Math.rint(v * 10)) > 1e-9 ? String.format(Locale.ROOT, "%.2f", v) : fmt(v);
    }

    static String signed(double v) {
        return (v > 0 ? "+" : "") + fmtNative(v);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
