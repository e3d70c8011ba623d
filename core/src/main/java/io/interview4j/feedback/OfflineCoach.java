package io.interview4j.feedback;

import io.interview4j.InvalidInputException;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Provenance;
import io.interview4j.scoring.Rubric;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The coach written in code: per-question feedback and the session's debrief from the stored evaluations, with no
 * model. Deterministic, so the same session always gives the same words; every quote it gives is a verbatim
 * substring of the answer it names. The engine uses it offline, as the fallback when a model's feedback or debrief
 * fails, and for sessions whose feedback was never recorded.
 *
 * <p>Readiness follows seed 003: the band of the overall score (the plan's {@link io.interview4j.plan.Readiness}
 * thresholds, 8 and 6 on 1-10 by default), then its gap and level criteria. A main question scoring below two thirds
 * of the "Almost Ready" threshold (40/100, 4 on 1-10, by default), or skipped, is a critical gap; "Ready" needs no critical gap and, on rubrics with
 * levels, every question at the target level or above; "Almost Ready" needs at most one critical gap and at least
 * half the questions at the target level. A session that misses a band's criteria gets the band below.
 */
public final class OfflineCoach {

    /** The share of the "Almost Ready" threshold below which a main question is a critical gap. */
    public static final double CRITICAL_SHARE = 2.0 / 3;
    /** The longest quote taken from an answer; a longer sentence is cut at a word boundary. */
    static final int MAX_QUOTE = 180;

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern EXAMPLE = Pattern.compile("(?i)\\b(for example|for instance|when i|at my|in my|once|last year|our team)\\b");
    private static final Pattern TRADE_OFF = Pattern.compile("(?i)\\b(however|trade-?offs?|instead|although|but|downside|on the other hand)\\b");
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(as a result|result|outcome|reduced|increased|improved|fell|rose|saved|cut|grew|so that|which meant|in the end|finally)\\b|%|percent");
    private static final Pattern ACTION = Pattern.compile("(?i)\\b(i|we) (decided|built|created|implemented|designed|led|organi[sz]ed|wrote|proposed|started|set up|introduced|added|changed|moved|talked|met|asked|ran|used|profiled|found|fixed|worked|scheduled|agreed|chose|split|reviewed|tested)\\b");
    private static final Pattern TASK = Pattern.compile("(?i)\\b(my (task|goal|job|role|responsibility) (was|is)|i was (responsible|tasked|asked|in charge)|i needed to|we needed to|the goal was)\\b");
    static final Pattern GENERIC = Pattern.compile("(?i)(needs? more detail|be more specific|add more detail|more depth needed)");
    static final Set<AnswerFlag> NON_ANSWERS = Set.of(AnswerFlag.EMPTY, AnswerFlag.DONT_KNOW, AnswerFlag.GIBBERISH,
            AnswerFlag.REPETITION, AnswerFlag.COPY_OF_QUESTION, AnswerFlag.GRADER_INSTRUCTION, AnswerFlag.TOO_SHORT);

