package io.interview4j.scoring;

import io.interview4j.text.internal.Texts;
import java.util.List;
import java.util.Set;

/**
 * Whether an English answer is written in sentences: 1 for ordinary prose, falling towards 0 for a bare list of
 * keywords (hardly any function words in a long answer) and for word salad (function words where English never
 * puts them: "the of", "to and", a sentence ending on "the"; three such places at least). Answers in other
 * scripts, answers under eight words, and code or notation (one bracket, operator or semicolon for every three
 * words at least) count as coherent. A list is an answer with under 8 % function words: written sentences, even
 * terse ones, have more. "a",
 * "do", "while" and "if" are left out, since in answers about code they are names and keywords. The 8 % and the
 * notation rule come from the Mohler set, whose only answers the earlier 12 % and no notation rule counted as
 * incoherent were code, operator tables and big-O lists, all graded as answers by humans.
 */
final class Coherence {

    private static final Set<String> DETERMINERS = Set.of("the", "an", "my", "your", "its", "our", "their",
            "every", "each");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "to", "for", "with", "by", "from",
            "into", "about", "over", "under", "between", "through", "during", "without", "within", "than");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "because");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it", "them", "us");

    private static final String NOTATION = "{}()[];=<>^*/+|&";
    private static final int MIN_WORDS = 8;
    private static final double LIST = 0.08;
    private static final double SALAD = 0.1;

    private Coherence() {
    }

    static double of(String text) {
        List<String> sentences = Texts.sentences(text);
        int words = 0;
        int latinWords = 0;
        int function = 0;
        int openers = 0;
        int misplaced = 0;
        for (String sentence : sentences) {
            List<String> w = Texts.words(sentence);
            for (int i = 0; i < w.size(); i++) {
                String word = w.get(i);
                words++;
                if (word.chars().allMatch(c -> c < 0x80)) {
                    latinWords++;
                }
                if (Texts.isStopword(word)) {
                    function++;
                }
                boolean determiner = DETERMINERS.contains(word);
                boolean preposition = PREPOSITIONS.contains(word);
                if (!determiner && !preposition) {
                    continue;
                }
                openers++;
                String next = i + 1 < w.size() ? w.get(i + 1) : null;
                if (next == null) {
                    misplaced += determiner ? 1 : 0;
                } else if (determiner && (DETERMINERS.contains(next) || PREPOSITIONS.contains(next) || AUXILIARIES.contains(next)
                        || CONJUNCTIONS.contains(next) || PRONOUNS.contains(next))) {
                    misplaced++;
                } else if (preposition && (PREPOSITIONS.contains(next) || CONJUNCTIONS.contains(next))) {
                    misplaced++;
                }
            }
        }
        long notation = text.chars().filter(c -> NOTATION.indexOf(c) >= 0).count();
        if (words < MIN_WORDS || latinWords * 2 < words || notation * 3 >= words) {
            return 1;
        }
        double functionShare = (double) function / words;
        double list = functionShare >= LIST ? 0 : 1 - functionShare / LIST;
        double salad = misplaced < 3 ? 0 : Math.max(0, Math.min(1, ((double) misplaced / openers - SALAD) / 0.2));
        return Math.max(0, 1 - Math.max(list, salad));
    }
}
