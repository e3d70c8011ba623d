package io.interview4j.feedback;

import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.scoring.Dimension;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.session.Session;
import io.interview4j.session.TagScores;
import io.interview4j.session.Turn;
import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.interview4j.feedback.OfflineCoach.*;

/**
 * The debrief written in code ({@link OfflineCoach#debrief}): the assessment, strengths and areas with quotes, the
 * strongest and weakest moments, coaching priorities, next steps, readiness and, in assessment mode, the
 * recommendation and answer quality. Uses {@link OfflineCoach}'s per-question feedback and quoting.
 */
final class OfflineDebrief {

    private OfflineDebrief() {
    }

    /**
     * Writes the debrief of a session in code.
     *
     * @param s the session
     * @return the debrief, provenance {@link Provenance#HEURISTIC}; for a session with nothing scored, an assessment
     *     saying so with no strengths, areas or moments
     */
    static Debrief debrief(Session s) {
        Objects.requireNonNull(s, "session");
        InterviewPlan plan = s.plan();
        Rubric rubric = plan.rubric();
        Map<String, QuestionFeedback> feedback = feedback(s);
        List<Turn> scored = s.turns().stream().filter(t -> t.evaluation() != null && !t.skipped() && t.answer() != null).toList();
        String readiness = readiness(s);
        boolean assessment = plan.mode() == Mode.ASSESSMENT;
        if (scored.isEmpty()) {
            return new Debrief("Not enough answers to assess: no answer was scored in this session. Answer at least one "
                    + "question fully to get a debrief.", List.of(), List.of(), null, null, List.of(),
                    List.of("Start a new session and answer every question, even briefly."), readiness,
                    assessment ? "Insufficient evidence" : null, assessment ? "No answer was scored." : null,
                    List.of(), Provenance.HEURISTIC, null, null, null, 0);
        }
        double overall = s.overallScore().orElse(0.0);
        List<Turn> byScore = new ArrayList<>(scored);
        byScore.sort(Comparator.comparingDouble((Turn t) -> -t.evaluation().score()));
        Turn strongest = byScore.get(0);
        Turn weakest = byScore.get(byScore.size() - 1);
        List<Debrief.Item> strengths = strengths(byScore);
        List<Debrief.Item> areas = areas(s, byScore);
        Debrief.Moment strong = new Debrief.Moment(strongest.question().label(), "scored " + nativeText(rubric, strongest)
                + firstOr(strongest.evaluation().strengths(), ": ", ""), quote(strongest.answer(), null,
                firstOr(strongest.evaluation().strengths(), "", strongest.question().text()), Set.of()));
        Debrief.Moment weak = new Debrief.Moment(weakest.question().label(), "scored " + nativeText(rubric, weakest)
                + firstOr(weakest.evaluation().weaknesses().stream().map(w -> gapSentence(w, weakest.question().competency()))
                .map(OfflineCoach::lowerFirst).toList(), ": ", ""), quote(weakest.answer(), null, weakest.question().text(), Set.of()));
        List<String> priorities = priorities(s, feedback);
        List<String> next = nextSteps(s, feedback, priorities, weakest);
        String assessmentText = assessment(s, overall, readiness, strongest, weakest, feedback);
        String recommendation = assessment ? recommendation(overall) : null;
        String reason = assessment ? "Overall " + fmt(overall) + "/100, " + readiness + "; strongest at "
                + strongest.question().label() + ", weakest at " + weakest.question().label()
                + (areas.isEmpty() ? "" : ": " + lowerFirst(areas.get(0).text())) + "." : null;
        List<Debrief.AnswerQuality> quality = new ArrayList<>();
        if (assessment) {
            for (Turn t : s.turns()) {
                if (t.skipped() || t.answer() == null) {
                    quality.add(new Debrief.AnswerQuality(t.question().label(), "Not answered"));
                } else if (t.evaluation() != null) {
                    quality.add(new Debrief.AnswerQuality(t.question().label(), answerQuality(t.evaluation().score())));
                }
            }
        }
        return new Debrief(assessmentText, strengths, areas, strong, weak, priorities, next, readiness, recommendation,
                reason, quality, Provenance.HEURISTIC, null, null, null, 0);
    }

    private static List<Debrief.Item> strengths(List<Turn> byScore) {
        List<Debrief.Item> out = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        Set<String> quotes = new HashSet<>();
        for (Turn t : byScore) {
            if (t.evaluation().provenance() == Provenance.RULE) {
                continue;
            }
            for (String strength : t.evaluation().strengths()) {
                String text = sentence(strength);
                String quote = quote(t.answer(), preference(strength), strength, quotes);
                if (quote != null && out.size() < 3 && texts.add(text.toLowerCase(Locale.ROOT))) {
                    quotes.add(quote);
                    out.add(new Debrief.Item(text + " (" + t.question().label() + ")", quote, t.question().label()));
                }
            }
        }
        if (out.isEmpty()) {
            Turn best = byScore.get(0);
            String quote = quote(best.answer(), null, best.question().text(), Set.of());
            if (quote != null && best.evaluation().provenance() != Provenance.RULE) {
                out.add(new Debrief.Item("Your best answer was " + best.question().label()
                        + ": it took the question on directly", quote, best.question().label()));
            }
        }
        return out;
    }

