package io.interview4j.engine;

import io.interview4j.InvalidInputException;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.OutputLimits;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.store.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Builds an {@link InterviewEngine}; get one from {@link InterviewEngine#builder()}. A session store is required;
 * every other option has an offline default. Each option may be set once: {@link #build()} refuses a builder on
 * which one was set twice. Not thread-safe.
 */
public final class InterviewEngineBuilder {

    /** The default {@link #turnDeadline(Duration) turn deadline}: 30 seconds. */
    public static final Duration DEFAULT_TURN_DEADLINE = Duration.ofSeconds(30);

    private final Set<String> set = new LinkedHashSet<>();
    private final Set<String> twice = new LinkedHashSet<>();
    private SessionStore store;
    private QuestionBank bank;
    private LanguageModel model;
    private Evaluator evaluator;
    private Clock clock;
    private Supplier<String> ids;
    private SessionBudget budget;
    private CostEstimator costs;
    private Duration turnDeadline;
    private Executor executor;
    private boolean modelFeedback;
    private OutputLimits outputLimits;
    private QuestionWriter writer;
    private boolean noWriter;
    private List<InterviewListener> listeners;

    InterviewEngineBuilder() {
    }

    /**
     * @param v where sessions are stored; required
     * @return this
     * @throws NullPointerException when {@code v} is null
     */
    public InterviewEngineBuilder sessionStore(SessionStore v) {
        store = Objects.requireNonNull(v, "sessionStore");
        return option("sessionStore");
    }

    /**
     * @param v where questions come from; default the built-in bank
     * @return this
     * @throws NullPointerException when {@code v} is null
     */
    public InterviewEngineBuilder questionBank(QuestionBank v) {
        bank = Objects.requireNonNull(v, "questionBank");
        return option("questionBank");
    }

    /**
     * @param v the model that judges answers and, unless {@link #questionWriter} says otherwise, writes the main
     *     questions; default none, and {@code null} means none: questions come from the bank and answers are scored
     *     offline
     * @return this
     */
    public InterviewEngineBuilder languageModel(LanguageModel v) {
        model = v;
        return option("languageModel");
    }

    /**
     * @param v the offline evaluator, also the fallback when a model call fails; default {@link HeuristicEvaluator}
     * @return this
     * @throws NullPointerException when {@code v} is null
     */
    public InterviewEngineBuilder offlineEvaluator(Evaluator v) {
        evaluator = Objects.requireNonNull(v, "offlineEvaluator");
        return option("offlineEvaluator");
    }

    /**
     * @param v the clock; default the system UTC clock
     * @return this
     * @throws NullPointerException when {@code v} is null
     */
    public InterviewEngineBuilder clock(Clock v) {
        clock = Objects.requireNonNull(v, "clock");
        return option("clock");
    }

    /**
     * @param v the id source for sessions and questions; default random UUIDs
     * @return this
     * @throws NullPointerException when {@code v} is null
     */
    public InterviewEngineBuilder idSource(Supplier<String> v) {
        ids = Objects.requireNonNull(v, "idSource");
        return option("idSource");
    }

    /**
     * Caps what each session may spend on the model judge. Once a session's recorded usage reaches the cap, its
     * remaining answers are scored offline with flag {@link io.interview4j.scoring.AnswerFlag#BUDGET_EXHAUSTED}, and
     * its report says {@code usage.budgetExhausted}. Has no effect without a language model.
     *
     * @param v the budget, from {@link SessionBudget#tokens} or {@link SessionBudget#cost}; default none
     *     (unlimited), and {@code null} means none
     * @return this
     */
    public InterviewEngineBuilder sessionBudget(SessionBudget v) {
        budget = v;
        return option("sessionBudget");
    }

    /**
     * Prices model calls for the report's {@code usage.estimatedCost}, for example
     * {@code io.interview4j.llm.cost.PriceTable} from {@code interview4j-llm-adapters}.
     *
     * @param v the estimator; default the estimator of a {@link SessionBudget#cost money budget} when one is set,
     *     else none (the report's estimated cost is then null), and {@code null} means that default
     * @return this
     */
    public InterviewEngineBuilder costEstimator(CostEstimator v) {
        costs = v;
        return option("costEstimator");
    }

    /**
     * Bounds the model work of one answer: the judge's call, the adapter's retries, the repair call and a second
     * judgement share this much time, each call's {@link io.interview4j.llm.ChatRequest#timeout() timeout} being
     * what is left of it (measured with the engine's {@link #clock(Clock) clock}). When it is spent the answer is
     * scored offline with flag {@link io.interview4j.scoring.AnswerFlag#MODEL_FAILED} and the reason in its feedback,
     * such as "the model did not answer within 30 s". Has no effect without a language model. Adapters and
     * decorators that do not read the request's timeout can overrun it; the interview4j ones read it.
     *
     * @param v the deadline; default {@link #DEFAULT_TURN_DEADLINE} (30 s)
     * @return this
     * @throws NullPointerException when {@code v} is null
     * @throws InvalidInputException when {@code v} is zero or negative
     */
    public InterviewEngineBuilder turnDeadline(Duration v) {
        Objects.requireNonNull(v, "turnDeadline");
        if (v.isZero() || v.isNegative()) {
            throw new InvalidInputException("turnDeadline must be positive, was " + v);
        }
        turnDeadline = v;
        return option("turnDeadline");
    }


    /**
     * The cap on output tokens each kind of model call is sent with; a reply cut off by it is repaired once with a
     * request for a shorter answer, then falls back like any failed call. Has no effect without a language model.
     *
     * @param v the caps; default {@link OutputLimits#defaults()}
     * @return this
     * @throws NullPointerException when {@code v} is null
     */
    public InterviewEngineBuilder outputLimits(OutputLimits v) {
        outputLimits = Objects.requireNonNull(v, "outputLimits");
        return option("outputLimits");
    }

    /**
     * Who writes main questions. By default, with a {@link #languageModel language model}, a
     * {@link ModelQuestionWriter} on that model writes every main question of a plan that allows it
     * ({@link io.interview4j.plan.InterviewPlan#generateQuestions()}), steered by the job description, the resume,
     * the round, the competency and the difficulty; without a model, none does and every question comes from the
     * bank. Whatever a writer returns passes {@link QuestionChecks} before it is asked; the bank's pick stands in for
     * a question rejected twice, a failure, or one not ready in time (see {@link #executor}).
     *
     * @param v the host's own writer (its questions are recorded with source {@code HOST}, or {@code MODEL} when
     *     they carry a prompt version); {@code null} means none, even with a model: every main question from the bank
     * @return this
     */
    public InterviewEngineBuilder questionWriter(QuestionWriter v) {
        writer = v;
        noWriter = v == null;
        return option("questionWriter");
    }

    /**
     * Where the engine runs the question writer beside the judge, so that a turn makes at most one model call on its
     * critical path: the next main question is written while the answer is judged, and when the judge is done a
     * question not yet written gives way to the bank's pick at once. The engine starts no threads of its own.
     *
     * The same executor runs the per-question feedback and the debrief a model writes off the turn's path; with no
     * executor they are written in code. It also runs the turns of {@link InterviewEngine#submitAnswerAsync} and
     * {@link InterviewEngine#skipAsync} after the answer is stored (with none, those run on
     * {@link ForkJoinPool#commonPool()}): the work before and after the model's reply, and the store's append,
     * never the wait for the model, so a few threads serve many turns in flight; size it for the store's
     * connections rather than for the turns.
     *
     * @param v the executor, such as a small pool; default none, and {@code null} means none: questions are then
     *     written only on turns that make no other model call (the first question, answers scored without the model)
     * @return this
     */
    public InterviewEngineBuilder executor(Executor v) {
        executor = v;
        return option("executor");
    }

    /**
     * Registers the listeners told of what happens in every interview (see {@link InterviewListener}): after each
     * append, in this order; one that throws is logged and does not fail the call.
     *
     * @param v the listeners; default none
     * @return this
     * @throws NullPointerException when {@code v} or one of its elements is null
     */
    public InterviewEngineBuilder listeners(List<? extends InterviewListener> v) {
        Objects.requireNonNull(v, "listeners");
        listeners = List.copyOf(v);
        return option("listeners");
    }

    /**
     * Registers listeners; the same as {@link #listeners(List)}.
     *
     * @param v the listeners
     * @return this
     * @throws NullPointerException when {@code v} or one of its elements is null
     */
    public InterviewEngineBuilder listeners(InterviewListener... v) {
        return listeners(List.of(v));
    }

    /**
     * Has the language model write the per-question feedback (one call per main question, on the
     * {@link #executor(Executor) executor}, off the turn's path) and the debrief (one call after completion). Needs
     * a language model and an executor; otherwise both are written in code.
     *
     * @param v whether the model writes them; default false (written in code, provenance HEURISTIC)
     * @return this
     */
    public InterviewEngineBuilder modelFeedback(boolean v) {
        modelFeedback = v;
        return option("modelFeedback");
    }

    /**
     * @return the engine
     * @throws IllegalStateException when an option was set more than once, naming it
     * @throws NullPointerException when no session store was set
     */
    public InterviewEngine build() {
        if (!twice.isEmpty()) {
            throw new IllegalStateException("InterviewEngine builder: option set more than once: " + String.join(", ", twice));
        }
        Objects.requireNonNull(store, "a SessionStore is required");
        QuestionBank questions = bank == null ? BuiltInQuestionBank.get() : bank;
        Evaluator offline = evaluator == null ? new HeuristicEvaluator() : evaluator;
        Clock time = clock == null ? Clock.systemUTC() : clock;
        Supplier<String> idSource = ids == null ? () -> UUID.randomUUID().toString() : ids;
        CostEstimator estimator = costs != null ? costs : budget == null ? null : budget.estimator();
        Duration deadline = turnDeadline == null ? DEFAULT_TURN_DEADLINE : turnDeadline;
        Listeners told = new Listeners(listeners == null ? List.of() : listeners, time, estimator);
        QuestionWriter questionWriter = writer != null ? writer
                : noWriter || model == null ? null : new ModelQuestionWriter(model, time, deadline,
                        outputLimits == null ? OutputLimits.defaults() : outputLimits);
        QuestionSupply supply = new QuestionSupply(new QuestionPicker(questions), questions, questionWriter, executor,
                deadline);
        Coaching coaching = new Coaching(store, model == null || executor == null || !modelFeedback ? null
                : new ModelCoach(model, time, deadline), executor, time, budget);
        TurnPipeline turns = new TurnPipeline(store, supply,
                model == null ? null : new ModelJudge(model, offline, time, deadline,
                        outputLimits == null ? OutputLimits.defaults() : outputLimits), offline, budget, coaching, time,
                idSource, told);
        return new InterviewEngine(store, turns, coaching, time, idSource, estimator, told,
                executor != null ? executor : ForkJoinPool.commonPool());
    }

    private InterviewEngineBuilder option(String name) {
        if (!set.add(name)) {
            twice.add(name);
        }
        return this;
    }
}
