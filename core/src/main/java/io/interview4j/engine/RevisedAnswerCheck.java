package io.interview4j.engine;

import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a revised answer uses only the candidate's own facts: every number (percentages and money
 * included, spelled-out numbers from two to ninety too) and every capitalised name in it must occur in the
 * candidate's answers. A capitalised word that opens a sentence or a {@code Label:} counts as a name only when
 * it is an acronym or mixes case or digits ({@code AWS}, {@code PostgreSQL}, {@code S3}); {@code I} never does.
 * Words are compared ignoring case.
 */
final class RevisedAnswerCheck {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*(?:[.'’-][\\p{L}\\p{N}]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"),
            Map.entry("ninety", "90"));
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll");

    private RevisedAnswerCheck() {
    }

    /**
     * @param rewrite the revised answer
     * @param answers the candidate's answers in the session
     * @return the numbers and names in the rewrite that the answers do not contain, in order of appearance
     */
    static List<String> unsupportedFacts(String rewrite, Collection<String> answers) {
        Set<String> numbers = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String answer : answers) {
            numbers.addAll(numbers(answer));
            Matcher w = WORD.matcher(answer.toLowerCase(Locale.ROOT));
            while (w.find()) {
                words.add(w.group());
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String n : numbers(rewrite)) {
            if (!numbers.contains(n)) {
                missing.add(n);
            }
        }
        for (String name : names(rewrite)) {
            Matcher w = WORD.matcher(name.toLowerCase(Locale.ROOT));
            while (w.find()) {
                if (!words.contains(w.group())) {
                    missing.add(name);
                    break;
                }
            }
        }
        return new ArrayList<>(missing);
    }

    /** Numbers as plain digit strings: thousands separators dropped, spelled-out numbers as digits. */
    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(normalise(m.group()));
        }
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String digits = NUMBER_WORDS.get(w.group());
            if (digits != null) {
                out.add(digits);
            }
        }
        return out;
    }

    private static String normalise(String number) {
        String n = number.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? number.replace(",", "") : number.replace(',', '.');
        if (n.contains(".")) {
            n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return n;
    }

    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : Texts.sentences(text)) {
            for (String clause : sentence.split(":\\s+")) {
                Matcher m = CAPITALISED.matcher(clause);
                while (m.find()) {
                    String token = m.group();
                    boolean opening = clause.substring(0, m.start()).chars().noneMatch(Character::isLetterOrDigit);
                    if (NOT_NAMES.contains(token.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    if (!opening || distinctive(token)) {
                        out.add(token);
                    }
                }
            }
        }
        return out;
    }

    /** An acronym, or a word with capitals or digits after its first letter. */
    private static boolean distinctive(String token) {
        return token.length() > 1 && token.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
