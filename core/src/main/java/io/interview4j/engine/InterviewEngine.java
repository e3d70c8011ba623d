package io.interview4j.engine;

import io.interview4j.AccessDeniedException;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionStateException;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.LanguageModel;
import io.interview4j.plan.Difficulty;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.report.History;
import io.interview4j.report.Report;
import io.interview4j.report.ReportBuilder;
import io.interview4j.report.WeakPointSchedule;
import io.interview4j.rules.TimedScreenRules;
import io.interview4j.scoring.AnswerAnalyzer;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.AnswerGate;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.GateResult;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Delivery;
import io.interview4j.session.EndReason;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.DifficultyChanged;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.QuestionSkipped;
import io.interview4j.session.SessionEvent.RoundAdvanced;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import io.interview4j.text.ResumeProfile;
import io.interview4j.text.SkillVocabulary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs interviews end to end: starts a session from a plan, asks questions, takes answers, follows up, adapts
 * difficulty, keeps time, scores every answer and reports. Thread-safe; all state lives in the
 * {@link SessionStore}, so any number of engines may share one store.
 *
 * <p>Every call that reads or changes a session takes the {@link Caller}: owners may do everything with their
 * sessions, reviewers of the session's organisation may read reports, anyone else gets
 * {@link AccessDeniedException}. A rejected call stores nothing and loses nothing already stored.
 *
 * <p>With no {@link LanguageModel} the engine runs whole offline: questions from the bank, answers scored by the
 * {@link HeuristicEvaluator}. With a model, one model call sits on a turn: the judge, which also proposes the
 * next step on timed plans; only output that fails validation earns a second, repair call. A failed call falls
 * back to the heuristic scorer and never loses the answer, which is stored before the model sees it. An optional
 * {@link SessionBudget} caps each session's model spending, after which it is scored offline.
 */
public final class InterviewEngine {

    private static final Logger LOG = LoggerFactory.getLogger(InterviewEngine.class);

