package io.interview4j.text.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a short text (one interview question) is written in a given language. Two tests, both deterministic:
 * the script (most letters must be in the script the language is written in: Latin, Cyrillic, Greek, Arabic,
 * Hebrew, Devanagari, Thai, Hangul, or Han and kana for Chinese and Japanese), and for Latin-script text the
 * function words of seven common languages (English, German, French, Spanish, Italian, Portuguese, Dutch): the
 * text fails when another of those languages has at least {@value #CLEAR_LEAD} more of its function words in it
 * than the expected one. A language without a list passes on its script alone; a text without a single function
 * word of any list passes too (the check refuses only what is clearly another language).
 */
public final class LanguageGuess {

    /** How many more function words another language needs before the text counts as that language. */
    static final int CLEAR_LEAD = 2;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "is", "are", "what", "how", "you", "your", "would", "of", "and", "to", "a", "do",
                    "does", "why", "which", "when", "with", "that", "this", "can", "describe", "explain", "tell", "me"),
            "de", Set.of("der", "die", "das", "und", "ist", "sie", "wie", "was", "ein", "eine", "nicht", "mit", "zu",
                    "den", "dem", "warum", "welche", "würden", "ihr", "ihre", "bei", "für", "auf", "erklären",
                    "beschreiben", "sind", "haben", "einem", "einen"),
            "fr", Set.of("le", "la", "les", "et", "est", "vous", "comment", "que", "quel", "quelle", "des", "une",
                    "un", "du", "pour", "avec", "dans", "pourquoi", "votre", "sont", "expliquez", "décrivez", "au"),
            "es", Set.of("el", "los", "las", "y", "es", "usted", "cómo", "qué", "una", "para", "con", "por", "su",
                    "porque", "cuál", "explique", "describa", "son", "del", "lo"),
            "it", Set.of("il", "lo", "gli", "è", "come", "che", "di", "per", "perché", "quale", "sono", "del",
                    "della", "spiega", "descrivi", "una", "nel", "con"),
            "pt", Set.of("o", "os", "é", "você", "como", "que", "uma", "um", "para", "com", "por", "em", "seu",
                    "sua", "qual", "explique", "descreva", "são", "do", "da", "no", "na"),
            "nl", Set.of("de", "het", "een", "en", "is", "hoe", "wat", "u", "je", "van", "voor", "met", "waarom",
                    "welke", "zijn", "uw", "jij", "beschrijf", "leg", "uit", "bij"));

    private enum Script { LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI, THAI, HANGUL, CJK, OTHER }

    private static final Map<String, Script> SCRIPTS = Map.ofEntries(
            Map.entry("ru", Script.CYRILLIC), Map.entry("uk", Script.CYRILLIC), Map.entry("bg", Script.CYRILLIC),
            Map.entry("be", Script.CYRILLIC), Map.entry("kk", Script.CYRILLIC), Map.entry("mk", Script.CYRILLIC),
            Map.entry("mn", Script.CYRILLIC), Map.entry("el", Script.GREEK), Map.entry("ar", Script.ARABIC),
            Map.entry("fa", Script.ARABIC), Map.entry("ur", Script.ARABIC), Map.entry("he", Script.HEBREW),
            Map.entry("iw", Script.HEBREW), Map.entry("hi", Script.DEVANAGARI), Map.entry("mr", Script.DEVANAGARI),
            Map.entry("ne", Script.DEVANAGARI), Map.entry("th", Script.THAI), Map.entry("ko", Script.HANGUL),
            Map.entry("zh", Script.CJK), Map.entry("ja", Script.CJK));

    private LanguageGuess() {
    }

    /**
     * @param text the text
     * @param languageTag a BCP 47 tag, such as {@code de-DE}
     * @return null when the text reads as that language, else a short reason, such as
     *     {@code "it reads as de, not en"}
     */
    public static String mismatch(String text, String languageTag) {
        String lang = Locale.forLanguageTag(languageTag).getLanguage();
        Script expected = SCRIPTS.getOrDefault(lang, Script.LATIN);
        Map<Script, Integer> letters = new HashMap<>();
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters.merge(script(cp), 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) {
            return "it has no letters";
        }
        int inScript = letters.getOrDefault(expected, 0);
        if (inScript * 10 < total * 6) {
            Script most = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return "it is written mostly in " + most.name().toLowerCase(Locale.ROOT) + " script, not the "
                    + expected.name().toLowerCase(Locale.ROOT) + " script of " + lang;
        }
        if (expected != Script.LATIN) {
            return null;
        }
        Map<String, Integer> hits = new HashMap<>();
        List<String> words = Texts.words(text);
        for (String w : words) {
            FUNCTION_WORDS.forEach((l, set) -> {
                if (set.contains(w)) {
                    hits.merge(l, 1, Integer::sum);
                }
            });
        }
        int own = hits.getOrDefault(lang, 0);
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (!e.getKey().equals(lang) && e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return best != null && bestHits >= own + CLEAR_LEAD ? "it reads as " + best + ", not " + lang : null;
    }

    private static Script script(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case LATIN -> Script.LATIN;
            case CYRILLIC -> Script.CYRILLIC;
            case GREEK -> Script.GREEK;
            case ARABIC -> Script.ARABIC;
            case HEBREW -> Script.HEBREW;
            case DEVANAGARI -> Script.DEVANAGARI;
            case THAI -> Script.THAI;
            case HANGUL -> Script.HANGUL;
            case HAN, HIRAGANA, KATAKANA -> Script.CJK;
            default -> Script.OTHER;
        };
    }
}
