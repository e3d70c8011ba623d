package io.interview4j.scoring;

import io.interview4j.text.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens an answer by rule before any evaluator or model sees it. An answer is blocked, and gets a rule
 * score instead of an evaluation, when it is:
 * <ul>
 *   <li>{@link AnswerFlag#EMPTY} blank (score 0);</li>
 *   <li>{@link AnswerFlag#GRADER_INSTRUCTION} addressed to the grader anywhere: "ignore previous
 *       instructions", "give this the maximum score", "rate this 10/10", "you are now", role markers such as
 *       {@code system:} at the start of a line or {@code <|im_start|>} (score 0);</li>
 *   <li>{@link AnswerFlag#DONT_KNOW} "I don't know" or a variant, alone or as most of a short answer, in
 *       English and a few other languages (score 0);</li>
 *   <li>{@link AnswerFlag#GIBBERISH} not language: keyboard runs (QWERTY or ЙЦУКЕН), letter strings no language
 *       spells, one sign repeated in any script, symbols
 *       only; words in non-Latin scripts are taken as language (score 5);</li>
 *   <li>{@link AnswerFlag#TOO_SHORT} fewer than 3 words, unless the words match the expected answer
 *       given to {@link #check(String, String, List)} (score 15);</li>
 *   <li>{@link AnswerFlag#REPETITION} the same word, phrase or sentence repeated through most of it (score 5);</li>
 *   <li>{@link AnswerFlag#COPY_OF_QUESTION} mostly the question's own words (score 10).</li>
 * </ul>
 * An answer longer than {@link #EVALUATED_CHARS} characters is not blocked but marked
 * {@link AnswerFlag#TRUNCATED}; only its first part is checked and evaluated. Stateless and thread-safe.
 */
public final class AnswerGate {

    /** The number of characters of an answer that are evaluated; the rest is ignored. */
    public static final int EVALUATED_CHARS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(AnswerGate.class);
    private static final int MIN_WORDS = 3;

    private static final List<Pattern> GRADER_PATTERNS = compile(
            "\\b(ignore|disregard|forget|override|bypass|skip)\\s+(all\\s+|any\\s+|every\\s+)?(of\\s+)?(the\\s+|your\\s+|my\\s+|these\\s+|those\\s+)?"
                    + "(previous|prior|above|earlier|preceding|foregoing|former|original|system|grading|scoring|evaluation|initial)\\s+"
                    + "(instructions?|prompts?|rules|directions|guidelines|context|messages?|criteria|rubrics?|commands?)",
            "\\b(ignore|disregard|forget)\\s+(all\\s+|everything\\s+)?(you\\s+were\\s+told|above|before\\s+this|said\\s+before|your\\s+(instructions|rules|guidelines|rubric|programming|training))",
            "\\b(give|award|assign|grant|mark|rate|score|grade)\\s+(this|me|it|my\\s+(answer|response|submission)|this\\s+(answer|response)"
                    + "|the\\s+(answer|response|candidate))?\\s*(a|an|the)?\\s*(max(imum)?|full|perfect|highest|top|best\\s+possible|100\\s*%?)\\s+"
                    + "(score|scores|marks?|points?|rating|grade|credit)",
            "\\b(rate|score|grade|mark)\\s+(this|me|it|my\\s+answer|this\\s+answer|the\\s+answer|my\\s+response)\\s+(as\\s+|with\\s+)?(a\\s+)?"
                    + "\\d+(\\.\\d+)?\\s*(/|out\\s+of)\\s*\\d+",
            "\\b(this|my)\\s+(answer|response)\\s+(deserves|merits|should\\s+(get|receive|be\\s+given|score|be\\s+scored|be\\s+rated))\\s+"
                    + "(a|an|the)?\\s*(\\d|full|max|maximum|perfect|top|highest|high|excellent|10|100)",
            "(^|[\\s{,\"'])\"?(score|rating|grade|overall_score|overallscore)\"?\\s*[:=]\\s*\\d",
            "\\byou(\\s+are|'re)\\s+now\\b(?!\\s+(able|free|ready|in|at|on|going|done|left|seeing|dealing|working|looking|familiar|aware))", "\\bfrom\\s+now\\s+on,?\\s+you\\b",
            "\\b(act|behave|respond)\\s+as\\s+(if\\s+you\\s+were\\s+)?(a|an|the)?\\s*(grader|evaluator|examiner|judge|scorer|interviewer|system|assistant|ai|dan)\\b",
            "\\bpretend\\s+(to\\s+be|you\\s+are|that\\s+you\\s+are)\\b",
            "\\bas\\s+(the|an?|my)\\s+(grader|evaluator|examiner|judge|scorer|ai|language\\s+model|llm|assistant|ai\\s+grader)\\b",
            "\\b(dear|hey|hi|hello|attention|note\\s+to|note\\s+for|message\\s+to|instructions?\\s+(to|for))\\s+(the\\s+)?"
                    + "(grader|evaluator|examiner|scorer|judge|ai|llm|language\\s+model|chatgpt|gpt|claude|gemini|assistant|reviewer|model)\\b",
            "\\b(grader|evaluator|examiner|scorer)\\s*[:,]\\s*(please|give|rate|score|ignore|you|mark)",
            "\\b(reveal|print|show|repeat|output|leak)\\s+(me\\s+)?(your|the)\\s+(system\\s+prompt|hidden\\s+prompt|instructions|initial\\s+prompt)",
            "\\bnew\\s+instructions?\\s*:", "\\bjailbreak\\b", "\\bdeveloper\\s+mode\\b",
            "(?m)^[\\s#>*\\[(<-]*(system|assistant|developer)\\s*[\\])>]*\\s*:",
            "\\b(system|assistant)\\s*:\\s*(you|ignore|the\\s+candidate|this\\s+answer|score|rate|give|grade|as\\s+the)\\b",
            "<\\|[a-z_ ]{2,20}\\|>", "<<\\s*/?\\s*sys\\s*>>", "\\[/?\\s*(inst|system|assistant|sys)\\s*]",
            "</?\\s*(system|assistant|instructions?|grader|sys|system_prompt|im_start|im_end)\\s*>",
            "(?m)^\\s*#{1,6}\\s*(system|instructions?|assistant|response|new\\s+instructions|grader)\\s*(prompt|message)?\\s*:?\\s*$",
            "\\bignor(a|e|ez|iere|ieren)\\s+(todas\\s+|toutes\\s+|alle\\s+)?(las\\s+|les\\s+|die\\s+)?(instrucciones|instructions|anweisungen|vorherigen)",
            "忽略(之前|以上|前面|所有|先前)?的?(指令|指示|说明|提示)", "(给|打)(我|这个答案|本答案)?(满分|最高分)",
            "पिछले\\s+निर्देशों", "निर्देशों\\s+को\\s+(अनदेखा|नज़रअंदाज़|नजरअंदाज)");

    private static final List<Pattern> DONT_KNOW_PHRASES = compileWords(
            "(i\\s+)?(really\\s+|honestly\\s+|just\\s+|simply\\s+|truly\\s+)?(dont|do\\s+not|didnt|did\\s+not|dont\\s+really|do\\s+not\\s+really)\\s+know"
                    + "(\\s+(the\\s+answer|this|that|it|how|what|why|anything|much|about\\s+(this|that|it)|the\\s+solution))*",
            "(i\\s+)?(have\\s+|got\\s+)?(absolutely\\s+)?no\\s+(idea|clue|clues|answer|knowledge)",
            "(i\\s+)?(havent|have\\s+not|dont\\s+have|do\\s+not\\s+have)\\s+(got\\s+)?(a|an|any|the\\s+slightest|the\\s+faintest)\\s+(clue|idea|answer)",
            "not\\s+a\\s+clue", "clueless", "idk", "dunno", "i\\s+dunno", "beats\\s+me", "i\\s+give\\s+up", "no\\s+comment",
            "(im|i\\s+am)?\\s*(really\\s+|totally\\s+)?(not|un)\\s*sure", "(im|i\\s+am)?\\s*unsure",
            "(i\\s+)?(cant|can\\s+not|cannot|couldnt|could\\s+not|am\\s+unable\\s+to|am\\s+not\\s+able\\s+to|wont\\s+be\\s+able\\s+to)\\s+"
                    + "(answer|say|tell|think\\s+of|remember|recall|respond|explain)"
                    + "(\\s+(this|that|it|the\\s+answer|this\\s+question|that\\s+question|this\\s+one|right\\s+now))?",
            "(i\\s+)?(forgot|forget|dont\\s+remember|do\\s+not\\s+remember|cant\\s+remember|cannot\\s+remember|cant\\s+recall|cannot\\s+recall)"
                    + "(\\s+(it|this|that|the\\s+answer))?",
            "(i\\s+)?(have\\s+)?(never|havent|have\\s+not|didnt|did\\s+not)\\s+(heard|learned|learnt|studied|used|seen|done)\\s+(of\\s+|about\\s+)?(it|this|that)",
            "(i\\s+)?(have\\s+)?(zero|no)\\s+(knowledge|experience|background)\\s+(of|about|with|in|on)\\s+(this|that|it)",
            "(no|not)\\s+answer(ed)?", "unanswered", "no\\s+response", "(ill\\s+|i\\s+will\\s+|let\\s+me\\s+|lets\\s+|i\\s+want\\s+to\\s+|i\\s+would\\s+like\\s+to\\s+)skip"
                    + "(\\s+(this|that|it|this\\s+one|this\\s+question|the\\s+question))?",
            "no\\s+s[eé]", "je\\s+ne\\s+sais\\s+pas", "aucune\\s+id[eé]e", "keine\\s+ahnung", "ich\\s+wei(ß|ss)\\s+(es\\s+)?nicht",
            "n[aã]o\\s+sei", "non\\s+lo\\s+so", "не\\s+знаю", "понятия\\s+не\\s+имею", "bilmiyorum", "tidak\\s+tahu",
            "(मुझे\\s+)?(नहीं\\s+पता|पता\\s+नहीं|मालूम\\s+नहीं)", "لا\\s+أعرف", "لا\\s+اعرف");
    private static final List<Pattern> DONT_KNOW_IDEOGRAPHIC = compile("我?不知道", "不清楚", "不晓得",
            "(わかりません|分かりません|知りません|わからない)", "(모르겠습니다|모르겠어요|몰라요|모릅니다)");

    private static final Set<String> WHOLE_ANSWER_DONT_KNOW = Set.of("pass", "i pass", "ill pass", "i will pass",
            "skip", "skip this", "skip it", "skip this one", "skip this question", "next", "next question",
            "next one", "none", "nothing", "na", "n a", "nil", "no idea at all", "sorry", "sorry no", "nope",
            "i have nothing", "nothing to say", "i have nothing to say", "pass on this", "pass on this one",
            "no se", "nada", "rien", "なし", "跳过", "पास");

    private static final Set<String> DONT_KNOW_FILLERS = Set.of("um", "uh", "umm", "uhh", "er", "erm", "hmm", "hmmm",
            "well", "so", "honestly", "sorry", "really", "actually", "just", "oh", "ah", "okay", "ok", "to", "be",
            "honest", "im", "i", "am", "afraid", "unfortunately", "at", "all", "about", "this", "that", "it", "the",
            "question", "one", "here", "yeah", "yes", "frankly", "guess", "think", "but", "and", "please", "thanks",
            "thank", "you", "hi", "hello", "maybe", "perhaps", "probably", "a", "an", "of", "on", "for", "me", "my",
            "now", "right", "quite", "very", "much", "totally", "completely", "any", "whatsoever", "sir", "madam",
            "again", "what", "how", "is", "its", "was", "topic", "subject", "area", "have", "got", "sure",
            "ask", "something", "else", "can", "we", "move", "next", "idea", "clue", "would", "say", "pass", "skip",
            "mind", "if", "lol", "haha", "man", "dude", "bro", "alas", "regret", "apologies", "apologize", "do", "not");

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /**
     * Screens an answer with nothing known about the expected answer: fewer than 3 words is too short.
     *
     * @param question the question as asked
     * @param answer the candidate's answer
     * @return the decision
     * @throws NullPointerException when an argument is null
     */
    public GateResult check(String question, String answer) {
        return check(question, answer, List.of());
    }

    /**
     * Screens an answer knowing what a good answer says. A short answer (fewer than 3 words) whose content
     * words mostly appear in {@code expected} is not blocked ("by reference" to a question whose reference
     * answer says so), and an answer that echoes the question is not a copy when it also brings words from
     * {@code expected} that the question lacks.
     *
     * @param question the question as asked
     * @param answer the candidate's answer
     * @param expected key points and a reference answer; may be empty
     * @return the decision
     * @throws NullPointerException when an argument is null
     */
    public GateResult check(String question, String answer, List<String> expected) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(expected, "expected");
        String stripped = answer.strip();
        String evaluated = truncate(stripped);
        boolean truncated = evaluated.length() < stripped.length();
        if (stripped.isEmpty()) {
            return blocked(AnswerFlag.EMPTY, 0, "the answer is blank", evaluated, false);
        }
        String normalised = normalise(stripped);
        String grader = graderInstruction(normalised);
        if (grader != null) {
            return blocked(AnswerFlag.GRADER_INSTRUCTION, 0,
                    "the answer addresses the grader instead of the question (" + grader + ")", evaluated, truncated);
        }
        List<String> words = Texts.words(evaluated);
        if (words.isEmpty()) {
            if (evaluated.contains("?")) {
                return blocked(AnswerFlag.DONT_KNOW, 0, "the answer is only a question mark", evaluated, truncated);
            }
            return blocked(AnswerFlag.GIBBERISH, 5, "the answer has no words, only symbols", evaluated, truncated);
        }
        if (dontKnow(normalise(evaluated))) {
            return blocked(AnswerFlag.DONT_KNOW, 0, "the answer says the candidate does not know", evaluated, truncated);
        }
        if (Gibberish.test(words)) {
            return blocked(AnswerFlag.GIBBERISH, 5, "the answer is not language (keyboard runs or random letters)",
                    evaluated, truncated);
        }
        if (words.size() < MIN_WORDS && !matchesExpected(words, expected)) {
            return blocked(AnswerFlag.TOO_SHORT, 15, "the answer has " + words.size() + " word"
                    + (words.size() == 1 ? "" : "s") + "; at least " + MIN_WORDS + " are needed", evaluated, truncated);
        }
        if (repetitive(words, evaluated)) {
            return blocked(AnswerFlag.REPETITION, 5, "the answer repeats the same words over and over", evaluated, truncated);
        }
        if (copiesQuestion(question, words, expected)) {
            return blocked(AnswerFlag.COPY_OF_QUESTION, 10, "the answer mostly repeats the question's own words",
                    evaluated, truncated);
        }
        if (truncated) {
            return new GateResult(List.of(AnswerFlag.TRUNCATED), false, 100,
                    "TRUNCATED: the answer is longer than " + EVALUATED_CHARS + " characters; only the first "
                            + EVALUATED_CHARS + " were evaluated", evaluated);
        }
        return new GateResult(List.of(), false, 100, "", evaluated);
    }

    private static GateResult blocked(AnswerFlag flag, double score, String why, String evaluated, boolean truncated) {
        LOG.debug("answer blocked: {} ({})", flag, why);
        List<AnswerFlag> flags = truncated ? List.of(flag, AnswerFlag.TRUNCATED) : List.of(flag);
        return new GateResult(flags, true, score, flag + ": " + why, evaluated);
    }

    private static String truncate(String s) {
        if (s.length() <= EVALUATED_CHARS) {
            return s;
        }
        int cut = EVALUATED_CHARS;
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        int space = s.lastIndexOf(' ', cut);
        if (space > EVALUATED_CHARS - 200) {
            cut = space;
        }
        return s.substring(0, cut).strip();
    }

    private static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = ZERO_WIDTH.matcher(n).replaceAll("");
        return n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .toLowerCase(Locale.ROOT);
    }

    private static String graderInstruction(String normalised) {
        String flat = normalised.replaceAll("[ \\t\\x0B\\f]+", " ");
        for (Pattern p : GRADER_PATTERNS) {
            Matcher m = p.matcher(flat);
            if (m.find()) {
                String hit = m.group().strip();
                return "\"" + (hit.length() > 40 ? hit.substring(0, 40) + "..." : hit) + "\"";
            }
        }
        return null;
    }

    private static boolean dontKnow(String normalised) {
        String s = NOT_WORD.matcher(normalised.replace("'", "")).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return false;
        }
        String withoutFillers = dropFillers(s);
        if (WHOLE_ANSWER_DONT_KNOW.contains(s) || WHOLE_ANSWER_DONT_KNOW.contains(withoutFillers)) {
            return true;
        }
        String rest = s;
        boolean found = false;
        for (Pattern p : DONT_KNOW_IDEOGRAPHIC) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                found = true;
                rest = m.replaceAll(" ");
            }
        }
        for (Pattern p : DONT_KNOW_PHRASES) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                found = true;
                rest = m.replaceAll(" ");
            }
        }
        if (!found) {
            return false;
        }
        String remaining = dropFillers(rest.strip());
        int left = remaining.isEmpty() ? 0 : remaining.split(" ").length;
        int total = s.split(" ").length;
        return left <= 2 || (total <= 12 && left * 3 <= total);
    }

    private static String dropFillers(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && !DONT_KNOW_FILLERS.contains(w)) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w);
            }
        }
        return b.toString();
    }

    private static boolean repetitive(List<String> words, String text) {
        int n = words.size();
        Map<String, Integer> counts = new HashMap<>();
        int max = 0;
        for (String w : words) {
            max = Math.max(max, counts.merge(w, 1, Integer::sum));
        }
        if (n >= 3 && counts.size() == 1) {
            return true;
        }
        if (n >= 4 && max * 10 >= n * 6) {
            return true;
        }
        if (n >= 8) {
            Set<String> trigrams = new HashSet<>();
            for (int i = 0; i + 3 <= n; i++) {
                trigrams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            }
            if (trigrams.size() * 2 < n - 2) {
                return true;
            }
        }
        List<String> sentences = Texts.sentences(text);
        if (sentences.size() >= 3) {
            Set<String> distinct = new HashSet<>();
            for (String s : sentences) {
                distinct.add(String.join(" ", Texts.words(s)));
            }
            return distinct.size() * 2 <= sentences.size();
        }
        return false;
    }

    private static boolean matchesExpected(List<String> words, List<String> expected) {
        if (expected.isEmpty()) {
            return false;
        }
        Set<String> expectedStems = new HashSet<>();
        Set<String> expectedWords = new HashSet<>();
        for (String e : expected) {
            for (String w : Texts.words(e)) {
                if (!Texts.isStopword(w)) {
                    expectedWords.add(w);
                    expectedStems.add(Texts.stem(w));
                }
            }
        }
        int content = 0;
        int matched = 0;
        for (String w : words) {
            if (Texts.isStopword(w)) {
                continue;
            }
            content++;
            String stem = Texts.stem(w);
            if (expectedStems.contains(stem) || expectedStems.stream().anyMatch(e -> WordMatch.sharePrefix(e, stem))
                    || expectedWords.stream().anyMatch(e -> WordMatch.fuzzyEqual(e, w))) {
                matched++;
            }
        }
        return content > 0 && matched * 2 >= content;
    }

    private static boolean copiesQuestion(String question, List<String> words, List<String> expected) {
        Set<String> questionStems = new HashSet<>(Texts.contentStems(question));
        if (questionStems.isEmpty()) {
            return false;
        }
        List<String> answerStems = new ArrayList<>();
        for (String w : words) {
            if (!Texts.isStopword(w)) {
                answerStems.add(Texts.stem(w));
            }
        }
        if (answerStems.size() < 2) {
            return false;
        }
        int inQuestion = 0;
        Set<String> novel = new HashSet<>();
        for (String s : answerStems) {
            if (questionStems.contains(s)) {
                inQuestion++;
            } else {
                novel.add(s);
            }
        }
        if (inQuestion * 10 < answerStems.size() * 9 || novel.size() > 1) {
            return false;
        }
        if (!expected.isEmpty() && !novel.isEmpty()) {
            Set<String> expectedStems = new HashSet<>();
            expected.forEach(e -> expectedStems.addAll(Texts.contentStems(e)));
            expectedStems.removeAll(questionStems);
            for (String s : novel) {
                if (expectedStems.contains(s)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Pattern> compileWords(String... regexes) {
        String[] wrapped = new String[regexes.length];
        for (int i = 0; i < regexes.length; i++) {
            wrapped[i] = "(?<![\\p{L}\\p{M}\\p{N}])(?:" + regexes[i] + ")(?![\\p{L}\\p{M}\\p{N}])";
        }
        return compile(wrapped);
    }

    private static List<Pattern> compile(String... regexes) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) {
            out.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }
}
