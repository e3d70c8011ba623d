package io.interview4j.scoring;

import io.interview4j.text.internal.CanonicalText;
import io.interview4j.text.internal.Texts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readings of an answer that a rule would miss in its plain form: the text with JSON, HTML and URL escapes
 * decoded, in ROT13, with leetspeak digits read as letters, with spaced-out letters joined, and the text of
 * base64 runs; and the content of HTML and Markdown comments and of hidden HTML elements. Every reading is
 * canonical ({@link CanonicalText}) and lowercase.
 */
final class HiddenText {

    private static final int MAX_SCANNED = 60_000;
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\x([0-9a-fA-F]{2})");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|\\d{1,7});?");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final Pattern LEET_TOKEN = Pattern.compile("[\\p{L}0-9@$!|+]*[\\p{L}][\\p{L}0-9@$!|+]*");
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}[ .\\-_*]){3,}\\p{L}(?![\\p{L}\\p{N}])");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("[ .\\-_*]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]+");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--(.*?)(?:-->|$)", Pattern.DOTALL);
    private static final Pattern MARKDOWN_COMMENT = Pattern.compile(
            "(?m)^\\s*\\[[^\\]\\n]{0,40}]:\\s*(?:#|<>|<#>)\\s*[(\"'](.*?)[)\"']?\\s*$");
    private static final Pattern HIDDEN_ELEMENT = Pattern.compile(
            "<(\\w+)[^>]*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0|opacity\\s*:\\s*0|\\shidden)[^>]*>(.*?)</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private HiddenText() {
    }

    /**
     * @param canonical an answer in canonical form
     * @return the plain lowercase text first, then each decoded reading that differs from it
     */
    static List<String> readings(String canonical) {
        String plain = lower(canonical.length() > MAX_SCANNED ? canonical.substring(0, MAX_SCANNED) : canonical);
        Set<String> out = new LinkedHashSet<>();
        out.add(plain);
        boolean escaped = plain.indexOf('\\') >= 0 || plain.indexOf('&') >= 0 || plain.indexOf('%') >= 0;
        String unescaped = escaped ? lower(CanonicalText.of(unescape(plain))) : plain;
        out.add(unescaped);
        for (String s : List.of(plain, unescaped)) {
            String hidden = rot13OfForeignLines(s);
            if (!hidden.isEmpty()) {
                out.add(hidden);
            }
            if (hasLeet(s)) {
                out.add(leet(s, 'i'));
                out.add(leet(s, 'l'));
            }
            out.add(despaced(s));
        }
        for (String s : base64Texts(canonical)) {
            out.add(lower(CanonicalText.of(s)));
        }
        return List.copyOf(out);
    }

    /**
     * The ROT13 of the lines and sentences that read as no English: three or more words and hardly any English
     * function word. English text stays out, so it is not read twice for nothing.
     */
    static String rot13OfForeignLines(String s) {
        StringBuilder b = new StringBuilder();
        for (String piece : SENTENCE_END.split(s)) {
            List<String> words = Texts.words(piece);
            if (words.size() < 2) {
                continue;
            }
            long stop = words.stream().filter(Texts::isStopword).count();
            long latin = piece.chars().filter(c -> c >= 'a' && c <= 'z').count();
            if (stop * 5 <= words.size() && latin * 2 >= piece.length()) {
                b.append(rot13(piece)).append('\n');
            }
        }
        return b.toString();
    }

    private static boolean hasLeet(String s) {
        boolean letter = false;
        boolean leet = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if ((c >= '0' && c <= '9') || "@$!|+".indexOf(c) >= 0) {
                leet = true;
            } else {
                if (letter && leet) {
                    return true;
                }
                letter = false;
                leet = false;
            }
        }
        return letter && leet;
    }

    /** @return the text of HTML and Markdown comments and of hidden HTML elements, lowercase */
    static List<String> comments(String canonical) {
        if (canonical.indexOf('<') < 0 && canonical.indexOf('[') < 0 && canonical.indexOf('&') < 0
                && canonical.indexOf('\\') < 0 && canonical.indexOf('%') < 0) {
            return List.of();
        }
        String text = lower(CanonicalText.of(unescape(canonical)));
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(HTML_COMMENT, MARKDOWN_COMMENT)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        Matcher m = HIDDEN_ELEMENT.matcher(text);
        while (m.find()) {
            out.add(m.group(2).strip());
        }
        return out;
    }

    static String lower(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .toLowerCase(Locale.ROOT);
    }

    static String unescape(String s) {
        String out = replace(UNICODE_ESCAPE, s, m -> {
            String hex = m.group(1) != null ? m.group(1) : m.group(2);
            return String.valueOf((char) Integer.parseInt(hex, 16));
        });
        out = replace(NUMERIC_ENTITY, out, m -> {
            String v = m.group(1);
            int cp = v.startsWith("x") || v.startsWith("X") ? Integer.parseInt(v.substring(1), 16) : Integer.parseInt(v);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        });
        out = replace(PERCENT, out, m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        return out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("\\\"", "\"").replace("\\/", "/")
                .replace("\\n", "\n").replace("\\t", " ");
    }

    static String rot13(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Reads digits and symbols inside words as letters: {@code 1gn0r3} as {@code ignore}. */
    static String leet(String s, char one) {
        return replace(LEET_TOKEN, s, m -> {
            String t = m.group();
            if (t.chars().allMatch(Character::isLetter)) {
                return t;
            }
            StringBuilder b = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                b.append(switch (c) {
                    case '0' -> 'o';
                    case '1', '!', '|' -> c == '|' ? 'l' : one;
                    case '3' -> 'e';
                    case '4', '@' -> 'a';
                    case '5', '$' -> 's';
                    case '6' -> 'g';
                    case '7', '+' -> 't';
                    case '8' -> 'b';
                    case '9' -> 'g';
                    default -> c;
                });
            }
            return b.toString();
        });
    }

    /** Joins letters written one by one: {@code i g n o r e} or {@code i.g.n.o.r.e} as {@code ignore}. */
    static String despaced(String s) {
        if (!s.contains(" ") && !s.contains(".") && !s.contains("-")) {
            return s;
        }
        return replace(SPACED_LETTERS, s, m -> SPACED_SEPARATOR.matcher(m.group()).replaceAll(""));
    }

    /** The runs of base64 (standard or URL-safe) that decode to readable UTF-8 text. */
    static List<String> base64Texts(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = BASE64_RUN.matcher(s.length() > MAX_SCANNED ? s.substring(0, MAX_SCANNED) : s);
        while (m.find()) {
            String run = m.group().replace('-', '+').replace('_', '/').replace("=", "");
            while (run.length() % 4 != 0) {
                run += "=";
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(run);
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (readable(text)) {
                    out.add(text);
                }
            } catch (IllegalArgumentException | CharacterCodingException e) {
                // not base64, or not text: nothing hidden there
            }
        }
        return out;
    }

    private static boolean readable(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long plain = text.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || ".,;:!?'\"-()/{}[]<>=_".indexOf(c) >= 0).count();
        long spaces = text.chars().filter(c -> c == ' ').count();
        return plain * 10 >= text.codePointCount(0, text.length()) * 9 && spaces >= 1;
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        do {
            b.append(s, last, m.start()).append(f.apply(m));
            last = m.end();
        } while (m.find());
        return b.append(s, last, s.length()).toString();
    }
}
