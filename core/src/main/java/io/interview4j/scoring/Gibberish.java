package io.interview4j.scoring;

import io.interview4j.text.internal.SkillVocabulary;
import io.interview4j.text.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer gate's test for text that is not language: keyboard runs (QWERTY or ЙЦУКЕН), letter strings no
 * language spells, one sign repeated in any script, letters and digits switching back and forth. Words known to
 * interviews (skills, technical tokens) are never implausible.
 */
final class Gibberish {

    private static final Set<String> TECH_TOKENS = Set.of("sql", "html", "css", "http", "https", "tcp", "dns", "jvm",
            "npm", "cpu", "gpu", "bst", "dfs", "bfs", "mvc", "crud", "rpc", "grpc", "ssl", "tls", "jwt", "cdn", "xml",
            "url", "ssh", "ftp", "smtp", "php", "jdk", "sdk", "cli", "gcp", "nlp", "llm", "rdbms", "ttl", "lru", "lifo",
            "ssd", "hdd", "gc", "vm", "kpi", "okr", "saas", "jdbc", "jpa", "mkdir", "chmod", "kwargs", "xhtml",
            "pwd", "cwd", "wsgi", "mvp", "pdf", "vpc", "gcc", "jq", "pkg", "cv", "qr", "qt", "sqs", "sns", "ddd",
            "tdd", "bdd", "mrr", "arr", "cac", "ltv", "ctr", "cvr", "nps", "cms", "crm", "erp", "hrm", "b2b", "b2c",
            "std", "stl", "ptr", "nlogn", "xyz", "dsl", "ndk", "ml", "dl", "rl", "nn", "cnn", "rnn", "gbm", "svm",
            "knn", "pca", "rmse", "mse", "mae", "wpf", "xaml", "tsql", "plsql", "dbms", "hdfs", "sftp", "scp", "tty",
            "lxc", "sysctl", "systemd", "cron", "crontab", "nginx", "fsm", "dfa", "nfa", "cfg", "gpt", "rlhf");

    private static final Set<String> KNOWN = buildKnown();
    /** Letter rows of the QWERTY and Russian ЙЦУКЕН layouts, for keyboard mashing in either script. */
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ",
        "ячсмитьбю"};
    private static final Set<String> RARE_BIGRAMS = Set.of(("bq bx bz cj cx dx fq fv fx fz gq gx hx hz jb jc jd jf jg jh jj jk jl "
            + "jm jn jp jq jr js jt jv jw jx jy jz kq kx kz lq lx mq mx mz pq pv px qb qc qd qe qf qg qh qj qk ql qm qn qo qp "
            + "qq qr qs qt qv qw qx qy qz sx tq tx vb vc vd vf vg vh vj vk vm vn vp vq vt vw vx vz wq wv wx wz xb xd xg xj xk "
            + "xm xn xq xr xs xv xz yq yv yx yy zb zc zd zf zg zj zk zm zn zp zq zr zs zt zv zw zx").split(" "));

    private Gibberish() {
    }

    /** Whether the answer's words, as {@link Texts#words} splits them, are not language. */
    static boolean test(List<String> words) {
        double total = 0;
        int latin = 0;
        int stopwords = 0;
        for (String w : words) {
            if (Texts.isStopword(w)) {
                stopwords++;
            }
            if (isLatin(w)) {
                latin++;
            }
            total += implausibility(w);
        }
        double mean = total / words.size();
        if (mean >= 0.5 || fewSignsRepeated(words)) {
            return true;
        }
        return latin >= 6 && latin * 2 >= words.size() && stopwords == 0 && mean >= 0.3;
    }

    /** Scripts written without spaces come as one sign a word: a few signs said over and over is not an answer. */
    private static boolean fewSignsRepeated(List<String> words) {
        List<String> signs = words.stream().filter(w -> w.codePointCount(0, w.length()) == 1 && !isLatin(w)
                && Character.isLetter(w.codePointAt(0))).toList();
        return signs.size() >= 4 && signs.size() * 2 >= words.size()
                && signs.stream().distinct().count() * 5 <= signs.size() * 2;
    }

    private static boolean isLatin(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    static double implausibility(String word) {
        if (KNOWN.contains(word)) {
            return 0;
        }
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return 0;
        }
        if (sameRun(letters, 4)) {
            return 1;
        }
        if (mixedScripts(letters)) {
            return 1;
        }
        if (!letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            // other scripts: keyboard runs, and one sign said over and over ("哈哈哈", "ааааа")
            return keyboardRun(letters) || (letters.codePointCount(0, letters.length()) >= 2
                    && letters.codePoints().distinct().count() == 1) ? 1 : 0;
        }
        if (letterDigitSwitches(word) >= 3) {
            return 1;
        }
        if (keyboardRun(letters)) {
            return 1;
        }
        int len = letters.length();
        if (len <= 2) {
            return 0;
        }
        int vowels = 0;
        int run = 0;
        int maxRun = 0;
        int rare = 0;
        for (int i = 0; i < len; i++) {
            char c = letters.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel) {
                vowels++;
                run = 0;
            } else {
                maxRun = Math.max(maxRun, ++run);
            }
            if (i > 0 && RARE_BIGRAMS.contains(letters.substring(i - 1, i + 1))) {
                rare++;
            }
        }
        if (sameRun(letters, 3) && !letters.contains("www")) {
            return 1;
        }
        if (len <= 4) {
            double score = (vowels == 0 ? 0.5 : 0) + (rare > 0 ? 0.5 : 0);
            return Math.min(1, score);
        }
        if (vowels == 0 || maxRun >= 6 || rare >= 2 || len > 30) {
            return 1;
        }
        if (len >= 6 && (double) vowels / len < 0.2) {
            return 1;
        }
        if (len >= 6 && letters.chars().distinct().count() <= 2) {
            return 1;
        }
        return rare == 1 ? 0.5 : 0;
    }

    private static boolean sameRun(String s, int n) {
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            run = s.charAt(i) == s.charAt(i - 1) ? run + 1 : 1;
            if (run >= n) {
                return true;
            }
        }
        return false;
    }

    private static boolean mixedScripts(String letters) {
        Character.UnicodeScript first = null;
        for (int i = 0; i < letters.length(); ) {
            int cp = letters.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (first == null) {
                first = s;
            } else if (s != first) {
                return true;
            }
        }
        return false;
    }

    private static int letterDigitSwitches(String w) {
        int switches = 0;
        for (int i = 1; i < w.length(); i++) {
            boolean a = Character.isDigit(w.charAt(i - 1));
            boolean b = Character.isDigit(w.charAt(i));
            if (a != b) {
                switches++;
            }
        }
        return switches;
    }

    private static boolean keyboardRun(String letters) {
        for (int i = 0; i + 4 <= letters.length(); i++) {
            String four = letters.substring(i, i + 4);
            String reversed = new StringBuilder(four).reverse().toString();
            for (String row : KEYBOARD_ROWS) {
                if (row.contains(four) || row.contains(reversed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> buildKnown() {
        Set<String> known = new HashSet<>(TECH_TOKENS);
        SkillVocabulary vocabulary = SkillVocabulary.builtIn();
        for (String tag : vocabulary.tags()) {
            for (String alias : vocabulary.aliases(tag)) {
                known.addAll(Texts.words(alias));
            }
        }
        return Set.copyOf(known);
    }
}
