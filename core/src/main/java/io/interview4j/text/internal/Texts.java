package io.interview4j.text.internal;

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

    /** Stems of words seen before: interview answers share most of their vocabulary. */
    private static final BoundedCache<String, String> STEMS = new BoundedCache<>(16_384);

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
        return STEMS.get(word, w -> new Stemmer(w).run());
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
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
