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

    /** What a report says in place of a score when nothing was answered. */
    static final String NOT_ENOUGH_ANSWERS = "not enough answers to score";

    /**
     * Who, for what, when and how long: "Candidate: ana", "Role: backend engineer at Acme", "Date: 2026-03-01 10:00:05
     * Europe/Berlin", "Length: 12 min 30 s of a 15 min limit".
     *
     * @param zone the time zone the date is shown in
     */
    static List<String> header(Report r, java.time.ZoneId zone) {
        List<String> out = new ArrayList<>();
        out.add("Candidate: " + r.candidateId());
        out.add("Role: " + r.role() + (r.company() == null ? "" : " at " + r.company()));
        out.add("Date: " + second(r.time().startedAt(), zone) + " " + zoneName(zone));
        out.add("Length: " + duration(r.time().elapsedSeconds()) + (r.time().limitSeconds() == null ? ""
                : " of a " + duration(r.time().limitSeconds()) + " limit")
                + (r.time().endedAt() == null ? " so far" : ""));
        levelShown(r).ifPresent(level -> out.add("Coaching level demonstrated: " + level));
        return out;
    }

    /** "12 min 30 s", "45 s", "1 h 5 min". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }

    /** The score as the report shows it: "72/100", or that nothing was answered. */
    static String overallScore(Report r) {
        return r.overall().answered() == 0 ? NOT_ENOUGH_ANSWERS : fmt(r.overall().score()) + "/100";
    }

    /** The level most main answers demonstrated (the higher on a tie), when the rubric has levels. */
    static Optional<String> levelShown(Report r) {
        Map<String, Integer> counts = new HashMap<>();
        r.questions().stream().filter(q -> q.levelDemonstrated() != null && !"FOLLOW_UP".equals(q.kind()))
                .forEach(q -> counts.merge(q.levelDemonstrated(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    /** Says that time ran out, when a timed interview ended at its limit. */
    static Optional<String> timeUp(Report r) {
        if (!"time_up".equals(r.time().endReason())) {
            return Optional.empty();
        }
        return Optional.of("Time ran out: the interview ended at its " + (r.time().limitSeconds() == null ? "time"
                : duration(r.time().limitSeconds())) + " limit" + (r.overall().answered() == 0 ? "."
                : ", and the report covers the answers given by then" + (lateLabels(r).isEmpty() ? "." : " and after.")));
    }

    /** Says which answers arrived after the limit (flagged LATE) and that they are kept. */
    static Optional<String> late(Report r) {
        List<String> labels = lateLabels(r);
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((labels.size() == 1 ? "The answer to " + labels.get(0) + " was"
                : "The answers to " + String.join(", ", labels) + " were")
                + " submitted after the time was up: stored, scored and flagged LATE.");
    }

    private static List<String> lateLabels(Report r) {
        return r.questions().stream().filter(q -> q.flags().contains("LATE")).map(Report.QuestionEntry::label).toList();
    }

    /** "Level demonstrated: L4", for answers scored on a rubric with levels. */
    static Optional<String> levelLine(Report.QuestionEntry q) {
        return q.levelDemonstrated() == null ? Optional.empty() : Optional.of("Level demonstrated: " + q.levelDemonstrated());
    }

    /** Why an answer scored on a rubric with levels has no revised answer; empty when it has one. */
    static Optional<String> noRevisedAnswer(Report.QuestionEntry q) {
        if (q.revisedAnswer() != null || q.levelDemonstrated() == null || q.score() == null) {
            return Optional.empty();
        }
        String why;
        if (q.flags().contains("REVISED_ANSWER_DISCARDED")) {
            why = "the model's rewrite named facts or numbers you never said, so it was discarded";
        } else if ("RULE".equals(q.provenance())) {
            why = "the answer gave too little to rewrite";
        } else if ("MODEL".equals(q.provenance())) {
            why = "the model did not write one for this answer";
        } else {
            why = "rewriting an answer at the target level from your own facts needs a language model, and this "
                    + "answer was scored offline";
        }
        return Optional.of("No revised answer: " + why + ".");
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

    /**
     * @param iso an ISO-8601 instant, or {@code null}
     * @param zone the time zone to show it in
     * @return the time to the second in {@code zone}, "2026-03-01 10:00:05"; "-" for {@code null}; {@code iso} as it
     *     is when it does not parse
     */
    static String second(String iso, java.time.ZoneId zone) {
        if (iso == null) {
            return "-";
        }
        try {
            return SECOND.withZone(zone).format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** @return "UTC" for UTC, else the zone's id, such as "Europe/Berlin" or "+02:00" */
    static String zoneName(java.time.ZoneId zone) {
        java.time.ZoneId z = zone.normalized();
        return z.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static final java.time.format.DateTimeFormatter SECOND =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

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