    private final SessionStore store;
    private final QuestionBank bank;
    private final ModelJudge judge;
    private final Evaluator heuristic;
    private final AnswerGate gate = new AnswerGate();
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    private final SessionBudget budget;
    private final CostEstimator costs;
    private final Clock clock;
    private final Supplier<String> ids;
    private final QuestionPicker picker;
    /** Skills of job descriptions by text: every turn asks for them, and many sessions share one description. */
    private final Map<String, List<String>> jobSkills = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 64;
        }
    });

    private InterviewEngine(Builder b) {
        this.store = Objects.requireNonNull(b.store, "a SessionStore is required");
        this.bank = b.bank == null ? BuiltInQuestionBank.get() : b.bank;
        this.heuristic = b.evaluator == null ? new HeuristicEvaluator() : b.evaluator;
        this.judge = b.model == null ? null : new ModelJudge(b.model, heuristic);
        this.clock = b.clock == null ? Clock.systemUTC() : b.clock;
        this.ids = b.ids == null ? () -> UUID.randomUUID().toString() : b.ids;
        this.picker = new QuestionPicker(bank);
        this.budget = b.budget;
        this.costs = b.costs != null ? b.costs : b.budget == null ? null : b.budget.estimator();
    }

    /** @return a builder; a session store is required, everything else has an offline default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts an interview owned by the caller and asks the first question. Bank questions the candidate was asked
     * in their last 5 sessions are not asked again while the bank has others, and weak points of their last 7
     * completed sessions that are due again ({@link WeakPointSchedule}) are preferred when picking main questions;
     * the {@link SessionStarted} event records which.
     *
     * @param caller the candidate; owns the session, and their organisation (if any) may review it
     * @param plan the plan, such as one from {@link io.interview4j.plan.Presets}
     * @return the first question and progress
     * @throws InvalidInputException when the caller is a reviewer
     */
    public TurnResult start(Caller caller, InterviewPlan plan) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(plan, "plan");
        if (caller.role() != Caller.Role.CANDIDATE) {
            throw new InvalidInputException("only a candidate can start an interview; " + caller.accountId() + " is a reviewer");
        }
        Instant now = clock.instant();
        ResumeProfile profile = ResumeProfile.extract(plan.resumeText(), now.atZone(ZoneOffset.UTC).getYear());
        String sessionId = ids.get();
        CandidatePast earlier = CandidatePast.load(store, caller.accountId());
        List<WeakPoint> weak = WeakPointSchedule.due(earlier.completed());
        if (!weak.isEmpty()) {
            LOG.debug("session {}: revisiting weak points {}", sessionId, weak.stream().map(WeakPoint::tag).toList());
        }
        SessionStarted started = new SessionStarted(now, sessionId, caller.accountId(), caller.accountId(),
                caller.organisationId(), plan, profile.skills(), profile.yearsOfExperience(),
                earlier.recentQuestionIds(), weak);
        List<SessionEvent> events = new ArrayList<>(List.of(started));
        Session s0 = Session.replay(events);
        Optional<Question> first = picker.main(s0, 0, plan.startingDifficulty(), ids.get());
        events.add(first.<SessionEvent>map(q -> new QuestionAsked(now, capTime(s0, q, now)))
                .orElseGet(() -> new SessionCompleted(now, EndReason.BANK_EXHAUSTED, null, null)));
        store.append(sessionId, 0, events);
        LOG.info("started session {} (preset {}) for {}", sessionId, plan.preset(), caller.accountId());
        return TurnResults.after(Session.replay(events), null, now);
    }

    /**
     * @param caller the owner or a reviewer of the session's organisation
     * @param sessionId the session
     * @return the session as stored, after finishing any evaluation a crash interrupted
     * @throws io.interview4j.SessionNotFoundException for an unknown id
     * @throws AccessDeniedException when the caller may not read it
     */
    public Session session(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkRead(caller, s);
        return recover(s);
    }

    /**
     * @param caller the session's owner
     * @param sessionId the session
     * @return the question being asked with progress, or a completed result when the interview is over
     * @throws io.interview4j.SessionNotFoundException for an unknown id
     * @throws AccessDeniedException when the caller does not own the session
     */
    public TurnResult currentQuestion(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, "read the current question of");
        s = recover(s);
        return TurnResults.after(s, null, clock.instant());
    }

    /**
     * Submits an answer to the question being asked, scores it and asks the next question.
     *
     * @param caller the session's owner
     * @param submission the answer
     * @return the evaluation (hidden in assessment mode), the next question or completion
     * @throws io.interview4j.SessionNotFoundException for an unknown id
     * @throws AccessDeniedException when the caller does not own the session
     * @throws SessionStateException when the session is not in progress or the answer is for another question
     * @throws ConcurrentSessionModificationException when another submission to the same session won the race
     */
    public TurnResult submitAnswer(Caller caller, AnswerSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        StoredSession stored = store.get(submission.sessionId());
        Session s = stored.toSession();
        SessionGuards.checkOwner(caller, s, "answer in");
        if (submission.idempotencyKey() != null) {
            Optional<String> done = s.questionForKey(submission.idempotencyKey());
            if (done.isPresent()) {
                return TurnResults.stored(recover(s), done.get(), clock.instant());
            }
        }
        if (s.unevaluatedTurn().isPresent()) {
            s = recover(s);
            stored = store.get(s.id());
        }
        Turn open = SessionGuards.requireOpen(s, submission.questionId());
        Instant now = clock.instant();
        Integer seconds = submission.timeTaken() == null ? null : (int) submission.timeTaken().getSeconds();
        List<SessionEvent> events = new ArrayList<>(stored.events());
        AnswerSubmitted answer = new AnswerSubmitted(now, open.question().id(), submission.answer(),
                submission.idempotencyKey(), seconds, submission.audioDuration() == null ? null
                        : Delivery.measure(submission.answer(), submission.audioDuration()));
        try {
            store.append(s.id(), s.version(), List.of(answer));
        } catch (ConcurrentSessionModificationException e) {
            Session fresh = load(s.id());
            Optional<String> done = submission.idempotencyKey() == null ? Optional.empty()
                    : fresh.questionForKey(submission.idempotencyKey());
            if (done.isPresent()) {
                return TurnResults.stored(recover(fresh), done.get(), clock.instant());
            }
            throw e;
        }
        LOG.debug("session {}: answer to {} stored ({} chars)", s.id(), open.question().id(), submission.answer().length());
        events.add(answer);
        return advance(events, List.of());
    }

    /**
     * Skips the question being asked (no score) and asks the next one.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @param questionId the question being asked
     * @return the next question or completion
     * @throws SessionStateException when the session is not in progress or the question is not the one asked
     */
    public TurnResult skip(Caller caller, String sessionId, String questionId) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, "skip a question in");
        s = recover(s);
        Turn open = SessionGuards.requireOpen(s, questionId);
        List<SessionEvent> events = new ArrayList<>(store.get(sessionId).events());
        return advance(events, List.of(new QuestionSkipped(clock.instant(), open.question().id(), null)));
    }

    /**
     * Finishes an interview early; answers given so far are kept and scored.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @return the completed session
     * @throws SessionStateException when the session is already completed or abandoned
     */
    public Session finish(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, "finish");
        s = recover(s);
        SessionGuards.requireInProgress(s);
        store.append(s.id(), s.version(), List.of(completed(s, clock.instant(), EndReason.FINISHED_EARLY)));
        return load(sessionId);
    }

    /**
     * Abandons an interview; it stays stored but asks nothing more.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @param reason why, for the record (may be empty)
     * @throws SessionStateException when the session is already completed or abandoned
     */
    public void abandon(Caller caller, String sessionId, String reason) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, "abandon");
        SessionGuards.requireInProgress(s);
        store.append(s.id(), s.version(), List.of(new SessionAbandoned(clock.instant(), reason == null ? "" : reason)));
    }

    /**
     * @param caller the owner, or a reviewer of the session's organisation
     * @param sessionId the session
     * @return the report, computed from the session as it stands
     * @throws AccessDeniedException when the caller may not read it
     */
    public Report report(Caller caller, String sessionId) {
        return ReportBuilder.build(session(caller, sessionId), clock.instant(), costs);
    }

    /**
     * @param caller the candidate themself, or a reviewer (who sees only their organisation's sessions)
     * @param candidateId the candidate
     * @return the candidate's sessions (at most their latest 1000), newest first, with the trend from the first to
     *     the latest completed session, per-dimension changes included (those two sessions are loaded)
     * @throws AccessDeniedException when a candidate asks for someone else's history
     */
    public History history(Caller caller, String candidateId) {
        Objects.requireNonNull(candidateId, "candidateId");
        boolean self = caller.accountId().equals(candidateId);
        if (!self && caller.role() != Caller.Role.REVIEWER) {
            throw new AccessDeniedException(caller.accountId() + " may not read the history of " + candidateId);
        }
        List<SessionSummary> all = store.list(new SessionQuery(candidateId, null, 0, 1000));
        List<SessionSummary> visible = self ? all : all.stream()
                .filter(x -> x.organisationId() != null && x.organisationId().equals(caller.organisationId())).toList();
        Optional<History.Ends> ends = History.firstAndLatest(visible);
        if (ends.isEmpty()) {
            return History.of(candidateId, visible);
        }
        Instant now = clock.instant();
        return History.of(candidateId, visible, ReportBuilder.build(load(ends.get().first().sessionId()), now),
                ReportBuilder.build(load(ends.get().latest().sessionId()), now));
    }

    /**
     * Closes the last turn: judges its answer (unless skipped), decides the next step, produces the next question
     * or completion, and appends all of it in one append on top of {@code stored}.
     */
    private TurnResult advance(List<SessionEvent> stored, List<SessionEvent> closing) {
        Session s = Session.replay(concat(stored, closing));
        Instant now = clock.instant();
        Turn turn = s.turns().get(s.turns().size() - 1);
        List<SessionEvent> added = new ArrayList<>(closing);
        TurnPolicy.State state = TurnPolicy.state(s, now);
        EnumSet<NextStep> allowed = TurnPolicy.allowed(state);
        Evaluation evaluation = null;
        Optional<ModelJudge.Proposal> proposal = Optional.empty();
        if (!turn.skipped()) {
            ModelJudge.Judgement j = evaluate(s, turn, allowed);
            evaluation = j.evaluation();
            proposal = j.proposal();
        }
        NextStep step = TurnPolicy.choose(state, allowed, Optional.ofNullable(evaluation));
        String decision = "";
        if (proposal.isPresent()) {
            Optional<NextStep> proposed = NextStep.fromAction(proposal.get().action());
            if (proposed.isPresent() && allowed.contains(proposed.get())) {
                step = proposed.get();
                decision = "model proposed " + proposal.get().action() + "; accepted";
            } else {
                decision = "model proposed " + proposal.get().action() + "; rejected, allowed " + allowed + "; chose " + step;
                LOG.info("session {}: {}", s.id(), decision);
            }
        }
        if (evaluation != null) {
            added.add(new AnswerEvaluated(now, turn.question().id(), evaluation, decision));
            Difficulty next = s.plan().difficultyPolicy().next(s.difficulty(), evaluation.fraction());
            if (next != s.difficulty()) {
                added.add(new DifficultyChanged(now, s.difficulty(), next, evaluation.score()));
            }
        }
        String proposedText = proposal.map(ModelJudge.Proposal::questionText).orElse(null);
        Session judged = Session.replay(concat(stored, added));
        added.addAll(nextQuestionEvents(judged, state, step, evaluation, proposedText, now));
        try {
            store.append(s.id(), stored.size(), added);
        } catch (ConcurrentSessionModificationException e) {
            Session fresh = load(s.id());
            Optional<Turn> t = fresh.turn(turn.question().id());
            if (t.isPresent() && (t.get().evaluation() != null || t.get().skipped())) {
                LOG.debug("session {}: another engine closed turn {} first", s.id(), turn.question().id());
                return TurnResults.stored(fresh, turn.question().id(), clock.instant());
            }
            throw e;
        }
        return TurnResults.after(Session.replay(concat(stored, added)), turn.question().id(), now);
    }

    private List<SessionEvent> nextQuestionEvents(Session s, TurnPolicy.State st, NextStep step, Evaluation last,
                                                  String proposedText, Instant now) {
        List<SessionEvent> out = new ArrayList<>();
        Optional<Question> next = Optional.empty();
        boolean roundsDone = st.round() + 1 >= s.plan().rounds().size() && st.mainsInRound() >= st.roundPlan().minQuestions();
        EndReason reason = st.timeUp() ? EndReason.TIME_UP
                : !roundsDone && st.turns() >= s.plan().maxTurns() ? EndReason.MAX_TURNS : EndReason.ALL_ROUNDS_DONE;
        switch (step) {
            case FOLLOW_UP -> next = Optional.of(picker.followUp(s, st.root(), st.root() == st.last() ? last : null,
                    proposedText, ids.get()));
            case RESUME -> next = Optional.of(picker.resume(s, st.round(), proposedText, ids.get()));
            case NEXT_QUESTION -> {
                next = picker.main(s, st.round(), s.difficulty(), ids.get());
                if (next.isEmpty()) {
                    reason = EndReason.BANK_EXHAUSTED;
                    if (st.round() + 1 < s.plan().rounds().size()) {
                        out.add(new RoundAdvanced(now, st.round(), st.round() + 1));
                        next = picker.main(s, st.round() + 1, s.difficulty(), ids.get());
                    }
                }
            }
            case NEXT_ROUND -> {
                out.add(new RoundAdvanced(now, st.round(), st.round() + 1));
                next = picker.main(s, st.round() + 1, s.difficulty(), ids.get());
                if (next.isEmpty()) {
                    reason = EndReason.BANK_EXHAUSTED;
                }
            }
            case COMPLETE -> {
            }
        }
        if (next.isPresent()) {
            out.add(new QuestionAsked(now, capTime(s, next.get(), now)));
        } else {
            out.add(completed(s, now, reason));
        }
        return out;
    }

    /**
     * Scores a turn's answer: by rule when the gate blocks it, offline when there is no model or the session's
     * budget is spent, else by the model judge (the gate's marks, such as TRUNCATED, added). Every evaluation
     * leaves with insights.
     */
    private ModelJudge.Judgement evaluate(Session s, Turn turn, EnumSet<NextStep> allowed) {
        Question q = turn.question();
        InterviewPlan plan = s.plan();
        Set<String> terms = new LinkedHashSet<>(jobSkills.computeIfAbsent(plan.jobDescription(),
                SkillVocabulary.builtIn()::extract));
        terms.addAll(s.started().candidateSkills());
        terms.addAll(plan.focusTopics());
        EvaluationRequest req = new EvaluationRequest(q.text(), q.kind(), q.competency(), q.keyPoints(),
                q.referenceAnswer(), turn.answer(), plan.rubric(), List.copyOf(terms), plan.targetLevel());
        GateResult g = gate.check(q.text(), turn.answer(), req.expected());
        ModelJudge.Judgement j;
        if (judge == null || g.blocked()) {
            j = new ModelJudge.Judgement(heuristic.evaluate(req), Optional.empty(), 0);
        } else if (budget != null && budget.reached(evaluations(s))) {
            LOG.info("session {}: model budget {} spent; scoring {} offline", s.id(), budget, q.id());
            Evaluation e = heuristic.evaluate(req);
            j = new ModelJudge.Judgement(e.withProvenance(e.provenance(), AnswerFlag.BUDGET_EXHAUSTED), Optional.empty(), 0);
        } else {
            List<String> actions = plan.totalTimeLimit() == null ? List.of() : actions(allowed);
            EvaluationRequest bounded = new EvaluationRequest(q.text(), q.kind(), q.competency(), q.keyPoints(),
                    q.referenceAnswer(), g.evaluatedText(), plan.rubric(), List.copyOf(terms), plan.targetLevel());
            List<String> answers = s.turns().stream().map(Turn::answer).filter(Objects::nonNull).toList();
            ModelJudge.Judgement judged = judge.judge(bounded, PromptContext.of(s, clock.instant()), actions, answers);
            Evaluation e = judged.evaluation().withProvenance(judged.evaluation().provenance(),
                    g.flags().toArray(AnswerFlag[]::new));
            j = new ModelJudge.Judgement(e, judged.proposal(), judged.promptChars());
        }
        Evaluation e = j.evaluation();
        if (e.provenance() != Provenance.RULE && e.insights().isEmpty()) {
            e = e.withInsights(analyzer.analyze(q.text(), g.evaluatedText(), q.keyPoints(), q.referenceAnswer(),
                    List.copyOf(terms)).insights());
            j = new ModelJudge.Judgement(e, j.proposal(), j.promptChars());
        }
        return j;
    }

    private static List<Evaluation> evaluations(Session s) {
        return s.turns().stream().map(Turn::evaluation).filter(Objects::nonNull).toList();
    }

    private static List<String> actions(EnumSet<NextStep> allowed) {
        List<String> names = new ArrayList<>();
        for (NextStep step : allowed) {
            names.add(switch (step) {
                case NEXT_QUESTION, NEXT_ROUND -> "preset";
                case FOLLOW_UP -> "follow_up";
                case RESUME -> "resume";
                case COMPLETE -> "complete";
            });
        }
        return names.stream().distinct().toList();
    }

    private Question capTime(Session s, Question q, Instant now) {
        if (s.plan().totalTimeLimit() == null) {
            return q;
        }
        var status = TimedScreenRules.timeStatus(s.startedAt(), s.plan().totalTimeLimit(), now);
        int capped = TimedScreenRules.capSuggestedSeconds(q.suggestedSeconds(), status.remaining());
        return q.withSuggestedSeconds(capped);
    }

    private static SessionCompleted completed(Session s, Instant now, EndReason reason) {
        Double score = s.overallScore().orElse(null);
        return new SessionCompleted(now, reason, score, s.usage(),
                score == null ? null : s.plan().readiness().label(score));
    }

    /**
     * Finishes a turn whose answer was stored but not evaluated: a crash between the two appends, or another engine
     * still judging it. Decides on the events as stored now, not on {@code s}, which may be stale.
     */
    private Session recover(Session s) {
        if (s.status() != SessionStatus.IN_PROGRESS || s.unevaluatedTurn().isEmpty()) {
            return s;
        }
        List<SessionEvent> events = new ArrayList<>(store.get(s.id()).events());
        Session current = Session.replay(events);
        if (current.status() != SessionStatus.IN_PROGRESS || current.unevaluatedTurn().isEmpty()) {
            return load(s.id());
        }
        LOG.info("session {}: evaluating an answer stored before an interruption", s.id());
        try {
            advance(events, List.of());
        } catch (ConcurrentSessionModificationException e) {
            LOG.debug("session {}: another engine finished the interrupted turn", s.id());
        }
        return load(s.id());
    }

    private Session load(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return store.get(sessionId).toSession();
    }

    private static List<SessionEvent> concat(List<SessionEvent> a, List<SessionEvent> b) {
        List<SessionEvent> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Builds an {@link InterviewEngine}. */
    public static final class Builder {
        private SessionStore store;
        private QuestionBank bank;
        private LanguageModel model;
        private Evaluator evaluator;
        private Clock clock;
        private Supplier<String> ids;
        private SessionBudget budget;
        private CostEstimator costs;

        private Builder() {
        }

        /** @param v where sessions are stored; required @return this */
        public Builder sessionStore(SessionStore v) {
            store = Objects.requireNonNull(v, "sessionStore");
            return this;
        }

        /** @param v where questions come from; default the built-in bank @return this */
        public Builder questionBank(QuestionBank v) {
            bank = Objects.requireNonNull(v, "questionBank");
            return this;
        }

        /** @param v the model that judges answers; default none (offline) @return this */
        public Builder languageModel(LanguageModel v) {
            model = v;
            return this;
        }

        /** @param v the offline evaluator, also the fallback; default {@link HeuristicEvaluator} @return this */
        public Builder offlineEvaluator(Evaluator v) {
            evaluator = Objects.requireNonNull(v, "offlineEvaluator");
            return this;
        }

        /** @param v the clock; default the system UTC clock @return this */
        public Builder clock(Clock v) {
            clock = Objects.requireNonNull(v, "clock");
            return this;
        }

        /** @param v the id source for sessions and questions; default random UUIDs @return this */
        public Builder idSource(Supplier<String> v) {
            ids = Objects.requireNonNull(v, "idSource");
            return this;
        }

        /**
         * Caps what each session may spend on the model judge. Once a session's recorded usage reaches the cap,
         * its remaining answers are scored offline with flag
         * {@link io.interview4j.scoring.AnswerFlag#BUDGET_EXHAUSTED}, and its report says
         * {@code usage.budgetExhausted}. Has no effect without a language model.
         *
         * @param v the budget, from {@link SessionBudget#tokens} or {@link SessionBudget#cost}; default none
         *     (unlimited); {@code null} removes it
         * @return this
         */
        public Builder sessionBudget(SessionBudget v) {
            budget = v;
            return this;
        }

        /**
         * Prices model calls for the report's {@code usage.estimatedCost}, for example
         * {@code io.interview4j.llm.cost.PriceTable} from {@code interview4j-llm-adapters}.
         *
         * @param v the estimator; default the estimator of a {@link SessionBudget#cost money budget} when one is set,
         *     else none (the report's estimated cost is then null); {@code null} removes it
         * @return this
         */
        public Builder costEstimator(CostEstimator v) {
            costs = v;
            return this;
        }

        /**
         * @return the engine
         * @throws NullPointerException when no session store was set
         */
        public InterviewEngine build() {
            return new InterviewEngine(this);
        }
    }
}
