package io.interview4j.text.internal;

/** A suffix stripper in the manner of Porter's algorithm, over lowercase a-z words. */
final class Stemmer {

    private static final String[][] STEP2 = {
            {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
            {"isation", "ize"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"},
            {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"},
            {"biliti", "ble"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"ousli", "ous"},
            {"fulli", "ful"}, {"lessli", "less"}, {"eli", "e"}, {"logi", "log"}};
    private static final String[][] STEP3 = {
            {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
            {"ness", ""}};
    private static final String[] STEP4 = {
            "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "ion", "al", "er", "ic", "ou"};

    private final StringBuilder b;

    Stemmer(String word) {
        this.b = new StringBuilder(word);
    }

    String run() {
        plurals();
        pastAndProgressive();
        finalY();
        replaceFirst(STEP2, 0);
        adverbs();
        replaceFirst(STEP3, 0);
        dropSuffix();
        finalE();
        return b.toString();
    }

    private boolean consonant(int i) {
        char c = b.charAt(i);
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !consonant(i - 1);
            default -> true;
        };
    }

    /** Number of vowel-consonant sequences in b[0, end). */
    private int measure(int end) {
        int m = 0;
        int i = 0;
        while (i < end && consonant(i)) {
            i++;
        }
        while (i < end) {
            while (i < end && !consonant(i)) {
                i++;
            }
            if (i >= end) {
                break;
            }
            while (i < end && consonant(i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private boolean hasVowel(int end) {
        for (int i = 0; i < end; i++) {
            if (!consonant(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int end) {
        return end >= 2 && b.charAt(end - 1) == b.charAt(end - 2) && consonant(end - 1);
    }

    private boolean cvc(int end) {
        if (end < 3 || !consonant(end - 1) || consonant(end - 2) || !consonant(end - 3)) {
            return false;
        }
        char c = b.charAt(end - 1);
        return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean ends(String suffix) {
        int len = b.length();
        int start = len - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (b.charAt(start + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void plurals() {
        if (ends("sses")) {
            b.setLength(b.length() - 2);
        } else if (ends("ies")) {
            b.setLength(b.length() - 2);
        } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && b.length() > 3) {
            b.setLength(b.length() - 1);
        }
    }

    private void pastAndProgressive() {
        if (ends("eed")) {
            if (measure(b.length() - 3) > 0) {
                b.setLength(b.length() - 1);
            }
            return;
        }
        int cut;
        if (ends("ed")) {
            cut = 2;
        } else if (ends("ing")) {
            cut = 3;
        } else {
            return;
        }
        int stem = b.length() - cut;
        if (stem < 2 || !hasVowel(stem)) {
            return;
        }
        b.setLength(stem);
        if (ends("at") || ends("bl") || ends("iz")) {
            b.append('e');
        } else if (doubleConsonant(b.length())) {
            char last = b.charAt(b.length() - 1);
            if (last != 'l' && last != 's' && last != 'z') {
                b.setLength(b.length() - 1);
            }
        } else if (measure(b.length()) == 1 && cvc(b.length())) {
            b.append('e');
        }
    }

    private void finalY() {
        int len = b.length();
        if (len > 2 && b.charAt(len - 1) == 'y' && hasVowel(len - 1) && consonant(len - 2)) {
            b.setCharAt(len - 1, 'i');
        }
    }

    private void adverbs() {
        int len = b.length();
        if (len > 4 && ends("li") && "cdeghkmnrt".indexOf(b.charAt(len - 3)) >= 0 && measure(len - 2) > 0) {
            b.setLength(len - 2);
        }
    }

    private void replaceFirst(String[][] rules, int minMeasure) {
        for (String[] rule : rules) {
            if (ends(rule[0])) {
                int stem = b.length() - rule[0].length();
                if (measure(stem) > minMeasure) {
                    b.setLength(stem);
                    b.append(rule[1]);
                }
                return;
            }
        }
    }

    private void dropSuffix() {
        for (String suffix : STEP4) {
            if (ends(suffix)) {
                int stem = b.length() - suffix.length();
                if (measure(stem) > 1) {
                    if (!suffix.equals("ion") || (stem > 0 && (b.charAt(stem - 1) == 's' || b.charAt(stem - 1) == 't'))) {
                        b.setLength(stem);
                    }
                }
                return;
            }
        }
    }

    private void finalE() {
        int len = b.length();
        if (b.charAt(len - 1) == 'e') {
            int m = measure(len - 1);
            if (m > 1 || (m == 1 && !cvc(len - 1))) {
                b.setLength(len - 1);
            }
        }
        len = b.length();
        if (len > 1 && b.charAt(len - 1) == 'l' && b.charAt(len - 2) == 'l' && measure(len) > 1) {
            b.setLength(len - 1);
        }
    }
}
