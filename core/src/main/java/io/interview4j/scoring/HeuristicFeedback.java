package io.interview4j.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of a heuristic evaluation: strengths, weaknesses, suggestions, follow-up questions, evidence and the
 * one-line feedback, each read off the answer's features and component scores.
 */
final class HeuristicFeedback {

    private HeuristicFeedback() {
    }

    static List<String> strengths(AnswerFeatures f, ComponentScores s) {
        List<String> out = new ArrayList<>();
        if (!f.keyPointsCovered().isEmpty()) {
            out.add("covered " + f.keyPointsCovered().size() + " of " + (f.keyPointsCovered().size() + f.keyPointsMissed().size())
                    + " key points, including: " + trimPoint(f.keyPointsCovered().get(0)));
        }
        if (s.behavioural() && f.star().count() >= 3) {
            out.add("clear STAR structure (" + starParts(f.star(), true) + ")");
        }
        if (f.measurableResults() > 0) {
            out.add("quantified the outcome with a measurable result");
        }
        if (f.exampleCues() > 0) {
            out.add("grounded the answer in a concrete example");
        }
        if (f.tradeOffCues() >= 2) {
            out.add("weighed trade-offs and alternatives");
        }
        if (!f.insights().jobTermsUsed().isEmpty()) {
            out.add("used terms from the role: " + String.join(", ", f.insights().jobTermsUsed().subList(0,
                    Math.min(3, f.insights().jobTermsUsed().size()))));
        }
        if (f.clarity() >= 0.9 && f.wordCount() >= 15) {
            out.add("concise, easy-to-follow sentences");
        }
        return out.subList(0, Math.min(4, out.size()));
    }

    static List<String> weaknesses(AnswerFeatures f, ComponentScores s) {
        List<String> out = new ArrayList<>();
        for (String missed : f.keyPointsMissed().subList(0, Math.min(2, f.keyPointsMissed().size()))) {
            out.add("did not mention: " + trimPoint(missed));
        }
        if (s.behavioural()) {
            if (!f.star().result()) {
                out.add("no result: the story does not say how it ended");
            } else if (f.measurableResults() == 0) {
                out.add("no measurable result");
            }
            if (f.star().count() < 3) {
                out.add("missing STAR parts: " + starParts(f.star(), false));
            }
        } else if (f.measurableResults() == 0 && f.numbers() == 0 && f.exampleCues() == 0 && f.wordCount() >= 40) {
            out.add("no measurable result or figure");
        }
        if (f.exampleCues() == 0 && !f.star().situation()) {
            out.add("answer has no concrete example");
        }
        if (s.relevance() < 0.45) {
            out.add("drifts from the question: few of its key terms appear");
        }
        if (f.fillerCount() >= 3) {
            out.add("filler words (" + f.fillerCount() + ") weaken the delivery");
        }
        if (f.hedgeCount() >= 3) {
            out.add("frequent hedging (" + f.hedgeCount() + " \"I think\"/\"maybe\") sounds unsure");
        }
        if (f.averageSentenceLength() > 35) {
            out.add("very long sentences (" + Math.round(f.averageSentenceLength()) + " words on average)");
        }
        if (f.wordCount() < 25) {
            out.add("very brief: " + f.wordCount() + " words");
        }
        return out.subList(0, Math.min(5, out.size()));
    }

    static List<String> suggestions(AnswerFeatures f, ComponentScores s) {
        List<String> out = new ArrayList<>();
        if (!f.keyPointsMissed().isEmpty()) {
            out.add("Cover this point explicitly: " + trimPoint(f.keyPointsMissed().get(0)) + ".");
        }
        if (s.behavioural() && f.star().count() < 4) {
            out.add("Use STAR: add the " + starParts(f.star(), false) + " in a sentence or two each.");
        }
        if (f.measurableResults() == 0 && (s.behavioural() || f.wordCount() >= 40)) {
            out.add("Quantify the impact: a percentage, time saved, users or money.");
        }
        if (f.exampleCues() == 0 && !f.star().situation()) {
            out.add("Back the claim with one concrete example from your own work.");
        }
        if (!s.behavioural() && f.tradeOffCues() == 0) {
            out.add("Name a trade-off or an alternative and say when you would choose it.");
        }
        if (f.fillerCount() + f.hedgeCount() >= 3) {
            out.add("Cut fillers and hedges; state your point first, then support it.");
        }
        if (f.averageSentenceLength() > 30) {
            out.add("Break long sentences into shorter ones.");
        }
        return out.subList(0, Math.min(4, out.size()));
    }

    static List<String> followUps(String question, AnswerFeatures f, ComponentScores s) {
        List<String> out = new ArrayList<>();
        for (String missed : f.keyPointsMissed().subList(0, Math.min(2, f.keyPointsMissed().size()))) {
            String asked = FollowUpQuestions.fromKeyPoint(question, missed, s.behavioural());
            if (!out.contains(asked)) {
                out.add(asked);
            }
        }
        if (s.behavioural() && (!f.star().result() || f.measurableResults() == 0)) {
            out.add("What was the measurable outcome?");
        }
        if (f.exampleCues() == 0 && !f.star().situation()) {
            out.add("Can you give a concrete example from a project you worked on?");
        }
        if (!s.behavioural() && f.tradeOffCues() == 0) {
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
        return String.join(", ", parts);
    }

    private static String trimPoint(String point) {
        String p = point.strip();
        return p.length() > 80 ? p.substring(0, 77) + "..." : p;
    }
}
