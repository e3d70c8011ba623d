package io.interview4j.benchmarks;

import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.benchmarks.Personas.Persona;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.Level;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.text.internal.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Simulated candidates through whole offline interviews: for every preset and every {@link Persona}, a few
 * candidates answer every question the engine asks (follow-ups included) on an {@link InMemorySessionStore},
 * with no model, so the heuristic scorer and the gate decide. Prints the score distribution per persona, the
 * AUC of strong answers against each other persona, how many answers each flag caught, and whether any
 * interview asked a question twice or gave a key point away in a follow-up.
 *
 * <p>Goals: AUC at least 0.95 against every persona; filler, off-topic and evasive answers at most 25/100 in at
 * least 95 % of cases.
 *
 * <p>Run: {@code java -cp samples/benchmarks/target/benchmarks.jar io.interview4j.benchmarks.PersonaBenchmark [candidates]}
 * (default 4 candidates per preset and persona).
 */
public final class PersonaBenchmark {

    private static final long SEED = 20_261_202L;
    private static final int MAX_TURNS = 100;

    private PersonaBenchmark() {
    }

    /** Everything one run measured. */
    record Result(Map<Persona, List<Double>> scores, Map<Persona, Map<AnswerFlag, Integer>> flags, int interviews,
                  int repeatedQuestions, int leakedKeyPoints) {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args optionally the number of candidates per preset and persona
     */
    public static void main(String[] args) {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long t0 = System.nanoTime();
        Result r = run(candidates);
        print(r);
        System.out.printf(Locale.ROOT, "(%d interviews, %.0f s)%n", r.interviews(), (System.nanoTime() - t0) / 1e9);
    }

    static Result run(int candidates) {
        QuestionBank bank = BuiltInQuestionBank.get();
        List<BankQuestion> all = bank.all();
        Map<Persona, List<Double>> scores = new EnumMap<>(Persona.class);
        Map<Persona, Map<AnswerFlag, Integer>> flags = new EnumMap<>(Persona.class);
        int interviews = 0;
        int repeated = 0;
        int leaked = 0;
        Random random = new Random(SEED);
        for (String preset : Presets.NAMES) {
            for (Persona persona : Persona.values()) {
                for (int c = 0; c < candidates; c++) {
                    InterviewEngine engine = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).build();
                    Caller caller = Caller.candidate(preset + "-" + persona + "-" + c);
                    PresetOptions options = PresetOptions.defaults().withRole("backend engineer").withLevel(Level.MID);
                    TurnResult t = engine.start(caller, Presets.create(preset, options, bank));
                    Map<String, Question> asked = new HashMap<>();
                    int turns = 0;
                    while (!t.completed() && turns++ < MAX_TURNS) {
                        Question q = t.nextQuestion();
                        asked.put(q.id(), q);
                        Question parent = q.parentId() == null ? q : asked.getOrDefault(q.parentId(), q);
                        Question source = q.keyPoints().isEmpty() && q.referenceAnswer() == null ? parent : q;
                        // A follow-up from the bank carries its parent's key points but no reference answer: a strong
                        // candidate answers it from what they know of the parent's subject.
                        String reference = q.referenceAnswer() != null ? q.referenceAnswer()
                                : java.util.Objects.requireNonNullElse(parent.referenceAnswer(), "");
                        Personas.Prompt prompt = new Personas.Prompt(q.text(), source.keyPoints(), reference,
                                otherReference(all, source, random));
                        String answer = Personas.answer(persona, prompt, random);
                        t = engine.submitAnswer(caller, AnswerSubmission.of(t.sessionId(), q.id(), answer));
                    }
                    interviews++;
                    List<Turn> done = engine.session(caller, t.sessionId()).turns();
                    repeated += repeats(done);
                    leaked += leaks(done);
                    for (Turn turn : done) {
                        Evaluation e = turn.evaluation();
                        if (e == null) {
                            continue;
                        }
                        scores.computeIfAbsent(persona, k -> new ArrayList<>()).add(e.score());
                        for (AnswerFlag f : e.flags()) {
                            flags.computeIfAbsent(persona, k -> new EnumMap<>(AnswerFlag.class)).merge(f, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return new Result(scores, flags, interviews, repeated, leaked);
    }

    /** A reference answer of a question on another subject: another category, or no skill in common. */
    private static String otherReference(List<BankQuestion> all, Question q, Random random) {
        for (int tries = 0; tries < 50; tries++) {
            BankQuestion other = all.get(random.nextInt(all.size()));
            if (other.referenceAnswer() == null || other.id().equals(q.bankId()) || other.text().equals(q.text())) {
                continue;
            }
            Set<String> shared = new HashSet<>(other.skills());
            shared.retainAll(q.skills());
            if (!java.util.Objects.equals(other.category(), q.category()) || shared.isEmpty()) {
                return other.referenceAnswer();
            }
        }
        return "I would plan the sprint with the product owner, split the stories and review progress at the stand-up.";
    }

    /** @return how many main questions of the interview were asked before, by bank id or by text */
    static int repeats(List<Turn> turns) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (Turn t : turns) {
            Question q = t.question();
            if (q.type() != QuestionType.MAIN) {
                continue;
            }
            String key = q.bankId() != null ? q.bankId() : q.text().strip().toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                n++;
            }
        }
        return n;
    }

    /**
     * @return how many follow-ups give a key point of their parent question away: the follow-up holds at least
     *     three of the point's content words and most of them
     */
    static int leaks(List<Turn> turns) {
        Map<String, Question> byId = new HashMap<>();
        turns.forEach(t -> byId.put(t.question().id(), t.question()));
        int n = 0;
        for (Turn t : turns) {
            Question q = t.question();
            if (q.type() != QuestionType.FOLLOW_UP || q.parentId() == null || !byId.containsKey(q.parentId())) {
                continue;
            }
            Set<String> asked = new HashSet<>(Texts.contentStems(q.text()));
            Question parent = byId.get(q.parentId());
            asked.removeAll(Texts.contentStems(parent.text()));
            for (String point : parent.keyPoints()) {
                Set<String> stems = new LinkedHashSet<>(Texts.contentStems(point));
                stems.removeAll(Texts.contentStems(parent.text()));
                long given = stems.stream().filter(asked::contains).count();
                if (stems.size() >= 3 && given >= 3 && given * 10 >= stems.size() * 7) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * The area under the ROC curve of {@code positives} against {@code negatives}: the chance that a random positive
     * scores above a random negative, ties counting half.
     *
     * @param positives scores that should be higher
     * @param negatives scores that should be lower
     * @return the AUC on 0-1, or NaN when either list is empty
     */
    static double auc(List<Double> positives, List<Double> negatives) {
        if (positives.isEmpty() || negatives.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positives.size() * negatives.size());
    }

    private static void print(Result r) {
        List<Double> strong = r.scores().getOrDefault(Persona.STRONG, List.of());
        System.out.println("persona      answers  mean   p10   p50   p90  <=25   AUC(strong vs)  flags");
        for (Persona p : Persona.values()) {
            List<Double> s = new ArrayList<>(r.scores().getOrDefault(p, List.of()));
            s.sort(Double::compare);
            long low = s.stream().filter(v -> v <= 25).count();
            double mean = s.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "%-11s %8d %5.1f %5.1f %5.1f %5.1f %4.0f%%  %14s  %s%n", p.name().toLowerCase(Locale.ROOT),
                    s.size(), mean, pct(s, 0.1), pct(s, 0.5), pct(s, 0.9), s.isEmpty() ? 0 : 100.0 * low / s.size(),
                    p == Persona.STRONG ? "-" : String.format(Locale.ROOT, "%.3f", auc(strong, s)),
                    r.flags().getOrDefault(p, Map.of()));
        }
        System.out.printf(Locale.ROOT, "interviews with a repeated main question: %d repeats; follow-ups giving a key point away: %d%n",
                r.repeatedQuestions(), r.leakedKeyPoints());
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
