package io.interview4j.scoring;

import io.interview4j.text.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a key point the answer missed into the question an interviewer would ask about it, without giving the
 * point away: the follow-up names the area the point belongs to (the outcome, the trade-offs, what happens
 * underneath, what could go wrong, ...) and never a content word of the point that the question itself did not
 * already use. The area is read from the point's words; when every phrasing of that area would repeat one of
 * them, a more general phrasing is used. People questions about the candidate's past are asked in the past tense
 * (the outcome, the people involved, the steps taken, the lesson), other people questions as hypotheticals.
 * Deterministic. The engine asks these offline, and as a last resort when no suggested follow-up is left.
 */
public final class FollowUpQuestions {

    /** An area a key point can belong to: the stems that mark it and the ways to ask about it, best first. */
    private record Area(Set<String> cues, List<String> asks) {
    }

    private static final List<Area> BEHAVIOURAL = List.of(
            area("result outcom impact measur metric quantifi number percent save reduc increas improv succe deliv",
                    "What was the outcome, and how did you measure it?",
                    "How did it turn out in the end, and how could you tell?"),
            area("learn lesson reflect differ next grow mistak feedback",
                    "Looking back, what would you do differently next time?",
                    "What did you take away from that experience?"),
            area("team stakehold manag other colleagu peer custom client leader person peopl communic input "
                            + "align escal relationship conflict",
                    "Who else was involved, and how did you work with them?",
                    "How did you keep the other people involved on board?"),
            area("situat context background goal challeng problem",
                    "Can you set the scene a bit more: what was at stake?",
                    "What made that situation hard?"),
            area("prioriti deadlin time plan estim scope trade risk",
                    "How did you decide what to do first?",
                    "What options did you weigh, and why did you pick yours?"));
    private static final List<String> BEHAVIOURAL_FALLBACK = List.of(
            "What exactly did you do yourself, step by step?",
            "Can you walk me through the steps you took?",
            "What was your own part in it?");

    private static final List<Area> HYPOTHETICAL = List.of(
            area("result outcom impact measur metric quantifi number percent succe",
                    "How would you know it had worked?",
                    "What result would you aim for?"),
            area("team stakehold manag other colleagu peer custom client leader person peopl communic input "
                            + "align escal relationship conflict",
                    "Who would you involve, and how would you bring them along?",
                    "Who else would you talk to?"),
            area("prioriti deadlin time plan estim scope trade risk",
                    "What would you do first, and why?",
                    "Which options would you weigh?"));
    private static final List<String> HYPOTHETICAL_FALLBACK = List.of(
            "What would you actually do, step by step?",
            "Can you be more specific about what you would do?",
            "Can you say more about that?");

    private static final List<Area> TECHNICAL = List.of(
            area("complex linear logarithm quadrat o( big-o",
                    "What would this cost in time and memory?",
                    "How does the cost grow as the input gets larger?"),
            area("edg empti null overflow fail failur error except corner invalid timeout crash retri duplic",
                    "Where could this go wrong, and how would you handle it?",
                    "Which inputs or conditions would you test it against?"),
            area("trade-off tradeoff trade cost slower faster cheaper drawback downsid altern instead versu vs "
                            + "prefer choos when overhead",
                    "What are the trade-offs here, and when would you choose differently?",
                    "When would you pick another approach?"),
            area("scale load throughput concurr distribut parallel thread lock latenc cach replic shard partit",
                    "What changes when this has to run at scale or under concurrent load?",
                    "How would this behave under heavy load?"),
            area("measur metric monitor log test verifi profil benchmark alert observ",
                    "How would you check that it works, and keep checking?",
                    "What would you measure to know it is working?"),
            area("secur auth encrypt permiss attack inject privaci",
                    "What could an attacker do here, and how would you stop it?",
                    "What are the security implications?"),
            area("design api class interfac schema entiti structur layer modul compon",
                    "What would the design look like in more detail?",
                    "How would you structure it?"),
            area("requir clarifi assum constraint",
                    "What would you want to clarify before you start?",
                    "What assumptions are you making?"));
    private static final List<String> MECHANISM = List.of(
            "Can you go one level deeper: what happens underneath?",
            "What is going on under the hood there?",
            "Can you walk me through how that works internally?");
    private static final List<String> TECHNICAL_FALLBACK = List.of(
            "Can you go one level deeper on that?",
            "Can you give a concrete example?",
            "Is there anything important you haven't covered yet?",
            "What else would you add?");

