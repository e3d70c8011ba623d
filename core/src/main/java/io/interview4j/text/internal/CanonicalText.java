package io.interview4j.text.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;

/**
 * The form of a candidate's text that rules judge: what a reader sees, without the tricks that hide words from
 * a rule. {@link #of(String)} applies, in order:
 * <ol>
 *   <li>Unicode NFKC normalisation (fullwidth and mathematical letters, ligatures and compatibility spaces
 *       become their plain forms);</li>
 *   <li>removal of invisible characters: format characters (zero-width spaces and joiners, soft hyphens, bidi
 *       controls, the tag characters of the U+E0000 block), variation selectors, fillers and blanks that render
 *       as nothing, controls other than tab and line breaks, private-use and unassigned code points;</li>
 *   <li>removal of combining marks that no language needs: a stack of three or more marks on a Latin, Greek or
 *       Cyrillic letter, any mark left on such a letter once its real accents have composed into it, marks on
 *       spaces, digits and punctuation, and any mark beyond the fourth in a row on letters of other scripts;</li>
 *   <li>folding of look-alike letters (Cyrillic, Greek and Latin small capitals that look like Latin letters) to
 *       Latin in words of a text that is otherwise Latin; in a mostly Cyrillic text, Latin look-alikes inside a
 *       Cyrillic word are folded to Cyrillic instead.</li>
 * </ol>
 * Case, spacing and line breaks are kept. The result is for matching, never for storage: the answer a candidate
 * submitted is stored as submitted. Pure and thread-safe.
 */
public final class CanonicalText {

    private static final int MAX_MARKS_IN_A_ROW = 4;

