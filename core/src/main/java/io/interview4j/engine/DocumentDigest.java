package io.interview4j.engine;

import io.interview4j.text.internal.SkillVocabulary;
import java.util.List;

/**
 * A job description or a resume bounded for a prompt: the text itself when short, else its opening (cut at a line
 * or sentence end) followed by a line naming every skill the whole text names, so that a long document costs a
 * bounded number of tokens and keeps what steers the interview.
 */
final class DocumentDigest {

    private DocumentDigest() {
    }

    /**
     * @param text the document, or {@code null}
     * @param max the most characters returned, at least 200
     * @return the bounded text, or {@code null} when there is no document
     */
    static String of(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        List<String> skills = SkillVocabulary.builtIn().extract(t);
        String tail = "\n[shortened from " + t.length() + " characters" + (skills.isEmpty() ? "" : "; skills named: "
                + String.join(", ", skills.subList(0, Math.min(30, skills.size())))) + "]";
        int room = Math.max(100, max - tail.length());
        String head = t.substring(0, Math.min(room, t.length()));
        int cut = Math.max(head.lastIndexOf('\n'), Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n")));
        if (cut > room / 2) {
            head = head.substring(0, cut + 1);
        }
        String out = head.strip() + tail;
        return out.length() <= max ? out : out.substring(0, max);
    }
}