    /** Words that make a key point a claim about how something behaves, asked as "what happens underneath". */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "can", "cannot",
            "can't", "don't", "doesn't", "won't", "will", "must", "should", "may", "makes", "means", "gives", "returns",
            "keeps", "becomes", "needs", "causes", "lets", "allows", "requires", "runs", "shares", "uses", "stores",
            "holds", "blocks", "grows", "fails", "takes", "because", "so", "only");
    /** Questions about the candidate's past, asked in the past tense; other people questions are hypothetical. */
    private static final Pattern STORY = Pattern.compile("(?i)\\b(tell me about|describe|walk me through|give an example"
            + "|did you|have you|were you|a time|a situation|last job|previous)\\b");
    private static final Pattern LABEL = Pattern.compile("^[^:]{1,40}: ");

    private FollowUpQuestions() {
    }

    /**
     * @param question the question the key point belongs to; its words may appear in the follow-up. Null is
     *     treated as empty
     * @param keyPoint a key point as written in a bank
     * @param behavioural whether the question asks about the candidate's past ("How did you ...") rather than
     *     how they would do something ("How would you ...")
     * @return one question, starting with a capital and ending with a question mark, holding no content word of
     *     {@code keyPoint} that {@code question} does not hold
     * @throws NullPointerException when {@code keyPoint} is null
     */
    public static String fromKeyPoint(String question, String keyPoint, boolean behavioural) {
        Set<String> asked = new HashSet<>(Texts.contentStems(question == null ? "" : question));
        Set<String> secret = new HashSet<>(Texts.contentStems(keyPoint));
        secret.removeAll(asked);
        String text = keyPoint.toLowerCase(Locale.ROOT);
        Set<String> stems = new HashSet<>(Texts.contentStems(text));
        boolean story = behavioural && (question == null || STORY.matcher(question).find());
        List<Area> areas = !behavioural ? TECHNICAL : story ? BEHAVIOURAL : HYPOTHETICAL;
        for (Area area : areas) {
            if (matches(area, stems, text)) {
                String safe = firstSafe(area.asks(), secret);
                if (safe != null) {
                    return safe;
                }
            }
        }
        if (!behavioural && isClaim(text)) {
            String safe = firstSafe(MECHANISM, secret);
            if (safe != null) {
                return safe;
            }
        }
        String safe = firstSafe(!behavioural ? TECHNICAL_FALLBACK : story ? BEHAVIOURAL_FALLBACK : HYPOTHETICAL_FALLBACK,
                secret);
        return safe != null ? safe : "What else would you add?";
    }

    private static boolean matches(Area area, Set<String> stems, String text) {
        for (String cue : area.cues()) {
            boolean found = cue.indexOf('(') >= 0 ? text.contains(cue)
                    : cue.length() < 5 ? stems.contains(cue) : stems.stream().anyMatch(s -> s.startsWith(cue));
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static String firstSafe(List<String> asks, Set<String> secret) {
        for (String ask : asks) {
            if (Texts.contentStems(ask).stream().noneMatch(secret::contains)) {
                return ask;
            }
        }
        return null;
    }

    private static boolean isClaim(String text) {
        String body = LABEL.matcher(text).find() ? text.substring(text.indexOf(": ") + 2) : text;
        List<String> words = List.of(body.strip().split("\\s+"));
        for (int i = 1; i < words.size(); i++) {
            if (FINITE.contains(words.get(i))) {
                return true;
            }
        }
        return LABEL.matcher(text).find();
    }

    private static Area area(String cues, String... asks) {
        return new Area(Set.of(cues.split(" ")), List.of(asks));
    }
}
