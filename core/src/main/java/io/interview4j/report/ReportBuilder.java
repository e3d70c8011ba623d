package io.interview4j.report;

import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.OfflineCoach;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.TokenUsage;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Dimension;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.session.Delivery;
import io.interview4j.session.QuestionSource;
import io.interview4j.session.Session;
import io.interview4j.session.TagScores;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import io.interview4j.text.internal.Texts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes a {@link Report} from a session. Pure: the same session and time give the same report. */
public final class ReportBuilder {

    /** The Jaccard similarity of stemmed content words at which two strengths or weaknesses are merged. */
    static final double NEAR_DUPLICATE = 0.6;

    private ReportBuilder() {
    }

    /**
     * @param s the session
     * @param now the report's time, used for the elapsed time of a session in progress
     * @return the report
     */
    public static Report build(Session s, Instant now) {
        return build(s, now, null);
    }

    /**
     * Computes the report of a session, with the estimated cost of its model calls.
     *
     * @param s the session
     * @param now the report's time, used for the elapsed time of a session in progress
     * @param costs prices model calls for {@code usage.estimatedCost}; null for no estimate
     * @return the report
     */
    public static Report build(Session s, Instant now, CostEstimator costs) {
        InterviewPlan plan = s.plan();
        Rubric rubric = plan.rubric();
        List<Evaluation> evals = new ArrayList<>();
        List<Report.QuestionEntry> questions = new ArrayList<>();
        Map<String, List<Double>> bySkill = new LinkedHashMap<>();
        Map<Integer, List<Double>> byRound = new LinkedHashMap<>();
        Map<String, Integer> provenance = new LinkedHashMap<>();
        for (Provenance p : Provenance.values()) {
            provenance.put(p.name(), 0);
        }
        int modelCalls = 0;
        long in = 0;
        long out = 0;
        long cached = 0;
        int skipped = 0;
        int offlineForBudget = 0;
        BigDecimal cost = costs == null ? null : BigDecimal.ZERO;
        Map<String, QuestionFeedback> feedback = OfflineCoach.feedback(s);
        Debrief debrief = s.recordedDebrief().orElseGet(() -> OfflineCoach.debrief(s));
        List<Coached> coached = new ArrayList<>();
        feedback.values().forEach(f -> coached.add(new Coached(f.modelId(), f.usage(), f.modelCalls())));
        coached.add(new Coached(debrief.modelId(), debrief.usage(), debrief.modelCalls()));
        for (Coached c : coached) {
            modelCalls += c.calls();
            in += c.usage().inputTokens();
            out += c.usage().outputTokens();
            cached += c.usage().cachedTokens();
            if (cost != null && c.usage().total() > 0) {
                cost = costs.estimateCost(c.modelId(), c.usage()).map(cost::add).orElse(null);
            }
        }
        for (Turn t : s.turns()) {
            Evaluation e = t.evaluation();
            if (t.skipped()) {
                skipped++;
            }
            if (e != null) {
                evals.add(e);
                provenance.merge(e.provenance().name(), 1, Integer::sum);
                t.question().skills().forEach(tag -> bySkill.computeIfAbsent(tag, k -> new ArrayList<>()).add(e.score()));
                byRound.computeIfAbsent(t.question().round(), k -> new ArrayList<>()).add(e.score());
                modelCalls += e.modelCalls();
                if (e.flags().contains(AnswerFlag.BUDGET_EXHAUSTED)) {
                    offlineForBudget++;
                }
                in += e.usage().inputTokens();
                out += e.usage().outputTokens();
                cached += e.usage().cachedTokens();
                if (cost != null && e.usage().total() > 0) {
                    cost = costs.estimateCost(e.modelId(), e.usage()).map(cost::add).orElse(null);
                }
            }
            questions.add(entry(plan, t, feedback.get(t.question().id())));
        }
        double overall = s.overallScore().orElse(0.0);
        List<Report.DimensionScore> dims = new ArrayList<>();
        Map<String, Double> averages = new LinkedHashMap<>();
        for (Dimension d : rubric.dimensions()) {
            // An evaluation without this dimension scored it nothing; with nothing scored the average is the minimum.
            double avg = evals.isEmpty() ? rubric.scale().min()
                    : evals.stream().mapToDouble(e -> e.dimensions().getOrDefault(d.name(), rubric.scale().min()))
                            .average().getAsDouble();
            averages.put(d.name(), avg);
            dims.add(new Report.DimensionScore(d.name(), round2(avg), round1(rubric.scale().toPercent(avg))));
        }
        List<Report.SkillScore> skills = bySkill.entrySet().stream()
                .map(en -> new Report.SkillScore(en.getKey(), round1(mean(en.getValue())))).toList();
        List<Report.RoundScore> rounds = new ArrayList<>();
        for (int i = 0; i < plan.rounds().size(); i++) {
            List<Double> scores = byRound.get(i);
            rounds.add(new Report.RoundScore(plan.rounds().get(i).name(), plan.rounds().get(i).kind(),
                    scores == null ? null : round1(mean(scores))));
        }
        List<String> strengths = topMerged(evals.stream().flatMap(e -> e.strengths().stream()).toList(), 3);
        List<String> weaknesses = topMerged(evals.stream().flatMap(e -> e.weaknesses().stream()).toList(), 5);
        List<String> trajectory = s.difficultyTrajectory().stream().map(d -> d.label()).toList();
        List<String> badges = s.badges();
        Instant end = s.endedAt().orElse(now);
        Map<String, Long> answerSeconds = answerSeconds(s);
        Report.Timing timing = new Report.Timing(s.startedAt().toString(), s.endedAt().map(Instant::toString).orElse(null),
                Math.max(0, Duration.between(s.startedAt(), end).getSeconds()),
                plan.totalTimeLimit() == null ? null : plan.totalTimeLimit().getSeconds(), s.endReason(), answerSeconds,
                answerSeconds.isEmpty() ? null
                        : round1(answerSeconds.values().stream().mapToLong(Long::longValue).average().orElse(0)));
        String scale = fmt(rubric.scale().min()) + "-" + fmt(rubric.scale().max());
        return new Report(Report.SCHEMA_VERSION, s.id(), s.candidateId(), plan.preset(), plan.mode().name(),
                s.status().name(), plan.role(), plan.company(),
                new Report.Overall(round1(overall), round2(rubric.scale().fromPercent(overall)), scale, rubric.name(),
                        evals.size(), skipped),
                debrief.readiness(),
                plan.mode() == Mode.ASSESSMENT ? recommendation(overall, evals.isEmpty()) : null,
                dims, skills, rounds, strengths, weaknesses, priorities(rubric, averages, evals.isEmpty()),
                revisited(s), delivery(s), questions,
                trajectory, badges, timing, provenance, new Report.Usage(modelCalls, in, out, cached, offlineForBudget > 0,
                        offlineForBudget, cost), language(s), debrief);
    }