    private static List<Debrief.Item> areas(Session s, List<Turn> byScore) {
        List<Debrief.Item> out = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (int i = byScore.size() - 1; i >= 0 && out.size() < 3; i--) {
            Turn t = byScore.get(i);
            List<String> gaps = new ArrayList<>();
            if (t.evaluation().flags().stream().anyMatch(NON_ANSWERS::contains)) {
                gaps.add("You did not answer " + t.question().label() + "; even a partial answer shows how you think");
            }
            t.evaluation().weaknesses().forEach(w -> gaps.add(gapSentence(w, t.question().competency())));
            for (String gap : gaps) {
                if (GENERIC.matcher(gap).find()) {
                    continue;
                }
                String key = gap.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
                String quote = gapQuote(t.answer(), gap);
                if (quote != null && out.size() < 3 && texts.add(key)) {
                    out.add(new Debrief.Item(gap + " (" + t.question().label() + ")", quote, t.question().label()));
                    break;
                }
            }
        }
        return out;
    }

    /** The part of an answer where a gap shows: its ending for a missing result, its opening otherwise. */
    private static String gapQuote(String answer, String gap) {
        List<String> sentences = Texts.sentences(answer).stream().filter(answer::contains).toList();
        if (sentences.isEmpty()) {
            return answer.isBlank() ? null : clipQuote(answer.strip());
        }
        String lower = gap.toLowerCase(Locale.ROOT);
        boolean ending = lower.contains("result") || lower.contains("how it ended") || lower.contains("changed");
        return clipQuote(ending ? sentences.get(sentences.size() - 1) : sentences.get(0));
    }

    private static List<String> priorities(Session s, Map<String, QuestionFeedback> feedback) {
        Rubric rubric = s.plan().rubric();
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        if (rubric.dimensions().size() > 1) {
            double total = rubric.dimensions().stream().mapToDouble(Dimension::weight).sum();
            double range = rubric.scale().max() - rubric.scale().min();
            List<Evaluation> evals = s.turns().stream().map(Turn::evaluation).filter(Objects::nonNull).toList();
            for (Dimension d : rubric.dimensions()) {
                double avg = evals.stream().mapToDouble(e -> e.dimensions().getOrDefault(d.name(), rubric.scale().min()))
                        .average().orElse(rubric.scale().min());
                double gap = (rubric.scale().max() - avg) / range;
                if (gap > 0.05) {
                    ranked.add(Map.entry("Improve " + d.name().replace('_', ' ') + " (" + fmt(avg) + " of "
                            + fmt(rubric.scale().max()) + "): " + lowerFirst(d.description()), d.weight() / total * gap));
                }
            }
        } else {
            Map<String, List<Double>> byCompetency = new LinkedHashMap<>();
            Map<String, String> firstGap = new LinkedHashMap<>();
            for (QuestionFeedback f : feedback.values()) {
                if (f.score() == null) {
                    continue;
                }
                String c = f.competency() == null ? f.label() : f.competency().replace('_', ' ');
                byCompetency.computeIfAbsent(c, k -> new ArrayList<>()).add(f.score());
                if (!f.whatDidNotLand().isEmpty()) {
                    firstGap.putIfAbsent(c, f.whatDidNotLand().get(0));
                }
            }
            byCompetency.forEach((c, scores) -> {
                double avg = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double gap = (100 - avg) / 100;
                if (gap > 0.05) {
                    ranked.add(Map.entry("Practise " + c + " (" + fmt(rubric.scale().fromPercent(avg)) + " of "
                            + fmt(rubric.scale().max()) + ")" + (firstGap.containsKey(c) ? ": " + lowerFirst(firstGap.get(c)) : ""),
                            gap / byCompetency.size()));
                }
            });
        }
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return ranked.stream().limit(3).map(Map.Entry::getKey).toList();
    }

