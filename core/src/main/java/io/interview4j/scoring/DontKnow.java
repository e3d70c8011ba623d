package io.interview4j.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an answer that only says the candidate does not know, in English (with its paraphrases: "no idea",
 * "I haven't worked with that", "can't answer that", "that's outside my experience") and in Mandarin, Hindi,
 * Spanish, French, Arabic, Bengali, Portuguese, Russian, Urdu, German, Japanese and a few more. The phrase must
 * be most of the answer: what is left once the phrases and filler words are gone is at most two words, or at
 * most a third of a short answer. Works on lowercase canonical text.
 */
final class DontKnow {

    private static final String TAIL = "(\\s+(of|about|with|into|on|at|to|it|this|that|the|these|those|topic|subject|area|concept"
            + "|technology|tool|question|one|thing|stuff|before|yet|much|in|my|career|job|so|far|personally|really|properly|myself"
            + "|any|anything|particular|specific|specifically|area|field|language|framework|library|problem|kind|of))*";

    private static final List<Pattern> PHRASES = words(
            "(i\\s+)?(really\\s+|honestly\\s+|just\\s+|simply\\s+|truly\\s+)?(dont|do\\s+not|didnt|did\\s+not|dont\\s+really|do\\s+not\\s+really|wouldnt|would\\s+not)\\s+know"
                    + "(\\s+(the\\s+answer|this|that|it|how|what|why|anything|much|about\\s+(this|that|it)|the\\s+solution))*",
            "(i\\s+)?(have\\s+|got\\s+)?(absolutely\\s+)?no\\s+(idea|clue|clues|answer|knowledge)(\\s+whatsoever)?",
            "(i\\s+)?(havent|have\\s+not|dont\\s+have|do\\s+not\\s+have)\\s+(got\\s+)?(a|an|any|the\\s+slightest|the\\s+faintest)\\s+(clue|idea|answer)",
            "not\\s+a\\s+clue", "clueless", "idk", "dunno", "i\\s+dunno", "beats\\s+me", "i\\s+give\\s+up", "no\\s+comment", "who\\s+knows",
            "(im|i\\s+am)?\\s*(really\\s+|totally\\s+|quite\\s+|not\\s+really\\s+)?(not|un)\\s*(sure|certain)", "(im|i\\s+am)?\\s*unsure",
            "(i\\s+)?(cant|can\\s+not|cannot|couldnt|could\\s+not|am\\s+unable\\s+to|am\\s+not\\s+able\\s+to|wont\\s+be\\s+able\\s+to|unable\\s+to|not\\s+able\\s+to)\\s+"
                    + "(really\\s+)?(answer|say|tell|think\\s+of|remember|recall|respond|explain|help|comment)" + TAIL,
            "(i\\s+)?(forgot|forget|dont\\s+remember|do\\s+not\\s+remember|cant\\s+remember|cannot\\s+remember|cant\\s+recall|cannot\\s+recall)"
                    + "(\\s+(it|this|that|the\\s+answer))?",
            "(i\\s+)?(have\\s+|ve\\s+)?(never|havent|have\\s+not|didnt|did\\s+not|dont|do\\s+not|not)\\s+(really\\s+|yet\\s+|ever\\s+|actually\\s+)?"
                    + "(heard|learned|learnt|studied|used|seen|done|worked|touched|tried|encountered|come\\s+across|came\\s+across|dealt|covered"
                    + "|read|looked|explored|had\\s+(any\\s+|much\\s+)?(experience|exposure|a\\s+chance|the\\s+chance)|gotten\\s+to|got\\s+to)" + TAIL,
            "(i\\s+)?(have\\s+|ve\\s+)?(zero|no|little|limited)\\s+(knowledge|experience|background|exposure|familiarity)" + TAIL,
            "(im|i\\s+am)\\s+(not|un)\\s*(familiar|acquainted|experienced|comfortable)" + TAIL,
            "(this|that|it)?\\s*(is|s)?\\s*(outside|beyond|not\\s+in|out\\s+of)\\s+(of\\s+)?(my|the\\s+scope\\s+of\\s+my)\\s+"
                    + "(experience|expertise|knowledge|area|field|comfort\\s+zone|skill\\s*set|skills|depth|league)",
            "(beyond|over)\\s+my\\s+head", "beyond\\s+me", "(im\\s+|i\\s+am\\s+)?(drawing|drew|draw)\\s+a\\s+blank",
            "(my\\s+)?mind\\s+(is|went|has\\s+gone)\\s+blank", "(im\\s+|i\\s+am\\s+)?(blanking|stumped|stuck)" + TAIL,
            "(id|i\\s+would|i\\s+will|ill|i\\s+d|i)\\s+(have|need)\\s+to\\s+(look\\s+(it|this|that)\\s+up|google\\s+(it|this|that)|research\\s+(it|this|that)|read\\s+up)"
                    + TAIL,
            "not\\s+(something|a\\s+topic|an\\s+area|a\\s+subject)\\s+(i|ive|i\\s+have)\\s+(know|knew|studied|covered|worked|used|seen|dealt|come\\s+across|explored|looked)"
                    + TAIL,
            "(not|never)\\s+(been\\s+)?(my|in\\s+my)\\s+(area|field|domain|strength|strong\\s+suit)",
            "(no|not)\\s+answer(ed)?", "unanswered", "no\\s+response",
            "(ill\\s+|i\\s+will\\s+|let\\s+me\\s+|lets\\s+|i\\s+want\\s+to\\s+|i\\s+would\\s+like\\s+to\\s+|id\\s+like\\s+to\\s+|(can|could|may)\\s+(we|i)\\s+(please\\s+)?)"
                    + "(skip|pass|move\\s+on|go\\s+to\\s+the\\s+next)(\\s+(this|that|it|this\\s+one|this\\s+question|the\\s+question|on\\s+this))?",
            // Spanish
            "no\\s+(lo\\s+)?s[eé]", "ni\\s+idea", "no\\s+tengo\\s+(ni\\s+)?(idea|la\\s+menor\\s+idea|ninguna\\s+idea)", "no\\s+estoy\\s+(seguro|segura)",
            "no\\s+(puedo|sabr[ií]a)\\s+(responder|contestar|decir)(lo|te|le)?", "no\\s+conozco" + TAIL,
            "(nunca|no)\\s+(he\\s+)?(estudiado|trabajado|usado|visto|o[ií]do)" + TAIL,
            // French
            "je\\s+(ne\\s+)?sais\\s+pas", "jen\\s+sais\\s+rien", "je\\s+nen\\s+sais\\s+rien", "aucune\\s+id[eé]e", "je\\s+ne\\s+suis\\s+pas\\s+s[uû]re?",
            "je\\s+ne\\s+peux\\s+pas\\s+r[eé]pondre", "je\\s+nai\\s+(jamais|pas|aucune)(\\s+(id[eé]e|[eé]tudi[eé]|travaill[eé]|utilis[eé]))?",
            "je\\s+ne\\s+connais\\s+pas",
            // Portuguese
            "n[aã]o\\s+sei", "n[aã]o\\s+(fa[cç]o|tenho)\\s+(nem\\s+)?(ideia|id[eé]ia)", "n[aã]o\\s+tenho\\s+certeza",
            "n[aã]o\\s+(consigo|sei)\\s+responder", "nunca\\s+(estudei|trabalhei|usei|vi|ouvi)",
            // German
            "ich\\s+wei(ß|ss)\\s+(es\\s+|das\\s+)?nicht", "wei(ß|ss)\\s+ich\\s+nicht", "keine\\s+ahnung",
            "ich\\s+bin\\s+(mir\\s+)?(nicht\\s+sicher|unsicher)", "(das\\s+)?kann\\s+ich\\s+nicht\\s+beantworten",
            "ich\\s+kann\\s+(das\\s+)?nicht\\s+beantworten",
            "(damit\\s+)?(habe\\s+ich|ich\\s+habe)\\s+(damit\\s+|das\\s+)?(noch\\s+)?(nie|nicht)\\s+(gearbeitet|gelernt|studiert|benutzt|verwendet)",
            // Italian, Turkish, Indonesian
            "non\\s+lo\\s+so", "bilmiyorum", "tidak\\s+tahu",
            // Russian
            "не\\s+знаю", "понятия\\s+не\\s+имею", "без\\s+понятия", "не\\s+уверен(а)?", "не\\s+могу\\s+(ответить|сказать)", "не\\s+помню",
            "(я\\s+)?(не|никогда\\s+не)\\s+(изучал|работал|сталкивался|слышал)(а)?", "затрудняюсь\\s+ответить", "хз",
            // Hindi
            "(मुझे\\s+)?(नहीं\\s+पता|पता\\s+नहीं|मालूम\\s+नहीं)", "मैं\\s+नहीं\\s+जानत(ा|ी)", "कोई\\s+(आइडिया|अंदाज़ा|अंदाजा|जानकारी)\\s+नहीं",
            "मुझे\\s+यकीन\\s+नहीं",
            // Bengali
            "(আমি\\s+)?জানি\\s+না", "কোন(ও)?\\s+ধারণা\\s+নেই", "আমার\\s+জানা\\s+নেই", "নিশ্চিত\\s+নই",
            // Urdu
            "(مجھے\\s+)?(نہیں\\s+پتا|نہیں\\s+پتہ|پتا\\s+نہیں|پتہ\\s+نہیں|نہیں\\s+معلوم|معلوم\\s+نہیں)", "میں\\s+نہیں\\s+جانت(ا|ی)",
            "کوئی\\s+اندازہ\\s+نہیں",
            // Arabic
            "لا\\s+(أعرف|اعرف|أدري|ادري|أعلم|اعلم)", "ليس\\s+لدي\\s+(أي\\s+)?فكرة", "ما\\s+بعرف", "مش\\s+عارف", "معرفش",
            "لست\\s+متأكدا?", "لا\\s+أستطيع\\s+الإجابة");

