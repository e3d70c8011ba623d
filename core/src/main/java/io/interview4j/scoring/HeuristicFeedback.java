package io.interview4j.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a heuristic evaluation: strengths, weaknesses, suggestions, follow-up questions, evidence and the
 * one-line feedback, each read off the answer's features and component scores.
 */
final class HeuristicFeedback {

    private HeuristicFeedback() {
    }

    /** What kind of question the advice is for: STAR fits stories, not explanations or code. */
    enum Kind {
        /** A past experience ("tell me about a time"): STAR and a measurable result. */
        BEHAVIOURAL,
        /** A hypothetical ("what would you do if"): STAR's parts, and how success would be judged. */
        SITUATIONAL,
        /** An explanation or a design: correctness, trade-offs and examples. */
        TECHNICAL,
        /** An algorithm or code: the approach, complexity and edge cases. */
        CODING,
        /** Motivation and fit ("why this role"): specific reasons and an example. */
        GENERAL
    }

    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "what would you do|how would you (handle|respond|deal|approach|react)|imagine|suppose|if you (were|had|found)");
    private static final Pattern CODING_QUESTION = Pattern.compile(
            "write (a |an )?(function|method|program|code|query)|implement|algorithm|complexity|big-?o|\\barray\\b"
                    + "|linked list|binary (tree|search)|reverse a|sort (a|an|the)");
    private static final Pattern COMPLEXITY = Pattern.compile(
            "o\\([^)]*\\)|complexity|linear time|constant time|logarithmic|quadratic|n log n|time and space|space and time");
    private static final Pattern STORY_KIND = Pattern.compile("behaviou?ral");

    /** The part of an answer a line is about, so a strength is never contradicted by a weakness or a suggestion. */
    private enum Aspect { KEY_POINTS, STRUCTURE, RESULT, EXAMPLE, TRADE_OFF, TERMS, CLARITY, LENGTH, FOCUS, COMPLEXITY }

    private record Line(Aspect aspect, String text) {
    }

    /** The strengths, weaknesses and suggestions of one answer, consistent with each other. */
    record Lines(List<String> strengths, List<String> weaknesses, List<String> suggestions) {
    }

    /**
     * @param questionKind the request's kind, or {@code null}
     * @param question the question
     * @param behavioural whether the scorer treats it as behavioural
     * @return the kind of advice that fits
     */
    static Kind kind(String questionKind, String question, boolean behavioural) {
        String k = questionKind == null ? "" : questionKind.toLowerCase(Locale.ROOT);
        String q = question.toLowerCase(Locale.ROOT);
        boolean hypothetical = HYPOTHETICAL.matcher(q).find();
        if (k.equals("dsa") || k.equals("coding") || k.equals("algorithm")) {
            return Kind.CODING;
        }
        if (k.equals("situational")) {
            return Kind.SITUATIONAL;
        }
        if (STORY_KIND.matcher(k).matches()) {
            return hypothetical ? Kind.SITUATIONAL : Kind.BEHAVIOURAL;
        }
        if (k.equals("hr") || k.equals("motivation") || k.equals("role_specific")) {
            return behavioural && q.matches(".*(tell me about a time|describe a time|give (me )?an example of a time).*")
                    ? Kind.BEHAVIOURAL : Kind.GENERAL;
        }
        if (k.isEmpty() && behavioural) {
            return hypothetical ? Kind.SITUATIONAL : Kind.BEHAVIOURAL;
        }
        return CODING_QUESTION.matcher(q).find() && !k.equals("system_design") ? Kind.CODING : Kind.TECHNICAL;
    }

    /**
     * The answer's strengths (at most 4), weaknesses (at most 5, each a sentence a coach would say) and suggestions
     * (at most 4), with advice that fits the question's kind; a strength on something a weakness or a suggestion
     * asks to fix is dropped.
     */
    static Lines lines(AnswerFeatures f, ComponentScores s, Kind kind, String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        List<Line> weaknesses = weaknesses(f, s, kind, lower);
        List<Line> suggestions = suggestions(f, kind, lower);
        Set<Aspect> toFix = EnumSet.noneOf(Aspect.class);
        weaknesses.forEach(l -> toFix.add(l.aspect()));
        suggestions.forEach(l -> toFix.add(l.aspect()));
        List<String> strengths = strengths(f, kind).stream().filter(l -> !toFix.contains(l.aspect())).map(Line::text)
                .limit(4).toList();
        return new Lines(strengths, weaknesses.stream().map(Line::text).limit(5).toList(),
                suggestions.stream().map(Line::text).limit(4).toList());
    }

    private static List<Line> strengths(AnswerFeatures f, Kind kind) {
        List<Line> out = new ArrayList<>();
        if (!f.keyPointsCovered().isEmpty()) {
            out.add(new Line(Aspect.KEY_POINTS, "covered " + f.keyPointsCovered().size() + " of "
                    + (f.keyPointsCovered().size() + f.keyPointsMissed().size()) + " key points, including: "
                    + trimPoint(f.keyPointsCovered().get(0))));
        }
        if ((kind == Kind.BEHAVIOURAL || kind == Kind.SITUATIONAL) && f.star().count() >= 3) {
            out.add(new Line(Aspect.STRUCTURE, "clear STAR structure (" + starParts(f.star(), true) + ")"));
        }
        if (f.measurableResults() > 0) {
            out.add(new Line(Aspect.RESULT, "quantified the outcome with a measurable result"));
        }
        if (f.exampleCues() > 0) {
            out.add(new Line(Aspect.EXAMPLE, "grounded the answer in a concrete example"));
        }
        if (f.tradeOffCues() >= 2) {
            out.add(new Line(Aspect.TRADE_OFF, "weighed trade-offs and alternatives"));
        }
        if (!f.insights().jobTermsUsed().isEmpty()) {
            out.add(new Line(Aspect.TERMS, "used terms from the role: " + String.join(", ",
                    f.insights().jobTermsUsed().subList(0, Math.min(3, f.insights().jobTermsUsed().size())))));
        }
        if (f.clarity() >= 0.9 && f.wordCount() >= 15 && f.averageSentenceLength() <= 25
                && f.fillerCount() + f.hedgeCount() < 3) {
            out.add(new Line(Aspect.CLARITY, "concise, easy-to-follow sentences"));
        }
        return out;
    }

    private static List<Line> weaknesses(AnswerFeatures f, ComponentScores s, Kind kind, String lower) {
        List<Line> out = new ArrayList<>();
        for (String missed : f.keyPointsMissed().subList(0, Math.min(2, f.keyPointsMissed().size()))) {
            out.add(new Line(Aspect.KEY_POINTS, "You left out a key point: " + sentenceEnd(trimPoint(missed))));
        }
        switch (kind) {
            case BEHAVIOURAL -> {
                if (!f.star().result()) {
                    out.add(new Line(Aspect.RESULT, "The story stops before the outcome: say how it ended and what changed."));
                } else if (f.measurableResults() == 0) {
                    out.add(new Line(Aspect.RESULT, "The result has no number: say how much changed, for whom, or how fast."));
                }
                if (f.star().count() < 3) {
                    out.add(new Line(Aspect.STRUCTURE, "The story skips the " + starParts(f.star(), false)
                            + ", so it is hard to follow what happened and what you did."));
                }
            }
            case SITUATIONAL -> {
                if (!f.star().action()) {
                    out.add(new Line(Aspect.STRUCTURE, "You did not say what you would actually do, step by step."));
                }
                if (!f.star().result() && f.measurableResults() == 0) {
                    out.add(new Line(Aspect.RESULT, "You did not say how you would know your approach worked."));
                }
            }
            case CODING -> {
                if (!COMPLEXITY.matcher(lower).find()) {
                    out.add(new Line(Aspect.COMPLEXITY, "You did not state the time or space complexity of your approach."));
                }
            }
            default -> {
            }
        }
        if (f.exampleCues() == 0 && !f.star().situation() && kind != Kind.SITUATIONAL && kind != Kind.CODING) {
            out.add(new Line(Aspect.EXAMPLE, kind == Kind.BEHAVIOURAL
                    ? "The story has no concrete example: name the project, the people and what was at stake."
                    : "The answer stays abstract: one concrete example would show you have used it."));
        }
        if (s.relevance() < 0.45) {
            out.add(new Line(Aspect.FOCUS, "Much of the answer drifts away from what was asked; tie each point back to the question."));
        }
        if (f.fillerCount() >= 3) {
            out.add(new Line(Aspect.CLARITY, "Filler words (" + f.fillerCount() + ") make you sound less sure; pause instead."));
        }
        if (f.hedgeCount() >= 3) {
            out.add(new Line(Aspect.CLARITY, "You hedge often (" + f.hedgeCount()
                    + " times, such as \"I think\" or \"maybe\"); say what you know with confidence."));
        }
        if (f.averageSentenceLength() > 35) {
            out.add(new Line(Aspect.CLARITY, "Your sentences run long (" + Math.round(f.averageSentenceLength())
                    + " words on average), which makes them hard to follow."));
        }
        if (f.wordCount() < 25) {
            out.add(new Line(Aspect.LENGTH, "At " + f.wordCount() + " words, the answer is too brief to show what you know."));
        }
        return out;
    }

    private static List<Line> suggestions(AnswerFeatures f, Kind kind, String lower) {
        List<Line> out = new ArrayList<>();
        if (!f.keyPointsMissed().isEmpty()) {
            out.add(new Line(Aspect.KEY_POINTS, "Cover this point explicitly: " + sentenceEnd(trimPoint(f.keyPointsMissed().get(0)))));
        }
        switch (kind) {
            case BEHAVIOURAL -> {
                if (f.star().count() < 4) {
                    out.add(new Line(Aspect.STRUCTURE, "Use STAR: add the " + starParts(f.star(), false)
                            + " in a sentence or two each."));
                }
                if (f.measurableResults() == 0) {
                    out.add(new Line(Aspect.RESULT, "Quantify the impact: a percentage, time saved, users or money."));
                }
            }
            case SITUATIONAL -> {
                if (f.star().count() < 3) {
                    out.add(new Line(Aspect.STRUCTURE, "Frame it with STAR: the situation, your goal, the steps you would "
                            + "take, and the result you would aim for."));
                }
                if (!f.star().result()) {
                    out.add(new Line(Aspect.RESULT, "Say how you would judge success, and what you would do if it did not work."));
                }
            }
            case CODING -> {
                if (!COMPLEXITY.matcher(lower).find()) {
                    out.add(new Line(Aspect.COMPLEXITY, "State the time and space complexity, and whether a better bound exists."));
                }
                out.add(new Line(Aspect.EXAMPLE, "Walk through your approach on a small input and an edge case, such as an "
                        + "empty or one-element input."));
            }
            case TECHNICAL -> {
                if (f.exampleCues() == 0) {
                    out.add(new Line(Aspect.EXAMPLE, "Back the explanation with one concrete example from a system you know."));
                }
                if (f.tradeOffCues() == 0) {
                    out.add(new Line(Aspect.TRADE_OFF, "Name a trade-off or an alternative and say when you would choose it."));
                }
                if (!f.keyPointsMissed().isEmpty() || f.referenceSimilarity() < 0.3 && f.expectedGiven()) {
                    out.add(new Line(Aspect.KEY_POINTS, "Lead with a precise, correct definition before the details."));
                }
            }
            case GENERAL -> {
                if (f.exampleCues() == 0 && !f.star().situation()) {
                    out.add(new Line(Aspect.EXAMPLE, "Give specific reasons tied to this role, with one example from your own work."));
                }
            }
        }
        if (f.fillerCount() + f.hedgeCount() >= 3) {
            out.add(new Line(Aspect.CLARITY, "Cut fillers and hedges; state your point first, then support it."));
        }
        if (f.averageSentenceLength() > 30) {
            out.add(new Line(Aspect.CLARITY, "Break long sentences into shorter ones."));
        }
        return out;
    }

    static List<String> followUps(String question, AnswerFeatures f, ComponentScores s, Kind kind) {
        List<String> out = new ArrayList<>();
        for (String missed : f.keyPointsMissed().subList(0, Math.min(2, f.keyPointsMissed().size()))) {
            String asked = FollowUpQuestions.fromKeyPoint(question, missed, s.behavioural());
            if (!out.contains(asked)) {
                out.add(asked);
            }
        }
        if (kind == Kind.BEHAVIOURAL && (!f.star().result() || f.measurableResults() == 0)) {
            out.add("What was the measurable outcome?");
        } else if (kind == Kind.SITUATIONAL && !f.star().result()) {
            out.add("How would you know that your approach had worked?");
        } else if (kind == Kind.CODING && !COMPLEXITY.matcher(question.toLowerCase(Locale.ROOT)).find()
                && f.tradeOffCues() == 0) {
            out.add("What is the time and space complexity of your approach?");
        }
        if (f.exampleCues() == 0 && !f.star().situation() && kind != Kind.SITUATIONAL && kind != Kind.CODING) {
            out.add("Can you give a concrete example from a project you worked on?");
        }
        if ((kind == Kind.TECHNICAL || kind == Kind.CODING) && f.tradeOffCues() == 0) {
            out.add("What are the trade-offs of this approach, and when would you choose differently?");
        }
        return out.subList(0, Math.min(3, out.size()));
    }

    static List<String> evidence(String bestDimension, AnswerFeatures f) {
        List<String> chosen = switch (bestDimension) {
            case "structure", "competency" -> f.evidence().structure();
            case "depth", "problem_solving" -> f.evidence().depth();
            default -> f.evidence().content();
        };
        if (chosen.isEmpty()) {
            chosen = f.evidence().content().isEmpty() ? f.evidence().structure() : f.evidence().content();
        }
        return chosen.subList(0, Math.min(3, chosen.size()));
    }

    static String feedback(double percent, Map<String, Double> fractions) {
        String best = fractions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        String worst = fractions.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        String s = "Offline heuristic score " + Math.round(percent) + "/100";
        if (fractions.size() > 1 && !best.equals(worst)) {
            s += ": strongest on " + best.replace('_', ' ') + ", weakest on " + worst.replace('_', ' ');
        }
        return s + ".";
    }

    private static String starParts(AnswerFeatures.Star star, boolean present) {
        List<String> parts = new ArrayList<>();
        if (star.situation() == present) {
            parts.add("situation");
        }
        if (star.task() == present) {
            parts.add("task");
        }
        if (star.action() == present) {
            parts.add("action");
        }
        if (star.result() == present) {
            parts.add("result");
        }
        return parts.size() <= 1 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The point as the end of a sentence: ends with a full stop. */
    private static String sentenceEnd(String point) {
        return point.endsWith(".") || point.endsWith("?") || point.endsWith("...") ? point : point + ".";
    }

    private static String trimPoint(String point) {
        String p = point.strip();
        return p.length() > 80 ? p.substring(0, 77) + "..." : p;
    }
}
