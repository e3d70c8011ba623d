package io.interview4j.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Small, deterministic text functions for English-first scoring: word tokens, a light suffix stemmer,
 * stopwords and sentence splitting. Other scripts pass through unchanged (Chinese and Japanese characters
 * become one token each, since those scripts do not separate words with spaces).
 */
public final class Texts {

    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
            "don't", "down", "during", "each", "e.g", "either", "else", "etc", "even", "ever", "every", "few",
            "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
            "he'll", "he's", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
            "i'd", "i'll", "i'm", "i've", "i.e", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself",
            "just", "let's", "may", "me", "might", "more", "most", "much", "must", "mustn't", "my", "myself",
            "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one's", "only", "or", "other",
            "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather", "same", "shall",
            "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than",
            "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
            "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "though", "through",
            "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "wasn't", "we",
            "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "whenever", "where",
            "whereas", "whether", "which", "while", "who", "who's", "whom", "whose", "why", "will", "with",
            "within", "without", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're",
            "you've", "your", "yours", "yourself", "yourselves", "it'll", "isnt", "dont", "cant", "im", "ive",
            "thats", "theres", "whats", "onto", "among", "since", "therefore", "hence", "s", "t");

    private Texts() {
    }

    /**
     * Splits text into lowercase word tokens. A token is a run of Unicode letters, digits and combining
     * marks; dots, apostrophes and underscores between two such characters stay inside it ({@code node.js},
     * {@code don't}, {@code api_design}), a leading dot before a letter is kept ({@code .net}), and a trailing
     * {@code ++} or short {@code #} suffix is kept ({@code c++}, {@code c#}). Hyphens and other punctuation
     * separate tokens; a possessive {@code 's} is dropped. Chinese and Japanese characters are one token each.
     *
     * @param text any text
     * @return the tokens in order, possibly empty
     * @throws NullPointerException when {@code text} is null
     */
    public static List<String> words(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isIdeograph(cp)) {
                out.add(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
                continue;
            }
            boolean dotStart = cp == '.' && i + 1 < n && Character.isLetter(s.codePointAt(i + 1))
                    && (i == 0 || !isWordChar(s.codePointBefore(i)));
            if (!isWordChar(cp) && !dotStart) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = s.codePointAt(i);
                if (isIdeograph(c)) {
                    break;
                }
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((c == '.' || c == '\'' || c == '_') && i + 1 < n && isWordChar(s.codePointAt(i + 1))
                        && !isIdeograph(s.codePointAt(i + 1))) {
                    i += 1;
                } else {
                    break;
                }
            }
            if (i + 1 < n && s.charAt(i) == '+' && s.charAt(i + 1) == '+' && (i + 2 >= n || !isWordChar(s.codePointAt(i + 2)))) {
                i += 2;
            } else if (i < n && s.charAt(i) == '#' && i - start <= 2 && (i + 1 >= n || !isWordChar(s.codePointAt(i + 1)))) {
                i += 1;
            }
            String token = s.substring(start, i).toLowerCase(Locale.ROOT);
            if (token.endsWith("'s")) {
                token = token.substring(0, token.length() - 2);
            }
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /**
     * Reduces an English word to a stem by removing common suffixes in a few ordered steps (plurals,
     * {@code -ed}/{@code -ing}, {@code -ly}, then derivational endings such as {@code -ation}, {@code -ment},
     * {@code -ness}, {@code -ive}), so that related forms share a stem: {@code connections}, {@code connected}
     * and {@code connecting} all become {@code connect}. Stems are for matching, not for display. Words of
     * two letters or fewer and words with characters other than {@code a-z} are returned unchanged.
     *
     * @param word one lowercase word, as from {@link #words(String)}
     * @return its stem
     * @throws NullPointerException when {@code word} is null
     */
    public static String stem(String word) {
        Objects.requireNonNull(word, "word");
        if (word.length() <= 2) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        return new Stemmer(word).run();
    }

    /**
     * @param word a lowercase word
     * @return whether it is a common English function word (articles, pronouns, auxiliaries, prepositions)
     * @throws NullPointerException when {@code word} is null
     */
    public static boolean isStopword(String word) {
        return STOPWORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * @param text any text
     * @return the stems of the text's words that are not stopwords, in order, repeats kept
     * @throws NullPointerException when {@code text} is null
     */
    public static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!isStopword(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /**
     * Splits text into sentences at line breaks and at {@code .}, {@code !} or {@code ?} followed by
     * whitespace and a character that is not a lowercase letter (so {@code e.g. this} and decimals stay
     * whole); Chinese and Japanese full stops always end a sentence.
     *
     * @param text any text
     * @return the trimmed, non-blank sentences in order
     * @throws NullPointerException when {@code text} is null
     */
    public static List<String> sentences(String text) {
        Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(current, out);
                continue;
            }
            current.append(c);
            if (c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u0964') {
                flush(current, out);
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?'
                        || text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')'
                        || text.charAt(j) == '\u201D')) {
                    current.append(text.charAt(j));
                    j++;
                }
                i = j - 1;
                if (j >= n) {
                    continue;
                }
                if (Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                        k++;
                    }
                    if (k >= n || !Character.isLowerCase(text.charAt(k))) {
                        flush(current, out);
                    }
                }
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isIdeograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** A suffix stripper in the manner of Porter's algorithm, over lowercase a-z words. */
    private static final class Stemmer {

        private static final String[][] STEP2 = {
                {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
                {"isation", "ize"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"},
                {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"},
                {"biliti", "ble"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"ousli", "ous"},
                {"fulli", "ful"}, {"lessli", "less"}, {"eli", "e"}, {"logi", "log"}};
        private static final String[][] STEP3 = {
                {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
                {"ness", ""}};
        private static final String[] STEP4 = {
                "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive",
                "ize", "ion", "al", "er", "ic", "ou"};

        private final StringBuilder b;

        Stemmer(String word) {
            this.b = new StringBuilder(word);
        }

        String run() {
            plurals();
            pastAndProgressive();
            finalY();
            replaceFirst(STEP2, 0);
            adverbs();
            replaceFirst(STEP3, 0);
            dropSuffix();
            finalE();
            return b.toString();
        }

        private boolean consonant(int i) {
            char c = b.charAt(i);
            return switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> false;
                case 'y' -> i == 0 || !consonant(i - 1);
                default -> true;
            };
        }

        /** Number of vowel-consonant sequences in b[0, end). */
        private int measure(int end) {
            int m = 0;
            int i = 0;
            while (i < end && consonant(i)) {
                i++;
            }
            while (i < end) {
                while (i < end && !consonant(i)) {
                    i++;
                }
                if (i >= end) {
                    break;
                }
                while (i < end && consonant(i)) {
                    i++;
                }
                m++;
            }
            return m;
        }

        private boolean hasVowel(int end) {
            for (int i = 0; i < end; i++) {
                if (!consonant(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleConsonant(int end) {
            return end >= 2 && b.charAt(end - 1) == b.charAt(end - 2) && consonant(end - 1);
        }

        private boolean cvc(int end) {
            if (end < 3 || !consonant(end - 1) || consonant(end - 2) || !consonant(end - 3)) {
                return false;
            }
            char c = b.charAt(end - 1);
            return c != 'w' && c != 'x' && c != 'y';
        }

        private boolean ends(String suffix) {
            int len = b.length();
            return len >= suffix.length() && b.substring(len - suffix.length()).equals(suffix);
        }

        private void plurals() {
            if (ends("sses")) {
                b.setLength(b.length() - 2);
            } else if (ends("ies")) {
                b.setLength(b.length() - 2);
            } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && b.length() > 3) {
                b.setLength(b.length() - 1);
            }
        }

        private void pastAndProgressive() {
            if (ends("eed")) {
                if (measure(b.length() - 3) > 0) {
                    b.setLength(b.length() - 1);
                }
                return;
            }
            int cut;
            if (ends("ed")) {
                cut = 2;
            } else if (ends("ing")) {
                cut = 3;
            } else {
                return;
            }
            int stem = b.length() - cut;
            if (stem < 2 || !hasVowel(stem)) {
                return;
            }
            b.setLength(stem);
            if (ends("at") || ends("bl") || ends("iz")) {
                b.append('e');
            } else if (doubleConsonant(b.length())) {
                char last = b.charAt(b.length() - 1);
                if (last != 'l' && last != 's' && last != 'z') {
                    b.setLength(b.length() - 1);
                }
            } else if (measure(b.length()) == 1 && cvc(b.length())) {
                b.append('e');
            }
        }

        private void finalY() {
            int len = b.length();
            if (len > 2 && b.charAt(len - 1) == 'y' && hasVowel(len - 1) && consonant(len - 2)) {
                b.setCharAt(len - 1, 'i');
            }
        }

        private void adverbs() {
            int len = b.length();
            if (len > 4 && ends("li") && "cdeghkmnrt".indexOf(b.charAt(len - 3)) >= 0 && measure(len - 2) > 0) {
                b.setLength(len - 2);
            }
        }

        private void replaceFirst(String[][] rules, int minMeasure) {
            for (String[] rule : rules) {
                if (ends(rule[0])) {
                    int stem = b.length() - rule[0].length();
                    if (measure(stem) > minMeasure) {
                        b.setLength(stem);
                        b.append(rule[1]);
                    }
                    return;
                }
            }
        }

        private void dropSuffix() {
            for (String suffix : STEP4) {
                if (ends(suffix)) {
                    int stem = b.length() - suffix.length();
                    if (measure(stem) > 1) {
                        if (!suffix.equals("ion") || (stem > 0 && (b.charAt(stem - 1) == 's' || b.charAt(stem - 1) == 't'))) {
                            b.setLength(stem);
                        }
                    }
                    return;
                }
            }
        }

        private void finalE() {
            int len = b.length();
            if (b.charAt(len - 1) == 'e') {
                int m = measure(len - 1);
                if (m > 1 || (m == 1 && !cvc(len - 1))) {
                    b.setLength(len - 1);
                }
            }
            len = b.length();
            if (len > 1 && b.charAt(len - 1) == 'l' && b.charAt(len - 2) == 'l' && measure(len) > 1) {
                b.setLength(len - 1);
            }
        }
    }
}