    /** Cyrillic, Greek and other letters that render like a Latin letter. */
    private static final Map<Integer, Character> TO_LATIN = Map.ofEntries(
            // Cyrillic
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0456, 'i'),
            Map.entry(0x0458, 'j'), Map.entry(0x0455, 's'), Map.entry(0x0501, 'd'), Map.entry(0x051B, 'q'),
            Map.entry(0x051D, 'w'), Map.entry(0x04BB, 'h'), Map.entry(0x04CF, 'l'), Map.entry(0x0457, 'i'),
            Map.entry(0x0410, 'A'), Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'),
            Map.entry(0x041C, 'M'), Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'),
            Map.entry(0x0421, 'C'), Map.entry(0x0422, 'T'), Map.entry(0x0425, 'X'), Map.entry(0x0423, 'Y'),
            Map.entry(0x0406, 'I'), Map.entry(0x0408, 'J'), Map.entry(0x0405, 'S'), Map.entry(0x04AE, 'Y'),
            Map.entry(0x051A, 'Q'), Map.entry(0x051C, 'W'), Map.entry(0x04C0, 'I'), Map.entry(0x043A, 'k'),
            // Greek
            Map.entry(0x03B1, 'a'), Map.entry(0x03BF, 'o'), Map.entry(0x03BD, 'v'), Map.entry(0x03B9, 'i'),
            Map.entry(0x03BA, 'k'), Map.entry(0x03C1, 'p'), Map.entry(0x03C5, 'u'), Map.entry(0x03C7, 'x'),
            Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'), Map.entry(0x0396, 'Z'),
            Map.entry(0x0397, 'H'), Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'), Map.entry(0x039C, 'M'),
            Map.entry(0x039D, 'N'), Map.entry(0x039F, 'O'), Map.entry(0x03A1, 'P'), Map.entry(0x03A4, 'T'),
            Map.entry(0x03A5, 'Y'), Map.entry(0x03A7, 'X'),
            // Armenian
            Map.entry(0x0585, 'o'), Map.entry(0x057D, 'u'), Map.entry(0x0570, 'h'), Map.entry(0x0578, 'n'),
            // Latin letters outside a-z that read as one
            Map.entry(0x0131, 'i'), Map.entry(0x0237, 'j'), Map.entry(0x0251, 'a'), Map.entry(0x0261, 'g'),
            Map.entry(0x1D00, 'a'), Map.entry(0x0299, 'b'), Map.entry(0x1D04, 'c'), Map.entry(0x1D05, 'd'),
            Map.entry(0x1D07, 'e'), Map.entry(0xA730, 'f'), Map.entry(0x0262, 'g'), Map.entry(0x029C, 'h'),
            Map.entry(0x026A, 'i'), Map.entry(0x1D0A, 'j'), Map.entry(0x1D0B, 'k'), Map.entry(0x029F, 'l'),
            Map.entry(0x1D0D, 'm'), Map.entry(0x0274, 'n'), Map.entry(0x1D0F, 'o'), Map.entry(0x1D18, 'p'),
            Map.entry(0x0280, 'r'), Map.entry(0xA731, 's'), Map.entry(0x1D1B, 't'), Map.entry(0x1D1C, 'u'),
            Map.entry(0x1D20, 'v'), Map.entry(0x1D21, 'w'), Map.entry(0x028F, 'y'), Map.entry(0x1D22, 'z'));

    /** Latin letters that render like a Cyrillic letter, for Cyrillic words with Latin letters inside. */
    private static final Map<Integer, Character> TO_CYRILLIC = Map.ofEntries(
            Map.entry((int) 'a', '\u0430'), Map.entry((int) 'e', '\u0435'), Map.entry((int) 'o', '\u043E'),
            Map.entry((int) 'p', '\u0440'), Map.entry((int) 'c', '\u0441'), Map.entry((int) 'y', '\u0443'),
            Map.entry((int) 'x', '\u0445'), Map.entry((int) 'k', '\u043A'), Map.entry((int) 'A', '\u0410'),
            Map.entry((int) 'B', '\u0412'), Map.entry((int) 'E', '\u0415'), Map.entry((int) 'K', '\u041A'),
            Map.entry((int) 'M', '\u041C'), Map.entry((int) 'H', '\u041D'), Map.entry((int) 'O', '\u041E'),
            Map.entry((int) 'P', '\u0420'), Map.entry((int) 'C', '\u0421'), Map.entry((int) 'T', '\u0422'),
            Map.entry((int) 'X', '\u0425'), Map.entry((int) 'Y', '\u0423'));

    private CanonicalText() {
    }

    /**
     * @param text any text
     * @return its canonical form, as described on the class; an empty string when it holds only invisible
     *     characters
     * @throws NullPointerException when {@code text} is null
     */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        if (plainAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String composed = Normalizer.normalize(visible(decomposed, false), Normalizer.Form.NFKC);
        return foldLookAlikes(visible(composed, true));
    }

    /**
     * Drops invisible characters and abusive marks. On decomposed text a stack of three or more marks on a Latin,
     * Greek or Cyrillic letter goes whole; on composed text every mark left on such a letter goes, since a real
     * accent has composed into its letter by then.
     */
    private static String visible(String s, boolean composed) {
        StringBuilder b = new StringBuilder(s.length());
        Character.UnicodeScript baseScript = Character.UnicodeScript.COMMON;
        boolean baseIsLetter = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (invisible(cp)) {
                continue;
            }
            if (!mark(cp)) {
                baseIsLetter = Character.isLetter(cp);
                baseScript = Character.UnicodeScript.of(cp);
                b.appendCodePoint(cp);
                continue;
            }
            int start = i - Character.charCount(cp);
            int end = i;
            int count = 1;
            while (end < s.length() && (mark(s.codePointAt(end)) || invisible(s.codePointAt(end)))) {
                count += mark(s.codePointAt(end)) ? 1 : 0;
                end += Character.charCount(s.codePointAt(end));
            }
            i = end;
            boolean plain = plainScript(baseScript);
            if (!baseIsLetter || (plain && (composed || count >= 3))) {
                continue;
            }
            int kept = 0;
            for (int j = start; j < end; ) {
                int m = s.codePointAt(j);
                j += Character.charCount(m);
                if (mark(m) && kept < MAX_MARKS_IN_A_ROW) {
                    b.appendCodePoint(m);
                    kept++;
                }
            }
        }
        return b.toString();
    }

    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '~' || (c < ' ' && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean plainScript(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.COMMON;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE) {
            return true;
        }
        if (type == Character.CONTROL) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180F)
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                || cp == 0x17B4 || cp == 0x17B5;
    }

    private static String foldLookAlikes(String s) {
        int latin = 0;
        int cyrillic = 0;
        int greek = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case GREEK -> greek++;
                default -> {
                }
            }
        }
        boolean latinText = latin > 0 && latin >= cyrillic + greek;
        boolean cyrillicText = !latinText && cyrillic > 0 && latin > 0;
        if (!latinText && !cyrillicText) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && Character.isLetter(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            if (end == i) {
                out.appendCodePoint(s.codePointAt(i));
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            String word = s.substring(i, end);
            out.append(latinText ? toLatin(word) : toCyrillic(word));
            i = end;
        }
        return out.toString();
    }

    /** Folds a word's look-alikes when it mixes in Latin letters or every letter of it is a look-alike. */
    private static String toLatin(String word) {
        boolean hasLatin = false;
        boolean allLookAlike = true;
        boolean hasLookAlike = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            boolean lookAlike = TO_LATIN.containsKey(cp);
            hasLookAlike |= lookAlike;
            if (!lookAlike) {
                allLookAlike = false;
                hasLatin |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
        }
        if (!hasLookAlike || !(hasLatin || allLookAlike)) {
            return word;
        }
        StringBuilder b = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> {
            Character c = TO_LATIN.get(cp);
            if (c == null) {
                b.appendCodePoint(cp);
            } else {
                b.append(c.charValue());
            }
        });
        return b.toString();
    }

    /** Folds Latin look-alikes inside a word that is otherwise Cyrillic. */
    private static String toCyrillic(String word) {
        boolean hasCyrillic = word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
        if (!hasCyrillic) {
            return word;
        }
        StringBuilder b = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> {
            Character c = TO_CYRILLIC.get(cp);
            if (c == null) {
                b.appendCodePoint(cp);
            } else {
                b.append(c.charValue());
            }
        });
        return b.toString();
    }
}
