package io.interview4j.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an answer that talks to whoever scores it instead of answering: instructions to ignore the rules,
 * requests for a score, notes to the grader or reviewer, flattery of the grader's judgement, role and chat
 * markers and fake score blocks. Phrasings are known in English, Mandarin, Hindi, Spanish, French, Arabic,
 * Bengali, Portuguese, Russian, Urdu, German and Japanese. Each reading of {@link HiddenText} is checked, so
 * escapes, base64, ROT13, leetspeak and spaced-out letters do not hide a phrase; text hidden in HTML or
 * Markdown comments must not address the grader or ask for anything at all.
 */
final class GraderAddress {

    /** Filled while the patterns compile, read through {@link #SCRIPT}. */
    private static final Map<Pattern, Character.UnicodeScript> SCRIPT_OF = new IdentityHashMap<>();
    /** Filled while the patterns compile: text one of which every match of the pattern starts with. */
    private static final Map<Pattern, List<String>> STARTS_OF = new IdentityHashMap<>();

    private static final String GRADER = "(grader|evaluator|examiner|scorer|assessor|marker|rater|reviewer|judge|ai|llm"
            + "|language\\s+model|chatgpt|gpt|claude|gemini|assistant|model)";

    private static final List<Pattern> ENGLISH = compile(
            "\\b(ignore|disregard|forget|override|bypass|skip)\\s+(all\\s+|any\\s+|every\\s+)?(of\\s+)?(the\\s+|your\\s+|my\\s+|these\\s+|those\\s+)?"
                    + "(previous|prior|above|earlier|preceding|foregoing|former|original|system|grading|scoring|evaluation|initial)\\s+"
                    + "(instructions?|prompts?|rules|directions|guidelines|context|messages?|criteria|rubrics?|commands?)",
            "\\b(ignore|disregard|forget)\\s+(all\\s+|everything\\s+)?(you\\s+were\\s+told|above|before\\s+this|said\\s+before|your\\s+(instructions|rules|guidelines|rubric|programming|training))",
            "\\b(give|award|assign|grant|mark|rate|score|grade)\\s+(this|me|it|my\\s+(answer|response|submission)|this\\s+(answer|response)"
                    + "|the\\s+(answer|response|candidate))?\\s*(a|an|the)?\\s*(max(imum)?|full|perfect|highest|top|best\\s+possible|100\\s*%?)\\s+"
                    + "(score|scores|marks?|points?|rating|grade|credit)",
            "\\b(rate|score|grade|mark)\\s+(this|me|it|my\\s+answer|this\\s+answer|the\\s+answer|my\\s+response)\\s+(as\\s+|with\\s+)?(a\\s+)?"
                    + "\\d+(\\.\\d+)?\\s*(/|out\\s+of)\\s*\\d+",
            "(^|[.!?;:,(\\n]\\s*|\\b(please|kindly|just|you\\s+(should|must|will|can|could|would|might)|should|must|would|will)\\s+)"
                    + "((rate|score|grade)\\s+(this|me|my\\s+(answer|response|reply|submission|work)|the\\s+(answer|response|candidate)"
                    + "|this\\s+(answer|response|reply|one|submission))|(rate|grade)\\s+it)\\s+(as\\s+|with\\s+|at\\s+)?(a\\s+|an\\s+)?"
                    + "(\\d{1,3}\\b|ten\\b|nine\\b|hundred\\b|full\\b|max|perfect\\b|top\\b|highest\\b|excellent\\b|five\\s+stars?)",
            "\\b(this|my)\\s+(answer|response)\\s+(deserves|merits|should\\s+(get|receive|be\\s+given|score|be\\s+scored|be\\s+rated))\\s+"
                    + "(a|an|the)?\\s*(\\d|full|max|maximum|perfect|top|highest|high|excellent|10|100)",
            "\\b(this|my)\\s+(answer|response|reply|submission)\\s+(is|was|would\\s+be|should\\s+be|is\\s+clearly|is\\s+easily)\\s+"
                    + "(a\\s+|an\\s+)?(\\d{1,3}\\s*(/|out\\s+of)\\s*\\d{1,3}|ten\\b|10\\b|100\\b|perfect\\b|flawless\\b|worth\\s+(full|top|the\\s+maximum|a\\s+10|ten|100))",
            "\\b(deserves?|merits?|warrants?|earns?|is\\s+worth)\\s+(a\\s+|an\\s+|the\\s+)?(perfect|full|maximum|max|top|highest|10|ten|100)"
                    + "\\s*(score|marks?|points?|rating|grade|/\\s*10|out\\s+of)",
            "\\b(any|every|a|the)\\s+(competent|reasonable|fair|good|sensible|experienced|qualified|smart|intelligent|honest|objective"
                    + "|knowledgeable|serious|careful|decent|expert)\\s+(interviewer|grader|evaluator|reviewer|examiner|judge|assessor|marker"
                    + "|model|ai|reader|person|engineer)s?\\s+(would|will|should|must|could|can)\\s+(surely\\s+|certainly\\s+|definitely\\s+)?"
                    + "(rate|score|grade|mark|give|award|agree|recogni[sz]e|see|admit|conclude)",
            "\\b(interviewer|grader|evaluator|reviewer|examiner|judge|assessor|marker|model)s?\\s+(would|will|should|must)\\s+"
                    + "(surely\\s+|certainly\\s+|definitely\\s+)?(rate|score|grade|mark|give|award)\\s+(this|it|me|the\\s+answer|my\\s+answer)",
            "(^|[\\s{,\"'])\"?(score|rating|grade|overall_score|overallscore)\"?\\s*[:=]\\s*\\d",
            "\"(overall|percent|technical_accuracy|relevance|depth|structure|communication|correctness|completeness|clarity"
                    + "|competency|provenance|dimensions|verdict|scores)\"\\s*:\\s*[\\d\"{\\[]",
            "\\byou(\\s+are|'re)\\s+now\\b(?!\\s+(able|free|ready|in|at|on|going|done|left|seeing|dealing|working|looking|familiar|aware))",
            "\\bfrom\\s+now\\s+on,?\\s+you\\b",
            "\\b(act|behave|respond)\\s+as\\s+(if\\s+you\\s+were\\s+)?(a|an|the)?\\s*(grader|evaluator|examiner|judge|scorer|interviewer|system|assistant|ai|dan)\\b",
            "\\bpretend\\s+(to\\s+be|you\\s+are|that\\s+you\\s+are)\\b",
            "\\bas\\s+(the|an?|my)\\s+(grader|evaluator|examiner|judge|scorer|ai|language\\s+model|llm|assistant|ai\\s+grader)\\b",
            "\\b(dear|hey|hi|hello|attention|note\\s+to|note\\s+for|message\\s+to|instructions?\\s+(to|for)|memo\\s+to|a\\s+word\\s+to|p\\.?s\\.?\\s+to)\\s+(the\\s+)?"
                    + GRADER + "\\b",
            "\\b(grader|evaluator|examiner|scorer|reviewer|assessor|marker|rater|interviewer|judge|model|ai|llm|system|admin|moderator)"
                    + "('s|s')\\s+(note|notes|instructions?|guidance|memo|comment|directive|override|notice)\\b",
            "\\b(grader|evaluator|examiner|scorer|reviewer|assessor|marker|rater)\\s+(note|notes|instructions?|guidance|memo|directive|override)\\b",
            "\\bnote\\s+(from|by)\\s+(the\\s+)?(grader|evaluator|examiner|scorer|reviewer|assessor|system|admin|moderator)\\b",
            "\\b(to|for|attn)\\s*:?\\s+(the\\s+)?(grader|evaluator|examiner|scorer|reviewer|assessor|marker|rater|ai|llm|model)\\s*:",
            "\\b(grader|evaluator|examiner|scorer|reviewer|assessor)\\s*[:,]\\s*(please|give|rate|score|ignore|you|mark|note)",
            "\\b(reveal|print|show|repeat|output|leak)\\s+(me\\s+)?(your|the)\\s+(system\\s+prompt|hidden\\s+prompt|instructions|initial\\s+prompt)",
            "\\bnew\\s+instructions?\\s*:", "\\bjailbreak\\b", "\\bdeveloper\\s+mode\\b",
            "(?m)^[\\s#>*\\[(<-]*(system|assistant|developer)\\s*[\\])>]*\\s*:",
            "\\b(system|assistant)\\s*:\\s*(you|ignore|the\\s+candidate|this\\s+answer|score|rate|give|grade|as\\s+the)\\b",
            "<\\|[a-z_ ]{2,20}\\|>", "<<\\s*/?\\s*sys\\s*>>", "\\[/?\\s*(inst|system|assistant|sys)\\s*]",
            "</?\\s*(system|assistant|instructions?|grader|sys|system_prompt|im_start|im_end|start_of_turn|end_of_turn|candidate_answer"
                    + "|reference|reference_answer|question|context|rubric|evaluation)\\s*>",
            "(?m)^\\s*#{1,6}\\s*(system|instructions?|assistant|response|new\\s+instructions|grader)\\s*(prompt|message)?\\s*:?\\s*$");

