package io.interview4j.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * Measurable properties of one answer, computed by {@link AnswerAnalyzer}. Fractions are on 0-1.
 *
 * @param wordCount the answer's words
 * @param sentenceCount the answer's sentences
 * @param expectedGiven whether key points or a reference answer were given to compare with
 * @param keyPointCoverage mean credit over the key points (a key point fully matched counts 1, a partly
 *     matched one a fraction); 0 when there are no key points
 * @param keyPointsCovered the key points counted as covered, as given
 * @param keyPointsMissed the key points not covered, as given
 * @param referenceSimilarity weighted overlap with the reference answer (or the key points when there is no
 *     reference), mostly recall; 0 when neither was given
 * @param referencePrecision the weighted share of the answer's own words that the reference answer (or the key
 *     points) also uses: low when the answer talks about something else; 0 when neither was given
 * @param relevance how much the answer is about the question: its topic words, or the expected answer's
 * @param star the STAR parts with cues in the answer
 * @param exampleCues phrases that introduce a concrete example ("for example", "when I")
 * @param numbers numbers in the answer
 * @param measurableResults numbers with a unit of impact (a percent, a time, money, users)
 * @param tradeOffCues phrases that weigh alternatives ("however", "trade-off", "instead", "downside")
 * @param averageSentenceLength words per sentence
 * @param fillerCount filler words and phrases ("um", "basically", "you know")
 * @param hedgeCount hedges ("I think", "maybe", "sort of")
 * @param clarity a 0-1 estimate from sentence length, fillers and hedges
 * @param technicalTerms distinct skills from the built-in vocabulary that the answer names
 * @param scope cues for the scope of the work described
 * @param insights job terms used, most-used words, talking points covered
 * @param evidence answer sentences that best show each aspect
 */
public record AnswerFeatures(
        int wordCount,
        int sentenceCount,
        boolean expectedGiven,
        double keyPointCoverage,
        List<String> keyPointsCovered,
        List<String> keyPointsMissed,
        double referenceSimilarity,
        double referencePrecision,
        double relevance,
        Star star,
        int exampleCues,
        int numbers,
        int measurableResults,
        int tradeOffCues,
        double averageSentenceLength,
        int fillerCount,
        int hedgeCount,
        double clarity,
        int technicalTerms,
        Scope scope,
        Insights insights,
        Evidence evidence) {

    /** Validates and copies. */
    public AnswerFeatures {
        keyPointsCovered = List.copyOf(keyPointsCovered);
        keyPointsMissed = List.copyOf(keyPointsMissed);
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(insights, "insights");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * Which parts of a STAR story (situation, task, action, result) have cues in the answer.
     *
     * @param situation context is set ("at my last job", "we were")
     * @param task the goal or responsibility is named ("my task was", "I needed to")
     * @param action first-person actions ("I built", "I proposed")
     * @param result an outcome is stated ("as a result", "reduced", "increased")
     */
    public record Star(boolean situation, boolean task, boolean action, boolean result) {

        /** @return how many of the four parts are present */
        public int count() {
            return (situation ? 1 : 0) + (task ? 1 : 0) + (action ? 1 : 0) + (result ? 1 : 0);
        }
    }

    /**
     * Cues for the scope of the work an answer describes, for levels such as L4, L5A and L5B.
     *
     * @param individual first-person execution ("I implemented", "I fixed")
     * @param crossTeam work across teams or by influence ("cross-team", "stakeholders", "coordinated")
     * @param organisation organisation-wide or strategic work ("company-wide", "strategy", "executives")
     */
    public record Scope(int individual, int crossTeam, int organisation) {
    }

    /**
     * What an answer shows beyond its score.
     *
     * @param jobTermsUsed the job terms given to the analyzer that the answer mentions, as given
     * @param topWords the five most-used content words, most used first
     * @param talkingPointsCovered the key points covered, as given
     */
    public record Insights(List<String> jobTermsUsed, List<String> topWords, List<String> talkingPointsCovered) {

        /** Copies; a null list becomes empty (stored evaluations written before a list existed). */
        public Insights {
            jobTermsUsed = jobTermsUsed == null ? List.of() : List.copyOf(jobTermsUsed);
            topWords = topWords == null ? List.of() : List.copyOf(topWords);
            talkingPointsCovered = talkingPointsCovered == null ? List.of() : List.copyOf(talkingPointsCovered);
        }

        /** @return whether all three lists are empty */
        @JsonIgnore
        public boolean isEmpty() {
            return jobTermsUsed.isEmpty() && topWords.isEmpty() && talkingPointsCovered.isEmpty();
        }
    }

    /**
     * Verbatim answer sentences, best first, at most three each.
     *
     * @param content sentences carrying the most expected or on-topic words
     * @param structure sentences with STAR cues
     * @param depth sentences with examples, numbers or trade-offs
     */
    public record Evidence(List<String> content, List<String> structure, List<String> depth) {

        /** Copies. */
        public Evidence {
            content = List.copyOf(content);
            structure = List.copyOf(structure);
            depth = List.copyOf(depth);
        }
    }
}