    /** A feedback or debrief call's model, tokens and calls, for the report's usage. */
    private record Coached(String modelId, TokenUsage usage, int calls) {
    }

    private static Report.QuestionEntry entry(InterviewPlan plan, Turn t, QuestionFeedback feedback) {
        Evaluation e = t.evaluation();
        var q = t.question();
        List<String> flags = e == null ? (t.skipped() ? List.of("SKIPPED") : List.of())
                : e.flags().stream().map(Enum::name).toList();
        return new Report.QuestionEntry(q.label(), q.type().name(), plan.rounds().get(q.round()).name(), q.difficulty().label(),
                q.competency(), q.text(), t.answer(), e == null ? null : round1(e.score()),
                e == null ? null : round2(e.nativeScore()), e == null ? Map.of() : e.dimensions(),
                e == null ? null : e.provenance().name(), flags, e == null ? List.of() : e.strengths(),
                e == null ? List.of() : e.weaknesses(), e == null ? List.of() : e.suggestions(),
                e == null ? null : e.feedback(), e == null ? null : e.modelAnswer(),
                e == null ? null : e.levelDemonstrated(), t.timeTakenSeconds(), e == null ? null : e.modelId(),
                t.decision(), e == null ? null : e.provider(), e == null ? null : e.revisedAnswer(),
                e == null ? null : e.insights(), e == null ? 0 : e.evidenceDropped(), e == null && t.answer() != null,
                q.source().name(), q.skills(), promptVersions(q.promptVersion(), e == null ? null : e.promptVersion()),
                q.pick(), feedback);
    }

    private static String promptVersions(String question, String evaluation) {
        if (question == null) {
            return evaluation;
        }
        return evaluation == null ? question : question + " " + evaluation;
    }

    /** The language asked for and the one used: English unless a model wrote or chose a question. */
    static Report.Language language(Session s) {
        String requested = s.plan().language();
        if (s.plan().english()) {
            return new Report.Language(requested, requested, null);
        }
        boolean model = s.turns().stream().anyMatch(t -> t.question().source() == QuestionSource.MODEL);
        return model ? new Report.Language(requested, requested, null)
                : new Report.Language(requested, "en", "the questions came from the English bank and offline rules: "
                        + "no model wrote them");
    }

