package io.interview4j.scoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases the answer analyzer counts, on lowercase text: STAR parts, examples, trade-offs, fillers, hedges,
 * numbers and measurable results, and the scope of the work described.
 */
final class AnswerCues {

    static final Pattern SITUATION = cues("when i was", "at my (last|previous|current|old|first) (job|company|role|team|internship|employer)",
            "in my (last|previous|current|first) (job|company|role|team|position|internship)", "situation", "background", "context",
            "we were", "there was", "our team", "my team", "the project", "back in", "while (i was )?working", "last year",
            "a few (months|years) ago", "at the time", "once,? (i|we)", "during (my|the|a|our)", "i was working", "i worked (at|on|as)");
    static final Pattern TASK = cues("my (task|goal|job|role|responsibility|assignment|objective) (was|is)", "i was (responsible|tasked|asked|assigned|in charge)",
            "(i|we) needed to", "(i|we) had to", "the (goal|objective|aim|challenge|problem|task) was", "i was supposed to",
            "(i|we) wanted to", "in order to", "my aim", "the requirement");
    static final Pattern ACTION = cues("i (decided|built|created|implemented|designed|led|organi[sz]ed|wrote|proposed|started|set up|introduced|"
            + "reached out|talked|met|scheduled|analy[sz]ed|investigated|refactored|migrated|automated|negotiated|convinced|coordinated|"
            + "worked|developed|changed|added|fixed|prioriti[sz]ed|delegated|mentored|suggested|asked|listened|explained|researched|"
            + "tested|measured|profiled|rewrote|split|documented|presented|built|launched|drove|owned|took|made|used|focused|broke)",
            "i [a-z]{3,}ed", "so i", "first,? i", "then i", "next,? i", "i then", "my approach", "i would", "we (built|implemented|designed|decided|created|used)");
    static final Pattern RESULT = cues("as a result", "results?", "resulted", "outcome", "reduc(ed|ing)", "increas(ed|ing)", "improv(ed|ing)",
            "sav(ed|ing)", "cut", "grew", "deliver(ed)?", "launched", "shipped", "in the end", "eventually", "ultimately",
            "ended up", "learn(ed|t)", "lesson", "impact", "succeeded", "success(ful(ly)?)?", "achieved", "went from", "dropped",
            "on time", "praised", "adopted");
    static final Pattern EXAMPLE = cues("for example", "for instance", "e\\.g\\.?", "such as", "when i", "in my experience",
            "in one project", "at my (last|previous|current)", "consider", "imagine", "like when", "case in point",
            "to illustrate", "in practice", "in a project", "once i", "we had a");
    static final Pattern TRADE_OFF = cues("however", "trade-?offs?", "instead", "downsides?", "on the other hand", "although",
            "whereas", "drawbacks?", "pros and cons", "at the (expense|cost) of", "it depends", "depending on", "alternatively",
            "versus", "vs\\.?", "but", "the cost", "disadvantages?", "advantages?", "weigh(ed)?", "compared (to|with)", "limitation",
            "risk", "balance");
    static final Pattern FILLER = cues("um+", "uh+", "erm", "basically", "literally", "you know", "i mean", "kind of like",
            "like,", "stuff like that", "and stuff", "and so on and so forth", "whatever", "totally");
    static final Pattern HEDGE = cues("i think", "maybe", "probably", "i guess", "sort of", "kind of", "perhaps", "might",
            "not sure", "i believe", "possibly", "i suppose", "somewhat", "more or less");
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])[$€£]?\\d+(?:[.,]\\d+)?\\s*(%|percent|x\\b|k\\b|m\\b)?");
    static final Pattern MEASURABLE = Pattern.compile("(?i)([$€£]\\s?\\d|\\d+(?:[.,]\\d+)?\\s*(%|percent|x\\b|times\\b|ms\\b|"
            + "milliseconds|seconds?|minutes?|hours?|days?|weeks?|months?|years?|users?|customers?|clients?|requests?|"
            + "rps|qps|dollars|euros|k\\b|m\\b|million|thousand|billion|people|engineers|tickets|incidents|points?|bugs?|"
            + "deploys?|releases?|gb|tb|mb|servers?|nodes?))");
    /** Results told in words: "from eight a month to one", "cut it in half", "doubled". */
    static final Pattern MEASURABLE_WORDS = Pattern.compile("(?i)\\b((two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|a dozen|dozens)\\s+(a |per )?"
            + "(minutes?|hours?|days?|weeks?|months?|years?|users?|customers?|clients?|requests?|people|engineers|"
            + "tickets|incidents|bugs?|deploys?|releases?|servers?|nodes?|pages|outages|escalations|times|"
            + "a (day|week|month|quarter|year))|halved|doubled|tripled|quadrupled|tenfold|(by|in) half|by a third)\\b");
    static final Pattern INDIVIDUAL = cues("i (implemented|built|wrote|fixed|completed|delivered|coded|tested|debugged|"
            + "finished|created|developed|handled|worked on|took care of|resolved)", "my (task|ticket|feature|part|code)");
    static final Pattern CROSS_TEAM = cues("cross-?team", "cross-?functional", "other teams", "across teams", "several teams",
            "multiple teams", "partner teams", "influenc(e|ed|ing)", "coordinat(ed|ing|e)", "align(ed|ing)?", "stakeholders?",
            "without authority", "dependenc(y|ies)", "convinc(ed|ing)", "persuad(ed|ing)", "mentor(ed|ing)?", "negotiat(ed|ing)",
            "two teams", "three teams", "another team", "product (manager|team)", "design team", "consensus");
    static final Pattern ORGANISATION = cues("organi[sz]ation-?wide", "company-?wide", "org-?wide", "across the (organi[sz]ation|company|org)",
            "strateg(y|ic|ically)", "executives?", "vp", "vice president", "c-level", "cto", "ceo", "cfo", "leadership team",
            "senior leadership", "headcount", "budget", "long-term vision", "vision", "ambiguity", "ambiguous", "multi-year",
            "entire (company|organi[sz]ation|department|engineering)", "business unit", "board", "org chart", "reorg");

    private AnswerCues() {
    }

    static AnswerFeatures.Star star(String lower) {
        return new AnswerFeatures.Star(SITUATION.matcher(lower).find(), TASK.matcher(lower).find(),
                ACTION.matcher(lower).find(), RESULT.matcher(lower).find());
    }

    static AnswerFeatures.Scope scope(String lower) {
        return new AnswerFeatures.Scope(count(INDIVIDUAL, lower), count(CROSS_TEAM, lower), count(ORGANISATION, lower));
    }

    static int measurable(String lower) {
        return count(MEASURABLE, lower) + count(MEASURABLE_WORDS, lower);
    }

    static int starCues(String lower) {
        int n = 0;
        for (Pattern p : List.of(SITUATION, TASK, ACTION, RESULT)) {
            n += p.matcher(lower).find() ? 1 : 0;
        }
        return n + (MEASURABLE.matcher(lower).find() ? 1 : 0);
    }

    static int depthCues(String lower) {
        return count(EXAMPLE, lower) + count(TRADE_OFF, lower) + 2 * count(MEASURABLE, lower) + count(NUMBER, lower);
    }

    static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern cues(String... phrases) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}])");
    }
}