    /** Phrases in scripts written without spaces, matched anywhere. */
    private static final List<Pattern> IDEOGRAPHIC = compile("我?不知道", "不清楚", "不晓得", "不太?了解", "不确定", "不懂",
            "答不(上来|出来)", "没(有)?(概念|头绪|学过|用过|接触过|研究过)", "我?不会",
            "(わかりません|分かりません|知りません|わからない|分からない)", "見当(も)?(つかない|つきません)", "答えられません",
            "自信(が)?ありません", "(勉強|使用|経験)(したこと)?(が)?ありません",
            "(모르겠습니다|모르겠어요|몰라요|모릅니다)");

    private static final Set<String> WHOLE_ANSWER = Set.of("pass", "i pass", "ill pass", "i will pass",
            "skip", "skip this", "skip it", "skip this one", "skip this question", "next", "next question",
            "next one", "none", "nothing", "na", "n a", "nil", "no idea at all", "sorry", "sorry no", "nope",
            "i have nothing", "nothing to say", "i have nothing to say", "pass on this", "pass on this one",
            "no se", "nada", "rien", "なし", "跳过", "पास", "пас", "далее");

    private static final Set<String> FILLERS = Set.copyOf(List.of("um", "uh", "umm", "uhh", "er", "erm", "hmm", "hmmm",
            "well", "so", "honestly", "sorry", "really", "actually", "just", "oh", "ah", "okay", "ok", "to", "be",
            "honest", "im", "i", "am", "afraid", "unfortunately", "at", "all", "about", "this", "that", "it", "the",
            "question", "one", "here", "yeah", "yes", "frankly", "guess", "think", "but", "and", "please", "thanks",
            "thank", "you", "hi", "hello", "maybe", "perhaps", "probably", "a", "an", "of", "on", "for", "me", "my",
            "now", "right", "quite", "very", "much", "totally", "completely", "any", "whatsoever", "sir", "madam",
            "again", "what", "how", "is", "its", "was", "topic", "subject", "area", "have", "got", "sure",
            "ask", "something", "else", "can", "we", "move", "next", "idea", "clue", "would", "say", "pass", "skip",
            "mind", "if", "lol", "haha", "man", "dude", "bro", "alas", "regret", "apologies", "apologize", "do", "not",
            "with", "before", "yet", "sadly", "though", "moment", "still", "learning", "will", "later", "time", "never",
            "ever", "there", "these", "those", "in", "worked", "used", "studied", "seen", "heard", "also", "either", "too",
            "answer", "kind", "sort", "part", "stuff", "thing", "things", "far", "so", "apologise", "unclear", "clear",
            // Spanish, French, Portuguese, German, Russian, Hindi, Urdu, Arabic, Bengali fillers
            "lo", "la", "el", "de", "que", "es", "en", "esta", "este", "pregunta", "respuesta", "siento", "perdón", "perdon",
            "lo siento", "tema", "sobre", "eso", "esto", "verdad", "le", "les", "je", "suis", "désolé", "desole", "désolée",
            "cette", "réponse", "reponse", "sujet", "vraiment", "ce", "ça", "ca", "sobre", "isso", "isto", "desculpe",
            "pergunta", "resposta", "essa", "esse", "tut", "mir", "leid", "ich", "das", "die", "der", "frage", "antwort",
            "leider", "wirklich", "es", "я", "этот", "это", "вопрос", "ответ", "извините", "простите", "к", "сожалению",
            "честно", "на", "मुझे", "इस", "सवाल", "का", "के", "बारे", "में", "माफ़", "माफ", "करें", "कीजिए", "जवाब", "यह", "है", "इसके", "इस", "कोई",
            "مجھے", "اس", "سوال", "کا", "کے", "بارے", "میں", "معاف", "کیجیے", "افسوس", "جواب",
            "هذا", "السؤال", "عن", "آسف", "اسف", "أنا", "انا", "الجواب", "الإجابة",
            "আমি", "এই", "প্রশ্ন", "প্রশ্নের", "সম্পর্কে", "দুঃখিত", "উত্তর"));