    /** What a coach says first about each competency of the seeds, and about each question kind. */
    private static final Map<String, String> TACTICS = Map.ofEntries(
            Map.entry("leadership", "lead with the decision you made and who you brought along, then say what changed because of you"),
            Map.entry("problem_solving", "walk through how you narrowed the problem: the options you weighed, the one you chose and why, then the result"),
            Map.entry("ambiguity_tolerance", "say what was unclear at the start, the assumption you made to move forward, and how you checked it"),
            Map.entry("stakeholder_management", "name the stakeholders, what each of them needed, where they disagreed and how you aligned them"),
            Map.entry("technical_depth", "go one level below the summary: the mechanism, a trade-off you weighed and how you verified that it worked"),
            Map.entry("communication", "open with a one-sentence answer, give one example, then stop; keep each point to a sentence or two"),
            Map.entry("motivation", "tie your reason to something specific about this role and to something you have already done"),
            Map.entry("culture_fit", "describe one real situation that shows how you work with others, rather than listing values"),
            Map.entry("technical_basics", "define the concept in one sentence, give an example, then name one pitfall"),
            Map.entry("availability", "give your dates and constraints plainly, in one or two sentences"),
            Map.entry("behavioral", "tell one story in STAR order: the situation in a sentence, your task, what you did, and the result with a figure"),
            Map.entry("situational", "say what you would do first and why, then how you would know it worked"),
            Map.entry("hr", "answer in two or three sentences with one concrete example from your own work"),
            Map.entry("technical", "state the answer correctly first, then one trade-off and one example of where it matters"),
            Map.entry("dsa", "state your approach before the details, then its time and space complexity and the edge cases"),
            Map.entry("coding", "state your approach before the details, then its time and space complexity and the edge cases"),
            Map.entry("system_design", "start from the requirements, sketch the main components, then say how it scales and what you traded off"),
            Map.entry("case", "structure the problem first, state your assumptions, then work to a recommendation"),
            Map.entry("resume", "explain what you did yourself, the hardest part and the outcome, with one figure"));

    private OfflineCoach() {
    }

    /** A main or resume question with its follow-ups, in the order asked (the question itself first). */
    record Group(Turn root, List<Turn> turns) {

        List<Turn> answered() {
            return turns.stream().filter(t -> t.answer() != null && !t.skipped()).toList();
        }

        List<Turn> scored() {
            return turns.stream().filter(t -> t.evaluation() != null && !t.skipped()).toList();
        }
    }

    static List<Group> groups(Session s) {
        Map<String, Question> byId = new java.util.HashMap<>();
        s.turns().forEach(t -> byId.put(t.question().id(), t.question()));
        Map<String, List<Turn>> byRoot = new LinkedHashMap<>();
        Map<String, Turn> roots = new LinkedHashMap<>();
        for (Turn t : s.turns()) {
            Question at = t.question();
            for (int guard = 0; at.type() == QuestionType.FOLLOW_UP && at.parentId() != null
                    && byId.containsKey(at.parentId()) && guard < 100; guard++) {
                at = byId.get(at.parentId());
            }
            String root = at.id();
            byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(t);
            if (root.equals(t.question().id())) {
                roots.put(root, t);
            }
        }
        List<Group> out = new ArrayList<>();
        roots.forEach((id, t) -> out.add(new Group(t, byRoot.get(id))));
        return out;
    }

    private static Optional<Group> group(Session s, String questionId) {
        return groups(s).stream().filter(g -> g.root().question().id().equals(questionId)).findFirst();
    }

    /**
     * @param s a session
     * @param questionId a question of it
     * @return whether it is a main question whose last response is in: each of its responses scored or skipped,
     *     and the session moved on to another question or ended
     */
    public static boolean closed(Session s, String questionId) {
        Optional<Group> g = group(s, questionId);
        return g.isPresent() && closed(s, g.get());
    }

    private static boolean closed(Session s, Group group) {
        Optional<Group> g = Optional.of(group);
        if (g.get().root().question().type() != QuestionType.MAIN) {
            return false;
        }
        if (g.get().turns().stream().anyMatch(t -> !t.skipped() && t.evaluation() == null
                && (t.answer() != null || s.status() == SessionStatus.IN_PROGRESS))) {
            return false;
        }
        if (s.status() != SessionStatus.IN_PROGRESS) {
            return true;
        }
        Turn last = g.get().turns().get(g.get().turns().size() - 1);
        List<Turn> all = s.turns();
        return all.indexOf(last) < all.size() - 1;
    }

    /**
     * @param s a session
     * @return the ids of its main questions whose last response is in ({@link #closed}), in the order asked
     */
    public static List<String> closedMainQuestions(Session s) {
        List<Group> all = groups(s);
        return all.stream().filter(g -> closed(s, g)).map(g -> g.root().question().id()).toList();
    }

