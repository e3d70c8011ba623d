package io.interview4j.engine;

import io.interview4j.text.internal.LanguageGuess;
import io.interview4j.text.internal.QuestionSimilarity;
import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks every written question passes before it is asked, whoever wrote it. A question is refused when:
 * <ul>
 *   <li>it is shorter than {@value #MIN_CHARS} or longer than {@value #MAX_CHARS} characters, or has fewer than
 *       {@value #MIN_WORDS} words (Chinese and Japanese characters count as words);</li>
 *   <li>it does not end as a question (a question mark of any script) or an instruction to the candidate (in
 *       English, a sentence opening with a verb such as describe, explain, design, walk me through; in other
 *       languages, any sentence ending with a full stop or a colon);</li>
 *   <li>it is not in the plan's language (see {@link LanguageGuess}: the script, and for Latin-script languages the
 *       function words);</li>
 *   <li>it is a near-duplicate of a question asked in the session or in the candidate's recent sessions: the
 *       Jaccard similarity of the two questions' sets of stemmed content words is at least
 *       {@value #NEAR_DUPLICATE} (the figure the report uses to merge near-duplicate strengths; "What is the
 *       difference between a process and a thread?" and "Explain how processes differ from threads." share three
 *       of their four stems, 0.75, and are one question), or one holds the other's text;</li>
 *   <li>it leaks one of its own key points: at least {@value #LEAK_SHARE} of the point's stemmed content words
 *       appear in the question, for points of three or more content words (shorter points name the topic rather
 *       than the answer);</li>
 *   <li>it is not for the competency and the round kind asked (compared without case, spaces and underscores);</li>
 *   <li>it has no key points, or more than {@value #MAX_KEY_POINTS}.</li>
 * </ul>
 * Deterministic and pure.
 */
public final class QuestionChecks {

    /** Shortest question accepted, in characters. */
    public static final int MIN_CHARS = 15;
    /** Longest question accepted, in characters. */
    public static final int MAX_CHARS = 600;
    /** Fewest words in a question. */
    public static final int MIN_WORDS = 4;
    /** Jaccard similarity of stemmed content words at which two questions are the same question. */
    public static final double NEAR_DUPLICATE = QuestionSimilarity.NEAR_DUPLICATE;
    /** Share of a key point's stemmed content words in the question at which the question gives the point away. */
    public static final double LEAK_SHARE = QuestionSimilarity.LEAK_SHARE;
    /** Most key points a written question may carry. */
    public static final int MAX_KEY_POINTS = 8;

    private static final Pattern INSTRUCTION = Pattern.compile("(?i)^(please\\s+)?(describe|explain|design|walk|tell|"
            + "give|write|implement|compare|outline|talk|share|list|discuss|sketch|draw|estimate|propose|suggest|"
            + "imagine|suppose|consider|model|analy[sz]e|evaluate|identify|define|show|name|build|plan|assume|"
            + "i'?d like you to|i would like you to|your task is|"
            + "let's|lets|how|what|why|when|which|where|who|can|could|would|should|do|does|did|is|are|have|has)\\b");

    private QuestionChecks() {
    }

    /**
     * @param request what was asked for, with the questions to avoid
     * @param q what the writer wrote
     * @return every problem found, each a short phrase a model can act on; empty when the question may be asked
     */
    public static List<String> problems(QuestionRequest request, WrittenQuestion q) {
        List<String> problems = new ArrayList<>();
        String text = q.text().strip();
        if (text.isEmpty()) {
            problems.add("'question' is empty");
            return problems;
        }
        int words = Texts.words(text).size();
        if (text.length() < MIN_CHARS || words < MIN_WORDS) {
            problems.add("'question' is too short (" + text.length() + " characters, " + words + " words; at least "
                    + MIN_CHARS + " characters and " + MIN_WORDS + " words)");
        } else if (text.length() > MAX_CHARS) {
            problems.add("'question' is " + text.length() + " characters long, over " + MAX_CHARS);
        }
        if (!endsAsQuestion(text, request.plan().english())) {
            problems.add("'question' must end with a question mark, or be an instruction to the candidate ending "
                    + "with a full stop");
        }
        String language = LanguageGuess.mismatch(text, request.plan().language());
        if (language != null) {
            problems.add("'question' must be written in " + request.plan().language() + ", but " + language);
        }
        String repeated = nearDuplicate(text, request.askedInSession());
        if (repeated != null) {
            problems.add("'question' repeats one already asked in this interview: \"" + clip(repeated) + "\"");
        } else {
            repeated = nearDuplicate(text, request.askedRecently());
            if (repeated != null) {
                problems.add("'question' repeats one the candidate was asked in a recent interview: \""
                        + clip(repeated) + "\"");
            }
        }
        for (String point : q.keyPoints()) {
            if (leaks(text, point)) {
                problems.add("'question' gives away its own key point \"" + clip(point) + "\"; ask about the area "
                        + "without stating what a good answer says");
                break;
            }
        }
        if (request.competency() != null && !same(request.competency(), q.competency())) {
            problems.add("'competency' must be " + request.competency() + ", was "
                    + (q.competency() == null ? "missing" : q.competency()));
        }
        if (q.kind() != null && !same(request.roundKind(), q.kind())) {
            problems.add("'round_kind' must be " + request.roundKind() + ", was " + q.kind());
        }
        long points = q.keyPoints().stream().filter(p -> !p.isBlank()).count();
        if (points == 0) {
            problems.add("'key_points' must name what a strong answer covers (at least one)");
        } else if (points > MAX_KEY_POINTS) {
            problems.add("'key_points' holds " + points + " points, over " + MAX_KEY_POINTS);
        }
        return problems;
    }

    /** @return the first of {@code asked} that {@code text} near-duplicates, or {@code null} */
    static String nearDuplicate(String text, List<String> asked) {
        return QuestionSimilarity.nearDuplicate(text, asked);
    }

    /** Whether the question states the key point. */
    static boolean leaks(String question, String point) {
        return QuestionSimilarity.leaks(question, point);
    }

    private static boolean endsAsQuestion(String text, boolean english) {
        char last = text.charAt(text.length() - 1);
        if (last == '?' || last == '\uFF1F' || last == '\u061F' || last == '\u037E') {
            return true;
        }
        if (last != '.' && last != ':' && last != '\u3002') {
            return false;
        }
        if (!english) {
            return true;
        }
        List<String> sentences = Texts.sentences(text);
        String lastSentence = sentences.isEmpty() ? text : sentences.get(sentences.size() - 1);
        return INSTRUCTION.matcher(lastSentence.strip()).find() || INSTRUCTION.matcher(text).find();
    }

    private static boolean same(String a, String b) {
        return b != null && key(a).equals(key(b));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static String clip(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
