package io.interview4j.scoring;

import io.interview4j.InvalidInputException;

/**
 * The numeric constants of the offline scorer ({@link HeuristicEvaluator} and its {@link AnswerAnalyzer}), in one
 * immutable value so that a host or a benchmark can refit them. {@link #defaults()} gives the scorer's standard
 * behaviour; the {@code with...} methods return a copy with one of the constants most worth refitting changed.
 * The defaults were set by hand while looking at the Mohler short-answer data; the benchmark
 * {@code MohlerAgreement} refits the most influential ones on training questions only to measure agreement with
 * human graders honestly.
 *
 * @param questionWordWeight weight of a word that also occurs in the question, relative to other words, when
 *     matching an answer against key points or the reference answer (echoing the question shows little);
 *     default {@code 0.15}, in (0, 1]
 * @param genericWordWeight weight of a generic word ("use", "thing", "example") relative to other words; multiplied
 *     by {@code questionWordWeight} when the word is also in the question; default {@code 0.5}, in (0, 1]
 * @param fuzzyCredit credit for a word matched only up to a typing error or a shared long prefix, where an exact
 *     stem match earns 1; default {@code 0.8}, in [0, 1]
 * @param fullCreditAt weighted recall of a key point's words at which the key point earns full credit; below it
 *     the credit is proportional; default {@code 0.7}, in (0, 1]
 * @param coveredAt weighted recall at which a key point is listed as covered rather than missed; default
 *     {@code 0.5}, in (0, 1]
 * @param pairBonus recall added to a key point when the answer has two of its words next to each other in the
 *     same order (capped at 1); default {@code 0.2}, in [0, 1]
 * @param recallEmphasis the beta of the F-measure that blends recall and precision of the reference answer's words
 *     into the reference similarity: 1 weighs both equally, larger values favour recall; default {@code 2}, at
 *     least {@code 0.1}
 * @param coverageShare share of key-point coverage, against reference similarity, in the content score when key
 *     points or a reference answer are given; default {@code 0.6}, in [0, 1]
 * @param similarityGain factor applied to the reference similarity (then capped at 1) before it is blended with
 *     coverage, since even a full answer rarely repeats most of the reference's words; default {@code 1.5}, at
 *     least 0
 * @param lengthTarget words at which a technical answer's length stops counting; default {@code 60}, at least 1
 * @param behaviouralLengthTarget words at which a behavioural answer's length stops counting; default {@code 80},
 *     at least 1
 * @param referenceLengthRatio when there is a reference answer, the length target becomes this multiple of the
 *     reference's words (never above the target above, never below {@code minimumLengthTarget}); default
 *     {@code 0.9}, greater than 0
 * @param minimumLengthTarget the least length target derived from a reference answer, in words; default
 *     {@code 8}, at least 1
 * @param precisionShare share of the completeness score (out of the 0.75 that key-point coverage otherwise
 *     takes) given to the answer's precision against the reference answer, the weighted share of its own words
 *     the reference also uses, so that an answer padded with unrelated material counts as less complete;
 *     default {@code 0.3}, in [0, 0.75]
 * @param phraseShare share of the reference answer's recall that comes from its phrases: the fraction of its
 *     consecutive content-word pairs ("linked list", "binary search") that the answer also has, in the same
 *     order; the rest is the recall of single words; default {@code 0.4}, in [0, 1]
 */
public record HeuristicTuning(
        double questionWordWeight,
        double genericWordWeight,
        double fuzzyCredit,
        double fullCreditAt,
        double coveredAt,
        double pairBonus,
        double recallEmphasis,
        double coverageShare,
        double similarityGain,
        double lengthTarget,
        double behaviouralLengthTarget,
        double referenceLengthRatio,
        double minimumLengthTarget,
        double precisionShare,
        double phraseShare) {

    private static final HeuristicTuning DEFAULTS = new HeuristicTuning(0.15, 0.5, 0.8, 0.7, 0.5, 0.2, 2, 0.6, 1.5,
            60, 80, 0.9, 8, 0.3, 0.4);

    /**
     * Validates every constant.
     *
     * @throws InvalidInputException naming the first constant that is out of its range or not a finite number
     */
    public HeuristicTuning {
        positiveFraction("questionWordWeight", questionWordWeight);
        positiveFraction("genericWordWeight", genericWordWeight);
        fraction("fuzzyCredit", fuzzyCredit);
        positiveFraction("fullCreditAt", fullCreditAt);
        positiveFraction("coveredAt", coveredAt);
        fraction("pairBonus", pairBonus);
        atLeast("recallEmphasis", recallEmphasis, 0.1);
        fraction("coverageShare", coverageShare);
        atLeast("similarityGain", similarityGain, 0);
        atLeast("lengthTarget", lengthTarget, 1);
        atLeast("behaviouralLengthTarget", behaviouralLengthTarget, 1);
        if (!(referenceLengthRatio > 0) || Double.isInfinite(referenceLengthRatio)) {
            throw new InvalidInputException("referenceLengthRatio must be a finite number above 0, was "
                    + referenceLengthRatio);
        }
        atLeast("minimumLengthTarget", minimumLengthTarget, 1);
        if (!(precisionShare >= 0 && precisionShare <= 0.75)) {
            throw new InvalidInputException("precisionShare must be a number from 0 to 0.75, was " + precisionShare);
        }
        fraction("phraseShare", phraseShare);
    }

    /**
     * @return the scorer's standard constants, the values documented on each component
     */
    public static HeuristicTuning defaults() {
        return DEFAULTS;
    }

    /**
     * @param v the new {@link #questionWordWeight()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withQuestionWordWeight(double v) {
        return new HeuristicTuning(v, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus, recallEmphasis,
                coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #genericWordWeight()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withGenericWordWeight(double v) {
        return new HeuristicTuning(questionWordWeight, v, fuzzyCredit, fullCreditAt, coveredAt, pairBonus, recallEmphasis,
                coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #fullCreditAt()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withFullCreditAt(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, v, coveredAt, pairBonus,
                recallEmphasis, coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #recallEmphasis()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withRecallEmphasis(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus,
                v, coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #coverageShare()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withCoverageShare(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus,
                recallEmphasis, v, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #similarityGain()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withSimilarityGain(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus,
                recallEmphasis, coverageShare, v, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #referenceLengthRatio()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withReferenceLengthRatio(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus,
                recallEmphasis, coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, v,
                minimumLengthTarget, precisionShare, phraseShare);
    }

    /**
     * @param v the new {@link #precisionShare()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withPrecisionShare(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus,
                recallEmphasis, coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, v, phraseShare);
    }

    /**
     * @param v the new {@link #phraseShare()}
     * @return a copy with it changed
     * @throws InvalidInputException when it is out of range
     */
    public HeuristicTuning withPhraseShare(double v) {
        return new HeuristicTuning(questionWordWeight, genericWordWeight, fuzzyCredit, fullCreditAt, coveredAt, pairBonus,
                recallEmphasis, coverageShare, similarityGain, lengthTarget, behaviouralLengthTarget, referenceLengthRatio,
                minimumLengthTarget, precisionShare, v);
    }

    private static void fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new InvalidInputException(name + " must be a number from 0 to 1, was " + v);
        }
    }

    private static void positiveFraction(String name, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new InvalidInputException(name + " must be a number above 0 and at most 1, was " + v);
        }
    }

    private static void atLeast(String name, double v, double min) {
        if (!(v >= min) || Double.isInfinite(v)) {
            throw new InvalidInputException(name + " must be a finite number of at least " + min + ", was " + v);
        }
    }
}