    /**
     * The feedback of every closed main question: the recorded one when there is one, else the code's.
     *
     * @param s a session
     * @return feedback by main question id, in the order asked
     */
    public static Map<String, QuestionFeedback> feedback(Session s) {
        Map<String, QuestionFeedback> out = new LinkedHashMap<>();
        for (String id : closedMainQuestions(s)) {
            QuestionFeedback recorded = s.recordedFeedback().get(id);
            out.put(id, recorded != null ? recorded : questionFeedback(s, id));
        }
        return out;
    }

    /**
     * Writes the feedback on one main question, its answer and follow-ups together, from their evaluations.
     *
     * @param s the session
     * @param questionId a main question of it
     * @return the feedback, provenance {@link Provenance#HEURISTIC}
     * @throws InvalidInputException when the question is not a main question of the session
     */
    public static QuestionFeedback questionFeedback(Session s, String questionId) {
        Objects.requireNonNull(s, "session");
        Objects.requireNonNull(questionId, "questionId");
        Group g = group(s, questionId).filter(x -> x.root().question().type() == QuestionType.MAIN)
                .orElseThrow(() -> new InvalidInputException("question " + questionId + " is not a main question of session " + s.id()));
        Rubric rubric = s.plan().rubric();
        Question q = g.root().question();
        List<Turn> scored = g.scored();
        Double score = scored.isEmpty() ? null : scored.stream().mapToDouble(t -> t.evaluation().score()).average().orElseThrow();
        Double nativeScore = score == null ? null : round1(rubric.scale().fromPercent(score));
        List<String> landed = landed(g);
        List<String> gaps = gaps(s, g);
        String level = level(rubric, scored);
        return new QuestionFeedback(q.id(), q.label(), q.competency(), landed, gaps, coaching(q, g),
                revised(s, g), level, score == null ? null : round1(score), nativeScore, Provenance.HEURISTIC, null,
                null, null, 0);
    }