    private static final List<Pattern> OTHER_LANGUAGES = compile(
            // Spanish
            "(ignor[ae]\\w*|olvid[ae]\\w*|omit[ae]\\w*|descart[ae]\\w*)\\s+(todas\\s+)?(las\\s+|tus\\s+|sus\\s+)?(instrucciones|indicaciones|reglas|[oó]rdenes)",
            "(puntuaci[oó]n|nota|calificaci[oó]n|puntaje)\\s+(m[aá]xima|perfecta|completa|de\\s+(10|diez|100))",
            "(califica|punt[uú]a|eval[uú]a|dale|dame|ponle)\\w*\\s+(esta\\s+|mi\\s+|la\\s+)?(respuesta\\s+)?(con\\s+)?(un\\s+|una\\s+)?(10|diez|100)\\b",
            "(nota|mensaje|instrucciones?)\\s+(para|al|a\\s+la)\\s+(el\\s+)?(evaluador|evaluadora|revisor|revisora|calificador|examinador|corrector)",
            "como\\s+(el\\s+|la\\s+)?(evaluador|evaluadora|calificador|examinador|corrector)\\b",
            "(querido|estimado|querida|estimada)\\s+(evaluador|evaluadora|revisor|calificador|corrector)",
            // French
            "ignore[rz]?\\s+(toutes\\s+)?(les\\s+|tes\\s+|vos\\s+)?(instructions|consignes|directives|r[eè]gles)",
            "oublie[rz]?\\s+(toutes\\s+)?(les\\s+|tes\\s+|vos\\s+)?(instructions|consignes|directives|r[eè]gles)",
            "(note|score)\\s+(maximale|parfaite|maximum)", "(note|score)\\s+(de\\s+)?(20\\s*/\\s*20|10\\s*/\\s*10)", "la\\s+meilleure\\s+note",
            "(note|message|remarque|mot)\\s+(pour|[aà]|au)\\s+(l['’]\\s*|le\\s+|la\\s+)?(évaluat(eur|rice)|correct(eur|rice)|examinat(eur|rice)|relecteur|relectrice)",
            "en\\s+tant\\s+qu['’]\\s*(évaluat(eur|rice)|correct(eur|rice)|examinat(eur|rice))",
            "(cher|chère)\\s+(évaluat(eur|rice)|correct(eur|rice)|examinat(eur|rice))",
            // Portuguese
            "(ignore|ignora|esque[cç]a|desconsidere)\\s+(todas\\s+)?(as\\s+)?(instru[cç][oõ]es|regras|orienta[cç][oõ]es)",
            "(nota|pontua[cç][aã]o)\\s+(m[aá]xima|perfeita|dez)",
            "(nota|mensagem|recado)\\s+(para|ao|[aà])\\s+(o\\s+|a\\s+)?(avaliador|avaliadora|revisor|revisora|examinador|corretor)",
            "como\\s+(o\\s+|a\\s+)?(avaliador|avaliadora|examinador|corretor)\\b",
            // German
            "(ignorier\\w*|vergiss|vergessen\\s+sie)\\s+(alle\\s+)?(vorherigen\\s+|bisherigen\\s+|obigen\\s+|vorigen\\s+)?(anweisungen|instruktionen|regeln|vorgaben)",
            "(volle|maximale|h[oö]chste|beste)\\s+(punktzahl|punkte|note|bewertung)",
            "(bewerte|benote)\\w*\\s+(diese|meine)\\s+antwort\\s+(mit\\s+)?(10|zehn|100|einer\\s+eins)",
            "(hinweis|nachricht|notiz|anmerkung)\\s+(an|f[uü]r)\\s+(den|die)\\s+(pr[uü]fer\\w*|bewerter\\w*|gutachter\\w*|korrektor\\w*)",
            "als\\s+(der\\s+|die\\s+)?(pr[uü]fer|bewerter|gutachter|korrektor)(in)?\\b", "liebe[r]?\\s+(pr[uü]fer|bewerter|gutachter)",
            // Russian
            "(игнорир\\w*|проигнорир\\w*|забудь\\w*|не\\s+обращай\\w*\\s+внимания\\s+на)\\s+(все\\s+|всё\\s+)?(предыдущ\\w+\\s+|прежн\\w+\\s+|данн\\w+\\s+|эти\\s+)?"
                    + "(инструкци\\w*|указани\\w*|правил\\w*|команд\\w*)",
            "(максимальн\\w+|высш\\w+|полн\\w+)\\s+(балл\\w*|оценк\\w*)",
            "(поставь\\w*|дай\\w*|оцени\\w*)\\s+(мне\\s+|этот\\s+ответ\\s+|ответ\\s+)?(на\\s+)?(10|десять|100|пят[её]рк\\w*|максимум)",
            "(примечание|заметка|сообщение|записка|обращение|пометка)\\s+(для|к)\\s+(проверяющ\\w+|оценщик\\w*|экзаменатор\\w*|рецензент\\w*|модел\\w+|ии)",
            "(как|в\\s+роли)\\s+(проверяющ\\w+|оценщик\\w*|экзаменатор\\w*)", "(уважаем\\w+|дорог\\w+)\\s+(проверяющ\\w+|оценщик\\w*|экзаменатор\\w*)",
            // Mandarin
            "(忽略|无视|忘记|忘掉|不要理会|别管)(之前|以上|前面|上面|所有|先前|全部)?(的)?(所有)?(指令|指示|说明|提示|规则|要求)",
            "(给|打)(我|这个答案|本答案|这个回答)?(满分|最高分|十分|10分|100分)", "(评|打)(为|成)?(满分|最高分)",
            "(致|给)(评分者|评审|阅卷人|考官|评估者|评分员)", "作为(评分者|评审|考官|评估者|评分员)", "(评审|评分者|考官|评分员)(备注|注|须知)",
            // Japanese
            "(以前|前|上記|これまで)の(指示|命令|指令|ルール)を(無視|忘れ)", "(指示|命令)を無視", "満点", "(最高|最大)(点|評価|スコア)",
            "(採点者|評価者|審査員|試験官)(へ|に)(の)?(メモ|注意|お願い|メッセージ)", "(採点者|評価者|試験官)として",
            // Hindi
            "(पिछले|पहले\\s+के|सभी)\\s+निर्देश", "(निर्देश|निर्देशों|नियमों)\\s+(को\\s+)?(भूल|अनदेखा|नज़रअंदाज़|नजरअंदाज|अनसुना)",
            "(पूरे|पूर्ण|अधिकतम|सर्वोच्च)\\s+(अंक|नंबर|स्कोर)", "(10|दस|१०)\\s+में\\s+से\\s+(10|दस|१०)",
            "(परीक्षक|मूल्यांकनकर्ता|समीक्षक)\\s+(के\\s+लिए|को)\\s+(नोट|संदेश|टिप्पणी)", "(परीक्षक|मूल्यांकनकर्ता|समीक्षक)\\s+के\\s+रूप\\s+में",
            // Urdu
            "(پچھلی|سابقہ|پچھلے|تمام)\\s+(ہدایات|ہدایت)", "ہدایات\\s+(کو\\s+)?(نظرانداز|نظر\\s+انداز|بھول)",
            "(پورے|مکمل|زیادہ\\s+سے\\s+زیادہ)\\s+(نمبر|مارکس|اسکور)",
            "(ممتحن|جانچنے\\s+والے|جائزہ\\s+لینے\\s+والے)\\s+(کے\\s+لیے|کے\\s+لئے|کو)\\s+(نوٹ|پیغام)",
            // Arabic
            "(تجاهل|تجاهلي|انس|انسى|تخط)\\s+(جميع\\s+|كل\\s+)?(التعليمات|الأوامر|الاوامر|التوجيهات)",
            "(الدرجة|العلامة)\\s+(الكاملة|الكامله|القصوى)", "(10|عشرة)\\s+من\\s+(10|عشرة)",
            "(ملاحظة|رسالة)\\s+(إلى|الى|لل)\\s*(المقيم|المقيّم|المصحح|الممتحن|المراجع|المحكم)", "(بصفتك|بصفتي)\\s+(المقيم|المصحح|الممتحن)",
            // Bengali
            "(আগের|পূর্ববর্তী|সব|সমস্ত)\\s+(নির্দেশ|নির্দেশনা|নির্দেশাবলী)", "নির্দেশ\\S*\\s+(উপেক্ষা|ভুলে)",
            "(পূর্ণ|সর্বোচ্চ|পুরো)\\s+(নম্বর|মার্কস|স্কোর)",
            "(পরীক্ষক|মূল্যায়নকারী|পর্যালোচক)\\S*\\s+(জন্য|প্রতি)\\s+(নোট|বার্তা)", "(পরীক্ষক|মূল্যায়নকারী)\\s+হিসেবে");