    /** Filler in scripts written without spaces, removed as substrings. */
    private static final Pattern IDEOGRAPHIC_FILLER = Pattern.compile("这个|问题|题目|答案|抱歉|对不起|不好意思|真的|完全|说实话|老实说|其实"
            + "|关于|方面|这|的|了|呢|啊|吧|也|我|你|すみません|ごめんなさい|申し訳ありません|この|質問|正直|全然|答え|について|それ|これ"
            + "|は|が|です|ね|よ|を|に|죄송합니다|질문|잘");

    /** Every word the phrases spell, for a quick look at an answer before the phrases run. */
    private static final Set<String> PHRASE_WORDS = phraseWords();

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private DontKnow() {
    }

    /**
     * @param lowerCanonical the answer in canonical form, lowercase
     * @return whether the answer says, and mostly only says, that the candidate does not know
     */
    static boolean test(String lowerCanonical) {
        String s = NOT_WORD.matcher(lowerCanonical.replace("'", "")).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return false;
        }
        if (WHOLE_ANSWER.contains(s) || WHOLE_ANSWER.contains(dropFillers(s))) {
            return true;
        }
        if (!couldBeOnlyPhrases(s)) {
            return false;
        }
        String rest = " " + s + " ";
        boolean found = false;
        for (List<Pattern> patterns : List.of(IDEOGRAPHIC, PHRASES)) {
            for (Pattern p : patterns) {
                Matcher m = p.matcher(rest);
                if (m.find()) {
                    found = true;
                    rest = m.replaceAll(" ");
                }
            }
        }
        if (!found) {
            return false;
        }
        String remaining = dropFillers(IDEOGRAPHIC_FILLER.matcher(rest).replaceAll(" ").strip());
        int left = units(remaining);
        int total = units(s);
        return left <= 2 || (total <= 12 && left * 3 <= total);
    }

    /**
     * A cheap test before the phrases: a long answer with more than two words that neither a phrase nor the
     * fillers use cannot pass the final test.
     */
    private static boolean couldBeOnlyPhrases(String s) {
        String[] words = s.split(" ");
        if (words.length <= 12) {
            return true;
        }
        int other = 0;
        for (String w : words) {
            if (!FILLERS.contains(w) && !PHRASE_WORDS.contains(w) && w.codePoints().noneMatch(DontKnow::ideograph)) {
                other++;
            }
        }
        return other <= 2;
    }

    /** Words, counting a run of Chinese or Japanese characters as one word for every two characters. */
    private static int units(String s) {
        int n = 0;
        for (String w : s.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            long ideographs = w.codePoints().filter(DontKnow::ideograph).count();
            n += ideographs == 0 ? 1 : (int) ((ideographs + 1) / 2) + (ideographs < w.codePointCount(0, w.length()) ? 1 : 0);
        }
        return n;
    }

    private static boolean ideograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String dropFillers(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && !FILLERS.contains(w)) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w);
            }
        }
        return b.toString();
    }

    private static Set<String> phraseWords() {
        Set<String> out = new java.util.HashSet<>();
        for (Pattern p : PHRASES) {
            String source = p.pattern().replaceAll("\\\\[spPwWdDbB](\\{[^}]*})?", " ");
            // a bracketed choice such as s[eé] spells each of its forms
            Matcher m = Pattern.compile("(\\p{L}*)\\[(\\p{L}+)](\\p{L}*)").matcher(source);
            while (m.find()) {
                for (char c : m.group(2).toCharArray()) {
                    out.add(m.group(1) + c + m.group(3));
                }
            }
            for (String w : source.split("[^\\p{L}\\p{M}]+")) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }

    private static List<Pattern> words(String... regexes) {
        String[] wrapped = new String[regexes.length];
        for (int i = 0; i < regexes.length; i++) {
            wrapped[i] = "(?<![\\p{L}\\p{M}\\p{N}])(?:" + regexes[i] + ")(?![\\p{L}\\p{M}\\p{N}])";
        }
        return compile(wrapped);
    }

    private static List<Pattern> compile(String... regexes) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) {
            out.add(Pattern.compile(Normalizer.normalize(r, Normalizer.Form.NFKC)));
        }
        return List.copyOf(out);
    }
}
