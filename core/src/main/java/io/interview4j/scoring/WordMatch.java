package io.interview4j.scoring;

/** Typing-tolerant comparison of words and stems, shared by the answer gate and the analyzer. */
final class WordMatch {

    private WordMatch() {
    }

    /** Whether two stems are the same word up to a shared long prefix or a typing error or two. */
    static boolean fuzzyEqual(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        if (shorter >= 5 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        if (shorter >= 8) {
            return distance(a, b, 2) <= 2;
        }
        // shorter words: one dropped, added or swapped letter, but no substitution (pointer is not printer)
        return shorter >= 5 && a.length() != b.length() ? distance(a, b, 1) <= 1
                : shorter >= 5 && transposition(a, b);
    }

    private static boolean transposition(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Optimal string alignment distance, stopping early once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }

    /** Whether two stems of five letters or more start with the same five letters or more. */
    static boolean sharePrefix(String a, String b) {
        if (a.length() < 5 || b.length() < 5) {
            return false;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 5;
    }
}