    private static final Map<Pattern, Character.UnicodeScript> SCRIPT = Collections.unmodifiableMap(SCRIPT_OF);
    private static final Map<Pattern, List<String>> STARTS = Collections.unmodifiableMap(STARTS_OF);
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f]+");

    /** What hidden text must not do: address anyone who reads the answer's source, or ask for anything. */
    private static final Pattern ADDRESSED = Pattern.compile("\\b(" + GRADER.substring(1, GRADER.length() - 1)
            + "|interviewer|system|score|scores|scoring|rate|rating|grade|grading|marks?|points|rubric|instructions?|prompt"
            + "|ignore|evaluat\\w*|assess\\w*|full|maximum|perfect|must|should|please)\\b", Pattern.CASE_INSENSITIVE);

    private GraderAddress() {
    }

    /**
     * @param canonical the answer in canonical form
     * @return the phrase found, quoted and cut to 40 characters, or {@code null} when the answer does not
     *     address the grader
     */
    static String find(String canonical) {
        for (String reading : HiddenText.readings(canonical)) {
            String flat = flat(reading);
            Set<Character.UnicodeScript> scripts = scripts(flat);
            for (List<Pattern> patterns : List.of(ENGLISH, OTHER_LANGUAGES)) {
                for (Pattern p : patterns) {
                    Character.UnicodeScript needed = SCRIPT.get(p);
                    if (needed != null && !scripts.contains(needed)) {
                        continue;
                    }
                    if (!mayMatch(STARTS.get(p), flat)) {
                        continue;
                    }
                    Matcher m = p.matcher(flat);
                    if (m.find()) {
                        return quote(m.group());
                    }
                }
            }
        }
        for (String hidden : HiddenText.comments(canonical)) {
            Matcher m = ADDRESSED.matcher(hidden);
            if (m.find()) {
                return "hidden comment: " + quote(m.group());
            }
        }
        return null;
    }

    /** Runs of blanks other than line breaks as one space; the text itself when it has none to fold. */
    private static String flat(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c == '\t' || c == '\u000B' || c == '\f';
            if (blank || (c == ' ' && i + 1 < s.length() && isBlank(s.charAt(i + 1)))) {
                return BLANKS.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
    }

    /** Whether the text holds one of the starts (a pattern with no known starts may always match). */
    private static boolean mayMatch(List<String> starts, String text) {
        if (starts == null) {
            return true;
        }
        for (String start : starts) {
            if (text.contains(start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal text that every match of a regular expression starts with, one per alternative of its leading
     * group (or the regex's own leading literal when it starts with none), or {@code null} when some alternative
     * starts with no literal text (a class, an anchor, an optional group), so no cheap test is safe.
     */
    static List<String> literalStarts(String regex) {
        int i = regex.startsWith("\\b") ? 2 : 0;
        if (i >= regex.length() || topLevelAlternation(regex)) {
            return null;
        }
        if (regex.charAt(i) != '(') {
            String lit = literalPrefix(regex, i);
            return lit.isEmpty() ? null : List.of(lit);
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
            return null;
        }
        List<Integer> bars = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int close = -1;
        for (int j = i + 1; j < regex.length() && close < 0; j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    close = j;
                } else {
                    depth--;
                }
            } else if (c == '|' && depth == 0) {
                bars.add(j);
            }
        }
        if (close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int from = i + 1;
        bars.add(close);
        for (int bar : bars) {
            String lit = literalPrefix(regex.substring(0, bar), from);
            if (lit.isEmpty()) {
                return null;
            }
            out.add(lit);
            from = bar + 1;
        }
        return List.copyOf(out);
    }

    private static boolean topLevelAlternation(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int j = 0; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits from {@code from} up to the first other character, without one a quantifier makes optional. */
    private static String literalPrefix(String regex, int from) {
        int j = from;
        while (j < regex.length() && Character.isLetterOrDigit(regex.charAt(j))) {
            j++;
        }
        if (j < regex.length() && j > from && "?*{".indexOf(regex.charAt(j)) >= 0) {
            j--;
        }
        return regex.substring(from, j);
    }

    private static Set<Character.UnicodeScript> scripts(String s) {
        Set<Character.UnicodeScript> out = EnumSet.noneOf(Character.UnicodeScript.class);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F && !Character.isSurrogate(c)) {
                out.add(Character.UnicodeScript.of(c));
            }
        }
        return out;
    }

    /** The script a pattern's first non-Latin letter is written in, when there is one. */
    private static Character.UnicodeScript scriptOf(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isLetter(c) && c > 0x7F) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script != Character.UnicodeScript.LATIN) {
                    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                            ? Character.UnicodeScript.HAN : script;
                }
            }
        }
        return null;
    }

    private static String quote(String hit) {
        String s = hit.strip();
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }

    private static List<Pattern> compile(String... regexes) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) {
            // the text is lowercase already; a word character (\w) is a letter of any script here, not only a-z
            String regex = Normalizer.normalize(r, Normalizer.Form.NFKC).replace("\\w", "[\\p{L}\\p{M}]");
            Pattern p = Pattern.compile(regex);
            List<String> starts = literalStarts(regex);
            if (starts != null) {
                STARTS_OF.put(p, starts);
            }
            Character.UnicodeScript script = scriptOf(regex);
            if (script != null) {
                SCRIPT_OF.put(p, script);
            }
            out.add(p);
        }
        return List.copyOf(out);
    }
}