    private static List<String> landed(Group g) {
        List<String> out = new ArrayList<>();
        Set<String> quotesUsed = new HashSet<>();
        Set<String> covered = new LinkedHashSet<>();
        List<Turn> best = new ArrayList<>(g.scored());
        best.removeIf(t -> t.evaluation().provenance() == Provenance.RULE);
        best.sort(Comparator.comparingDouble((Turn t) -> -t.evaluation().score()));
        for (Turn t : best) {
            for (String point : t.evaluation().keyPointsCovered()) {
                if (out.size() < 2 && covered.add(point)) {
                    String quote = quote(t.answer(), null, point, quotesUsed);
                    out.add(withQuote("You covered " + lowerFirst(trim(point)), quote, t));
                }
            }
        }
        for (Turn t : best) {
            for (String strength : t.evaluation().strengths()) {
                if (out.size() >= 3) {
                    break;
                }
                if (strength.toLowerCase(Locale.ROOT).contains("key point") && !covered.isEmpty()) {
                    continue;
                }
                String quote = quote(t.answer(), preference(strength), strength, quotesUsed);
                if (t.evaluation().evidence().stream().anyMatch(e -> t.answer().contains(e)) && quote == null) {
                    quote = clipQuote(t.evaluation().evidence().stream().filter(e -> t.answer().contains(e)).findFirst().orElseThrow());
                }
                String line = withQuote(sentence(strength), quote, t);
                if (out.stream().noneMatch(o -> o.startsWith(sentence(strength)))) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static List<String> gaps(Session s, Group g) {
        List<String> out = new ArrayList<>();
        String competency = g.root().question().competency();
        for (Turn t : g.turns()) {
            if (t.skipped()) {
                out.add("You skipped " + t.question().label() + (t.question().followUpNumber() > 0
                        ? ", which asked: \"" + trim(t.question().text()) + "\"" : "") );
            } else if (t.evaluation() != null && t.evaluation().flags().stream().anyMatch(NON_ANSWERS::contains)) {
                out.add("In " + t.question().label() + " you did not answer the question"
                        + (t.answer().strip().length() <= 60 ? " (you said \"" + t.answer().strip() + "\")" : ""));
            }
        }
        Set<String> covered = new HashSet<>();
        g.scored().forEach(t -> covered.addAll(t.evaluation().keyPointsCovered()));
        List<String> laterStrengths = new ArrayList<>();
        List<Turn> scored = g.scored();
        for (int i = 1; i < scored.size(); i++) {
            laterStrengths.addAll(scored.get(i).evaluation().strengths());
        }
        Turn main = g.root();
        List<String> weaknesses = new ArrayList<>();
        if (main.evaluation() != null && !main.skipped() && main.evaluation().provenance() != Provenance.RULE) {
            weaknesses.addAll(main.evaluation().weaknesses());
        }
        for (int i = 1; i < scored.size(); i++) {
            Evaluation e = scored.get(i).evaluation();
            if (e.provenance() != Provenance.RULE && e.score() < 50 && !e.weaknesses().isEmpty()
                    && !e.weaknesses().get(0).toLowerCase(Locale.ROOT).startsWith("very brief")) {
                weaknesses.add(e.weaknesses().get(0));
            }
        }
        for (String w : weaknesses) {
            if (out.size() >= 3) {
                break;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.startsWith("did not mention:") && covered.stream().anyMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (resolved(lower, laterStrengths) || GENERIC.matcher(w).find()) {
                continue;
            }
            String line = gapSentence(w, competency);
            if (!out.contains(line)) {
                out.add(line);
            }
        }
        return out.subList(0, Math.min(3, out.size()));
    }

    /** Whether a later response showed what a weakness of the answer said was missing. */
    private static boolean resolved(String weakness, List<String> laterStrengths) {
        String later = String.join(" | ", laterStrengths).toLowerCase(Locale.ROOT);
        if (weakness.contains("measurable") || weakness.startsWith("no result")) {
            return later.contains("quantified") || later.contains("measurable");
        }
        if (weakness.contains("example")) {
            return later.contains("example");
        }
        if (weakness.contains("star")) {
            return later.contains("star");
        }
        return false;
    }

    /** A weakness fragment as a coach says it. */
    static String gapSentence(String weakness, String competency) {
        String w = weakness.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.startsWith("did not mention:")) {
            return "You did not cover " + lowerFirst(trim(w.substring("did not mention:".length()).strip()));
        }
        if (lower.startsWith("no result")) {
            return "Your story did not say how it ended";
        }
        if (lower.startsWith("no measurable result")) {
            return "You gave no measurable result: say what changed, and by how much";
        }
        if (lower.startsWith("missing star parts:")) {
            return "Your story left out the " + w.substring("missing STAR parts:".length()).strip();
        }
        if (lower.startsWith("answer has no concrete example")) {
            return "You gave no concrete example from your own work";
        }
        if (lower.startsWith("drifts from the question")) {
            return "Your answer drifted from what was asked";
        }
        if (lower.startsWith("very brief:")) {
            return "At " + w.substring("very brief:".length()).strip() + ", the answer was too brief to show "
                    + (competency == null ? "what you know" : competency.replace('_', ' '));
        }
        if (lower.startsWith("very long sentences")) {
            return "Your sentences ran long" + w.substring("very long sentences".length());
        }
        return sentence(w);
    }

    private static String coaching(Question q, Group g) {
        String key = q.competency() != null && TACTICS.containsKey(q.competency()) ? q.competency()
                : q.kind() != null && TACTICS.containsKey(q.kind()) ? q.kind() : "behavioral";
        String on = q.competency() != null ? q.competency().replace('_', ' ') : q.kind() != null ? q.kind().replace('_', ' ') + " questions" : "this question";
        StringBuilder b = new StringBuilder("On ").append(on).append(", ").append(TACTICS.get(key)).append('.');
        Turn main = g.root();
        if (main.evaluation() != null && !main.skipped() && !main.evaluation().suggestions().isEmpty()) {
            String tip = main.evaluation().suggestions().get(0).strip();
            b.append(" For your answer to ").append(q.label()).append(" in particular: ").append(lowerFirst(tip));
            if (!tip.endsWith(".")) {
                b.append('.');
            }
        } else if (main.skipped() || main.answer() == null) {
            b.append(" Answer it next time, even briefly: a partial answer can be coached, a skipped one cannot.");
        }
        return b.toString();
    }

    private static String level(Rubric rubric, List<Turn> scored) {
        if (rubric.levels().isEmpty()) {
            return null;
        }
        String best = null;
        for (Turn t : scored) {
            String l = t.evaluation().levelDemonstrated();
            if (l != null && rubric.levels().contains(l) && (best == null || rubric.levels().indexOf(l) > rubric.levels().indexOf(best))) {
                best = l;
            }
        }
        return best;
    }

    /**
     * The revised answer on rubrics with levels: the model judge's (already checked against the candidate's facts)
     * when it wrote one, else the candidate's own sentences in STAR order with what is missing in brackets.
     */
    private static String revised(Session s, Group g) {
        if (s.plan().rubric().levels().isEmpty() || g.answered().isEmpty()) {
            return null;
        }
        Turn main = g.root();
        if (main.evaluation() != null && main.evaluation().revisedAnswer() != null) {
            return main.evaluation().revisedAnswer();
        }
        List<String> situation = new ArrayList<>();
        List<String> task = new ArrayList<>();
        List<String> action = new ArrayList<>();
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Turn t : g.answered()) {
            if (t.evaluation() != null && t.evaluation().flags().stream().anyMatch(NON_ANSWERS::contains)) {
                continue;
            }
            for (String sentence : Texts.sentences(t.answer())) {
                if (!seen.add(sentence.toLowerCase(Locale.ROOT)) || Texts.words(sentence).size() < 4) {
                    continue;
                }
                if (RESULT.matcher(sentence).find()) {
                    result.add(sentence);
                } else if (TASK.matcher(sentence).find()) {
                    task.add(sentence);
                } else if (ACTION.matcher(sentence).find()) {
                    action.add(sentence);
                } else if (situation.size() < 2) {
                    situation.add(sentence);
                } else {
                    action.add(sentence);
                }
            }
        }
        if (situation.isEmpty() && task.isEmpty() && action.isEmpty() && result.isEmpty()) {
            return null;
        }
        String target = s.plan().targetLevel();
        StringBuilder b = new StringBuilder();
        part(b, "Situation", situation, "[one sentence: where you were and what was at stake]");
        part(b, "Task", task, "[what you were responsible for]");
        part(b, "Action", action.subList(0, Math.min(4, action.size())), "[what you did yourself, step by step]");
        part(b, "Result", result.subList(0, Math.min(2, result.size())), "[what changed, and by how much: the figure you measured]");
        if (target != null) {
            b.append("\n[At ").append(target).append(": ").append(levelHint(target)).append(']');
        }
        return b.toString().strip();
    }

    private static String levelHint(String level) {
        return switch (level) {
            case "L5B" -> "say what it changed for the organisation and the strategic decision you drove";
            case "L5A" -> "say which other teams you worked with and how you aligned them without authority";
            default -> "say what you delivered yourself and how you made sure it was done well";
        };
    }

    private static void part(StringBuilder b, String name, List<String> sentences, String missing) {
        b.append(name).append(": ").append(sentences.isEmpty() ? missing : String.join(" ", sentences)).append('\n');
    }

    /**
     * Writes the debrief of a session in code.
     *
     * @param s the session
     * @return the debrief, provenance {@link Provenance#HEURISTIC}; for a session with nothing scored, an assessment
     *     saying so with no strengths, areas or moments
     */
    public static Debrief debrief(Session s) {
        return OfflineDebrief.debrief(s);
    }

    /**
     * Seed 003's readiness with its gap and level criteria (see the class documentation), from the evaluations only,
     * so that it is the same whenever it is computed: question scores and levels as the code's feedback gives them.
     *
     * @param s a session
     * @return Ready, Almost Ready or Needs Practice; Needs Practice when nothing was scored
     */
    public static String readiness(Session s) {
        return OfflineDebrief.readiness(s);
    }

    /**
     * Seed 002's recommendation for a reviewer.
     *
     * @param overall the overall score on 0-100
     * @return Strongly Recommend (80 or more), Recommend (65), Consider (50) or Do Not Recommend
     */
    public static String recommendation(double overall) {
        return OfflineDebrief.recommendation(overall);
    }

    /**
     * Seed 002's answer quality of one response.
     *
     * @param score its 0-100 score
     * @return Excellent (80 or more), Good (60), Fair (40) or Poor
     */
    public static String answerQuality(double score) {
        return OfflineDebrief.answerQuality(score);
    }

    /**
     * The sentence of an answer that best shows a point: one the preference accepts first, then the one sharing the
     * most content words with the hint, never one already used; {@code null} when the answer has none left.
     */
    static String quote(String answer, Predicate<String> prefer, String hint, Set<String> used) {
        if (answer == null) {
            return null;
        }
        Set<String> hintStems = new HashSet<>(Texts.contentStems(hint == null ? "" : hint));
        String best = null;
        double bestScore = -1;
        for (String sentence : Texts.sentences(answer)) {
            if (!answer.contains(sentence) || used.contains(clipQuote(sentence)) || Texts.words(sentence).size() < 3) {
                continue;
            }
            Set<String> stems = new HashSet<>(Texts.contentStems(sentence));
            stems.retainAll(hintStems);
            double score = stems.size() + (prefer != null && prefer.test(sentence) ? 10 : 0);
            if (score > bestScore) {
                best = sentence;
                bestScore = score;
            }
        }
        return best == null ? null : clipQuote(best);
    }

    static Predicate<String> preference(String strength) {
        String lower = strength.toLowerCase(Locale.ROOT);
        if (lower.contains("quantif") || lower.contains("measurable") || lower.contains("figure")) {
            return x -> DIGIT.matcher(x).find();
        }
        if (lower.contains("example")) {
            return x -> EXAMPLE.matcher(x).find();
        }
        if (lower.contains("trade")) {
            return x -> TRADE_OFF.matcher(x).find();
        }
        if (lower.contains("star") || lower.contains("result")) {
            return x -> RESULT.matcher(x).find();
        }
        return null;
    }

    /** A sentence cut at a word boundary to at most {@value #MAX_QUOTE} characters: still a verbatim substring. */
    static String clipQuote(String sentence) {
        String s = sentence.strip();
        if (s.length() <= MAX_QUOTE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_QUOTE);
        return s.substring(0, cut > 40 ? cut : MAX_QUOTE).strip();
    }

    private static String withQuote(String text, String quote, Turn t) {
        return quote == null ? text : text + ": \"" + quote + "\"" + (t.question().followUpNumber() > 0 ? " (" + t.question().label() + ")" : "");
    }

    static String nativeText(Rubric rubric, Turn t) {
        return fmt(t.evaluation().nativeScore()) + "/" + fmt(rubric.scale().max());
    }

    static String firstOr(List<String> items, String prefix, String fallback) {
        return items.isEmpty() ? fallback : prefix + lowerFirst(items.get(0).strip());
    }

    /** A feedback fragment as a sentence: "quantified the outcome" becomes "You quantified the outcome". */
    static String sentence(String fragment) {
        String f = fragment.strip();
        if (f.endsWith(".")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.isEmpty()) {
            return f;
        }
        String first = f.split("\\s+")[0];
        if (Character.isLowerCase(f.charAt(0)) && first.endsWith("ed")) {
            return "You " + f;
        }
        return Character.toUpperCase(f.charAt(0)) + f.substring(1);
    }

    static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String trim(String point) {
        String p = point.strip();
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.length() > 100 ? p.substring(0, 97) + "..." : p;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String fmt(double v) {
        double r = round1(v);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