    private static List<String> nextSteps(Session s, Map<String, QuestionFeedback> feedback, List<String> priorities,
                                          Turn weakest) {
        List<String> out = new ArrayList<>();
        QuestionFeedback weakestQuestion = feedback.values().stream().filter(f -> f.score() != null)
                .min(Comparator.comparingDouble(QuestionFeedback::score)).orElse(null);
        if (weakestQuestion != null) {
            out.add("Answer " + weakestQuestion.label() + " again out loud, fixing "
                    + (weakestQuestion.whatDidNotLand().isEmpty() ? "its weakest part"
                    : "this first: " + lowerFirst(weakestQuestion.whatDidNotLand().get(0)))
                    + (weakestQuestion.revisedAnswer() != null ? "; use the revised answer as a guide" : "") + ".");
        } else {
            out.add("Answer " + weakest.question().label() + " again out loud, fixing its weakest part.");
        }
        Map<String, Double> tags = TagScores.of(s).scores();
        List<String> weak = tags.entrySet().stream().filter(e -> e.getValue() < TagScores.WEAK_BELOW)
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).limit(3).toList();
        if (!weak.isEmpty()) {
            out.add("Expect " + String.join(", ", weak) + " to come back in your next sessions (after 1, 3 and 7 "
                    + "sessions) until each scores " + fmt(TagScores.WEAK_BELOW) + " or more.");
        }
        if (!priorities.isEmpty()) {
            out.add("Before your next session, practise one question a day on " + priorities.get(0)
                    .replaceFirst("^(Practise|Improve) ", "").replaceFirst(" \\(.*$", "") + ".");
        }
        return out;
    }

    private static String assessment(Session s, double overall, String readiness, Turn strongest, Turn weakest,
                                     Map<String, QuestionFeedback> feedback) {
        Rubric rubric = s.plan().rubric();
        String scale = fmt(rubric.scale().min()) + "-" + fmt(rubric.scale().max());
        int questions = feedback.isEmpty() ? (int) s.turns().stream().filter(t -> t.answer() != null).count() : feedback.size();
        StringBuilder b = new StringBuilder();
        b.append("You scored ").append(fmt(rubric.scale().fromPercent(overall))).append(" on ").append(scale).append(" over ")
                .append(questions).append(questions == 1 ? " question" : " questions").append(", which reads as ")
                .append(readiness).append('.');
        if (strongest != weakest) {
            b.append(" Your strongest moment was ").append(strongest.question().label()).append(topic(strongest))
                    .append(" and your weakest ").append(weakest.question().label()).append(topic(weakest)).append('.');
        }
        b.append(switch (readiness) {
            case "Ready" -> " Keep the same structure and evidence in the real interview.";
            case "Almost Ready" -> " Close the gaps below and you will be ready.";
            default -> " Work on the priorities below before a real interview.";
        });
        return b.toString();
    }

    private static String topic(Turn t) {
        String c = t.question().competency() != null ? t.question().competency() : t.question().kind();
        return c == null ? "" : " (" + c.replace('_', ' ') + ")";
    }

    /**
     * Seed 003's readiness with its gap and level criteria (see the class documentation), from the evaluations only,
     * so that it is the same whenever it is computed: question scores and levels as the code's feedback gives them.
     *
     * @param s a session
     * @return Ready, Almost Ready or Needs Practice; Needs Practice when nothing was scored
     */
    static String readiness(Session s) {
        Map<String, QuestionFeedback> offline = new LinkedHashMap<>();
        closedMainQuestions(s).forEach(id -> offline.put(id, questionFeedback(s, id)));
        return readiness(s, offline);
    }

    private static String readiness(Session s, Map<String, QuestionFeedback> feedback) {
        Optional<Double> overall = s.overallScore();
        if (overall.isEmpty()) {
            return "Needs Practice";
        }
        String band = s.plan().readiness().label(overall.get());
        List<String> levels = s.plan().rubric().levels();
        String target = s.plan().targetLevel();
        double criticalBelow = s.plan().readiness().almostReadyAt() * CRITICAL_SHARE;
        int critical = 0;
        int withLevel = 0;
        int atLevel = 0;
        for (QuestionFeedback f : feedback.values()) {
            if (f.score() == null || f.score() < criticalBelow) {
                critical++;
            }
            if (!levels.isEmpty() && target != null && levels.contains(target) && f.levelDemonstrated() != null) {
                withLevel++;
                if (levels.indexOf(f.levelDemonstrated()) >= levels.indexOf(target)) {
                    atLevel++;
                }
            }
        }
        boolean allAtLevel = withLevel == 0 || atLevel == withLevel;
        boolean mostlyAtLevel = withLevel == 0 || atLevel * 2 >= withLevel;
        if (band.equals("Ready") && (critical > 0 || !allAtLevel)) {
            band = "Almost Ready";
        }
        if (band.equals("Almost Ready") && (critical > 1 || !mostlyAtLevel)) {
            band = "Needs Practice";
        }
        return band;
    }

    /**
     * Seed 002's recommendation for a reviewer.
     *
     * @param overall the overall score on 0-100
     * @return Strongly Recommend (80 or more), Recommend (65), Consider (50) or Do Not Recommend
     */
    static String recommendation(double overall) {
        if (overall >= 80) {
            return "Strongly Recommend";
        }
        if (overall >= 65) {
            return "Recommend";
        }
        return overall >= 50 ? "Consider" : "Do Not Recommend";
    }

    /**
     * Seed 002's answer quality of one response.
     *
     * @param score its 0-100 score
     * @return Excellent (80 or more), Good (60), Fair (40) or Poor
     */
    static String answerQuality(double score) {
        if (score >= 80) {
            return "Excellent";
        }
        if (score >= 60) {
            return "Good";
        }
        return score >= 40 ? "Fair" : "Poor";
    }
}