    /** Seed 002's recommendation for a reviewer. */
    static String recommendation(double overall, boolean nothingScored) {
        if (nothingScored) {
            return "Insufficient evidence";
        }
        if (overall >= 80) {
            return "Strongly Recommend";
        }
        if (overall >= 65) {
            return "Recommend";
        }
        return overall >= 50 ? "Consider" : "Do Not Recommend";
    }

    private static List<String> priorities(Rubric rubric, Map<String, Double> averages, boolean nothingScored) {
        if (nothingScored) {
            return List.of();
        }
        double totalWeight = rubric.dimensions().stream().mapToDouble(Dimension::weight).sum();
        double range = rubric.scale().max() - rubric.scale().min();
        List<Map.Entry<Dimension, Double>> ranked = new ArrayList<>();
        for (Dimension d : rubric.dimensions()) {
            double gap = (rubric.scale().max() - averages.get(d.name())) / range;
            if (gap > 0.05) {
                ranked.add(Map.entry(d, d.weight() / totalWeight * gap));
            }
        }
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return ranked.stream().limit(3).map(en -> "Improve " + en.getKey().name().replace('_', ' ') + " ("
                + fmt(round1(averages.get(en.getKey().name()))) + " of " + fmt(rubric.scale().max()) + "): "
                + en.getKey().description()).toList();
    }

    private static Map<String, Long> answerSeconds(Session s) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Turn t : s.turns()) {
            if (t.answer() == null) {
                continue;
            }
            if (t.timeTakenSeconds() != null) {
                out.put(t.question().label(), (long) t.timeTakenSeconds());
            } else if (t.answeredAt() != null) {
                out.put(t.question().label(), Math.max(0, Duration.between(t.askedAt(), t.answeredAt()).getSeconds()));
            }
        }
        return out;
    }

    private static List<Report.RevisitedWeakPoint> revisited(Session s) {
        Map<String, Double> scores = TagScores.of(s).scores();
        List<Report.RevisitedWeakPoint> out = new ArrayList<>();
        for (WeakPoint w : s.started().revisitWeakPoints()) {
            List<String> labels = s.turns().stream().filter(t -> TagScores.tags(t).contains(w.tag()))
                    .map(t -> t.question().label()).toList();
            Double score = scores.get(w.tag());
            out.add(new Report.RevisitedWeakPoint(w.tag(), w.step(), w.score(), score == null ? null : round1(score),
                    score != null && score >= TagScores.WEAK_BELOW, labels));
        }
        return out;
    }

    private static List<Report.AnswerDelivery> delivery(Session s) {
        List<Report.AnswerDelivery> out = new ArrayList<>();
        for (Turn t : s.turns()) {
            Delivery d = t.delivery();
            if (d != null) {
                out.add(new Report.AnswerDelivery(t.question().label(), d.durationSeconds(), d.words(), d.wordsPerMinute(),
                        d.fillerCount(), d.fillerRate(), d.pace()));
            }
        }
        return out;
    }

    /**
     * The most frequent items, near-duplicates ({@link #nearDuplicate}) merged into the first seen; ties keep the
     * order first seen.
     */
    static List<String> topMerged(List<String> items, int limit) {
        List<String> kept = new ArrayList<>();
        List<Set<String>> keptWords = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (String item : items) {
            Set<String> words = stems(item);
            if (words.isEmpty()) {
                continue;
            }
            int match = -1;
            for (int i = 0; i < keptWords.size() && match < 0; i++) {
                if (jaccard(words, keptWords.get(i)) >= NEAR_DUPLICATE) {
                    match = i;
                }
            }
            if (match >= 0) {
                counts.set(match, counts.get(match) + 1);
            } else {
                kept.add(item.trim());
                keptWords.add(words);
                counts.add(1);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a - b);
        return order.stream().limit(limit).map(kept::get).toList();
    }

    /**
     * Two items are near-duplicates when the Jaccard similarity of their sets of stemmed content words
     * ({@link Texts#contentStems}; all words when an item has only stopwords) is at least {@value #NEAR_DUPLICATE}:
     * "No measurable result" and "no measurable results given" are, "clear structure" and "unclear structure" are not.
     */
    static boolean nearDuplicate(String a, String b) {
        Set<String> x = stems(a);
        Set<String> y = stems(b);
        return !x.isEmpty() && !y.isEmpty() && jaccard(x, y) >= NEAR_DUPLICATE;
    }

    private static Set<String> stems(String s) {
        Set<String> stems = new HashSet<>(Texts.contentStems(s));
        if (stems.isEmpty()) {
            Texts.words(s).forEach(w -> stems.add(Texts.stem(w)));
        }
        return stems;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }

    /** The mean of a list that is never empty: callers group scores by a key only when a score arrives. */
    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
