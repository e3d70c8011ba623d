package io.interview4j.text.internal;

import io.interview4j.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a resume says about a candidate, as far as rules can tell: the skills it mentions and the years of
 * experience it claims or implies.
 *
 * @param skills canonical skill tags from {@link SkillVocabulary#builtIn()}, most-mentioned first
 * @param yearsOfExperience whole years of work experience, at most {@value #MAX_YEARS}, or {@code null} when
 *     the resume does not say
 */
public record ResumeProfile(List<String> skills, Integer yearsOfExperience) {

    /** Claims above this many years are capped to it. */
    public static final int MAX_YEARS = 50;

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("twenty-five", 25), Map.entry("thirty", 30));
    private static final String NUMBER = "(\\d{1,2}(?:\\.\\d)?|" + String.join("|", NUMBER_WORDS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final Pattern YEARS_OF = Pattern.compile(
            "\\b" + NUMBER + "\\s*\\+?\\s*(?:years?|yrs?)\\b\\.?\\s*\\+?\\s*(?:of\\b|'|\u2019|in\\b|as\\b|experience\\b|exp\\b"
                    + "|working\\b|professional\\b|industry\\b|hands-on\\b|building\\b|developing\\b|designing\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIED_YEARS = Pattern.compile(
            "\\b(?:over|more than|nearly|almost|about|around|approximately|roughly|at least|with|having|has|have)\\s+"
                    + NUMBER + "\\s*\\+?\\s*(?:years?|yrs?)\\b(?!\\s+(?:ago|old)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:" + MONTH + "\\s+|(\\d{1,2})\\s*[/.]\\s*)?((?:19|20)\\d{2})\\s*(?:-|\u2013|\u2014|to|until|till|through)\\s*"
                    + "(?:(?:" + MONTH + "\\s+|(\\d{1,2})\\s*[/.]\\s*)?((?:19|20)\\d{2})|(present|current|now|today|date|ongoing))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDUCATION = Pattern.compile(
            "\\b(university|college|school|bachelor'?s?|master'?s?|b\\.?sc?|m\\.?sc?|b\\.?tech|m\\.?tech|b\\.?e\\.?|b\\.?a\\.?"
                    + "|mba|ph\\.?d|doctorate|degree|diploma|gpa|cgpa|coursework|education|graduated|institute)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Validates and copies. @throws InvalidInputException when the years are negative */
    public ResumeProfile {
        skills = List.copyOf(skills);
        if (yearsOfExperience != null && yearsOfExperience < 0) {
            throw new InvalidInputException("yearsOfExperience must not be negative, was " + yearsOfExperience);
        }
    }

    /**
     * Reads a resume. Years come from an explicit claim ("5+ years of experience", "over 3 years", "seven
     * years in data engineering"; the largest wins) or, failing that, from the date ranges of the work
     * history ("2018 - 2022", "Jan 2019 – Present"), merged so overlapping jobs count once; ranges on lines
     * about education are left out. Either way the figure is capped at {@value #MAX_YEARS}.
     *
     * @param text the resume as plain text; blank gives no skills and unknown years
     * @param currentYear the year "present" means, from the host's clock
     * @return the profile
     * @throws NullPointerException when {@code text} is null
     */
    public static ResumeProfile extract(String text, int currentYear) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return new ResumeProfile(List.of(), null);
        }
        List<String> skills = SkillVocabulary.builtIn().extract(text);
        Integer years = claimedYears(text);
        if (years == null) {
            years = yearsFromRanges(text, currentYear);
        }
        return new ResumeProfile(skills, years == null ? null : Math.min(MAX_YEARS, years));
    }

    private static Integer claimedYears(String text) {
        double best = -1;
        for (Pattern p : List.of(YEARS_OF, QUALIFIED_YEARS)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                double value = number(m.group(1));
                if (value > 0 && value <= 70) {
                    best = Math.max(best, value);
                }
            }
        }
        return best < 0 ? null : (int) Math.floor(best);
    }

    private static double number(String s) {
        String key = s.toLowerCase(Locale.ROOT);
        Integer word = NUMBER_WORDS.get(key);
        if (word != null) {
            return word;
        }
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer yearsFromRanges(String text, int currentYear) {
        List<int[]> ranges = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int li = 0; li < lines.length; li++) {
            Matcher m = RANGE.matcher(lines[li]);
            while (m.find()) {
                if (aboutEducation(lines, li)) {
                    continue;
                }
                int startYear = Integer.parseInt(m.group(3));
                int startMonth = month(m.group(1), m.group(2), 1);
                int endYear;
                int endMonth;
                if (m.group(7) != null) {
                    endYear = currentYear;
                    endMonth = 1;
                } else {
                    endYear = Integer.parseInt(m.group(6));
                    endMonth = month(m.group(4), m.group(5), startMonth);
                }
                int start = startYear * 12 + startMonth - 1;
                int end = endYear * 12 + endMonth - 1;
                if (startYear > currentYear || endYear > currentYear + 1 || end < start) {
                    continue;
                }
                ranges.add(new int[] {start, end});
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        int months = 0;
        int curStart = ranges.get(0)[0];
        int curEnd = ranges.get(0)[1];
        for (int[] r : ranges.subList(1, ranges.size())) {
            if (r[0] <= curEnd) {
                curEnd = Math.max(curEnd, r[1]);
            } else {
                months += curEnd - curStart;
                curStart = r[0];
                curEnd = r[1];
            }
        }
        months += curEnd - curStart;
        return (int) Math.round(months / 12.0);
    }

    private static boolean aboutEducation(String[] lines, int index) {
        if (EDUCATION.matcher(lines[index]).find()) {
            return true;
        }
        for (int j = index - 1; j >= 0 && j >= index - 2; j--) {
            if (!lines[j].isBlank()) {
                return EDUCATION.matcher(lines[j]).find();
            }
        }
        return false;
    }

    private static int month(String name, String number, int fallback) {
        if (number != null) {
            int n = Integer.parseInt(number);
            return n >= 1 && n <= 12 ? n : fallback;
        }
        if (name == null) {
            return fallback;
        }
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> fallback;
        };
    }
}
