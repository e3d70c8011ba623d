package io.interview4j.scoring;

import io.interview4j.text.internal.BoundedCache;
import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the scorer needs from a question's own text, its key points and its reference answer: their stems,
 * canonical forms and pairs, worked out once per question and shared by every answer to it (the bank's text
 * repeats from turn to turn and from session to session). Immutable; the caches are bounded.
 */
final class ExpectedAnswer {

    private record Key(String question, List<String> keyPoints, String referenceAnswer) {
    }

    private static final BoundedCache<Key, ExpectedAnswer> CACHE = new BoundedCache<>(2048);
    private static final BoundedCache<String, List<String>> STEMS = new BoundedCache<>(8192);
    private static final BoundedCache<String, Integer> WORDS = new BoundedCache<>(2048);

    /** The question's canonical content stems. */
    final Set<String> questionStems;
    /** The question's canonical content stems without the words that frame a question ("explain", "describe"). */
    final Set<String> topicStems;
    /** The talking points: the key points, or the reference answer's clauses when there are none. */
    final List<String> points;
    /** Each talking point's canonical content stems, in order, repeats kept. */
    final List<List<String>> pointStems;
    final boolean expectedGiven;
    /** The reference answer, or the talking points joined when there is none. */
    final String expectedText;
    /** The expected text's canonical content stems. */
    final Set<String> expectedStems;
    /** The expected text as a bag, to match the answer's words against; it memoises nothing, so it is shared. */
    final StemBag expectedBag;
    /** The expected text's and the question's canonical stems together, to pick evidence sentences by. */
    final Set<String> evidenceStems;

    private ExpectedAnswer(String question, List<String> keyPoints, String referenceAnswer) {
        questionStems = Set.copyOf(Synonyms.canonical(contentStems(question)));
        Set<String> topic = new LinkedHashSet<>(Synonyms.canonical(contentStems(question)));
        topic.removeAll(AnswerAnalyzer.FRAME_CANON);
        topicStems = topic;
        points = List.copyOf(keyPoints.isEmpty() ? AnswerAnalyzer.keyPointsFrom(referenceAnswer) : keyPoints);
        List<List<String>> stems = new ArrayList<>();
        for (String point : points) {
            List<String> canon = new ArrayList<>();
            for (String s : contentStems(StemBag.phrases(point))) {
                canon.add(Synonyms.canon(s));
            }
            stems.add(List.copyOf(canon));
        }
        pointStems = List.copyOf(stems);
        expectedGiven = !points.isEmpty() || !referenceAnswer.isBlank();
        expectedText = referenceAnswer.isBlank() ? String.join(". ", points) : referenceAnswer;
        expectedStems = Synonyms.canonical(contentStems(expectedText));
        expectedBag = StemBag.shared(expectedText);
        Set<String> evidence = new HashSet<>(expectedStems);
        evidence.addAll(questionStems);
        evidenceStems = Set.copyOf(evidence);
    }

    /**
     * @param question the question as asked
     * @param keyPoints its key points; may be empty
     * @param referenceAnswer its reference answer, or blank
     * @return the worked-out form, from the cache when the same question was seen
     */
    static ExpectedAnswer of(String question, List<String> keyPoints, String referenceAnswer) {
        return CACHE.get(new Key(question, List.copyOf(keyPoints), referenceAnswer),
                k -> new ExpectedAnswer(k.question(), k.keyPoints(), k.referenceAnswer()));
    }

    /**
     * @param bankText text that repeats across answers (a question, a key point, a reference answer)
     * @return {@link Texts#contentStems(String)} of it, from the cache when seen before; immutable
     */
    static List<String> contentStems(String bankText) {
        return STEMS.get(bankText, t -> List.copyOf(Texts.contentStems(t)));
    }

    /**
     * @param bankText text that repeats across answers
     * @return the number of {@link Texts#words(String)} in it, from the cache when seen before
     */
    static int wordCount(String bankText) {
        return WORDS.get(bankText, t -> Texts.words(t).size());
    }
}
