package io.interview4j.engine;

import io.interview4j.AccessDeniedException;
import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.IdempotencyConflictException;
import io.interview4j.InvalidInputException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.SessionStateException;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.LanguageModel;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.report.History;
import io.interview4j.report.Report;
import io.interview4j.report.ReportBuilder;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.session.QuestionType;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs interviews end to end: starts a session from a plan, asks questions, takes answers, follows up, adapts
 * difficulty, keeps time, scores every answer and reports. Thread-safe; all state lives in the
 * {@link SessionStore}, so any number of engines may share one store.
 *
 * <p>Every call that reads or changes a session takes the {@link Caller}. Ownership is the account and its role:
 * the candidate who started a session owns it and may do everything with it; a reviewer never owns a session, even
 * one whose account id is the candidate's, and may read the sessions and reports of its organisation only. Anyone
 * who may not see a session gets the same {@link SessionNotFoundException}, with the same message, as for an id that
 * does not exist, so a stranger cannot learn that an id exists; {@link AccessDeniedException} is thrown only to a
 * reviewer who may see the session but asked to do more than read it. A rejected call stores nothing and loses
 * nothing already stored.
 *
 * <p>An idempotency key binds the submission it first came with: the same answer to the same question sent again
 * with it gets the stored result and stores nothing; anything else sent with it is refused with
 * {@link IdempotencyConflictException}, never answered with another submission's result.
 *
 * <p>With no {@link LanguageModel} the engine runs whole offline: questions from the bank, answers scored by the
 * {@link HeuristicEvaluator}. With a model, the model writes the main questions ({@link ModelQuestionWriter}, or the
 * host's {@link QuestionWriter}; see {@link InterviewEngineBuilder#questionWriter}) and judges the answers, the judge
 * also proposing the next step on timed plans and the follow-ups. At most one model call sits on a turn's critical
 * path: the next question is written on the host's executor while the judge runs ({@link
 * InterviewEngineBuilder#executor}); only output that fails validation earns a second, repair call. A failed call falls
 * back to the heuristic scorer and never loses the answer, which is stored before the model sees it. An optional
 * {@link SessionBudget} caps each session's model spending, after which it is scored offline.
 *
 * <p>Reads ({@link #session}, {@link #currentQuestion}, {@link #report}, {@link #history}) store nothing and call no
 * model. A turn a crash interrupted is finished by the owner's next write or by {@link #recover}.
 */
public final class InterviewEngine {

    private static final Logger LOG = LoggerFactory.getLogger(InterviewEngine.class);

    private final SessionStore store;
    private final CostEstimator costs;
    private final Clock clock;
    private final Supplier<String> ids;
    private final TurnPipeline turns;
    private final Listeners listeners;
    private final Coaching coaching;
    private final Executor async;

    InterviewEngine(SessionStore store, TurnPipeline turns, Coaching coaching, Clock clock, Supplier<String> ids,
                    CostEstimator costs, Listeners listeners, Executor async) {
        this.async = async;
        this.store = store;
        this.coaching = coaching;
        this.listeners = listeners;
        this.turns = turns;
        this.clock = clock;
        this.ids = ids;
        this.costs = costs;
    }

    /**
     * @return a builder; a session store is required, every other option has an offline default, and each may be
     *     set once
     */
    public static InterviewEngineBuilder builder() {
        return new InterviewEngineBuilder();
    }

    /**
     * Starts an interview owned by the caller and asks the first question. Bank questions the candidate was asked
     * in their last 5 sessions are not asked again while the bank has others, and weak points of their last 7
     * completed sessions that are due again (after 1, 3 and 7 sessions) are preferred when picking main questions;
     * the {@link SessionStarted} event records which.
     *
     * @param caller the candidate; owns the session, and their organisation (if any) may review it
     * @param plan the plan, such as one from {@link io.interview4j.plan.Presets}
     * @return the first question and progress
     * @throws InvalidInputException when the caller is a reviewer
     */
    public TurnResult start(Caller caller, InterviewPlan plan) {
        SessionStarted started = opening(caller, plan);
        TurnResult first = turns.start(started);
        LOG.info("started session {} (preset {}) for {}", started.sessionId(), plan.preset(), caller.accountId());
        return first;
    }

    private SessionStarted opening(Caller caller, InterviewPlan plan) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(plan, "plan");
        if (caller.role() != Caller.Role.CANDIDATE) {
            throw new InvalidInputException("only a candidate can start an interview; " + caller.accountId() + " is a reviewer");
        }
        CandidatePast earlier = CandidatePast.load(store, caller.accountId());
        return earlier.start(caller, plan, ids.get(), clock.instant());
    }

    /**
     * Creates an interview owned by the caller without asking anything: the session is stored with status
     * {@link SessionStatus#CREATED} (seed 001's {@code created}) and, when the plan draws its questions up front
     * ({@link InterviewPlan#drawQuestionsUpFront()}, the {@code structured} preset's default), with its main questions
     * drawn, which {@link #questions} lists. {@link #begin} asks the first question; {@link #start} does both at
     * once. The same questions are avoided and weak points revisited as by {@link #start}.
     *
     * @param caller the candidate; owns the session, and their organisation (if any) may review it
     * @param plan the plan
     * @return the created session, with no question asked
     * @throws InvalidInputException when the caller is a reviewer
     * @throws NullPointerException when an argument is null
     */
    public Session create(Caller caller, InterviewPlan plan) {
        SessionStarted started = opening(caller, plan);
        Session created = turns.create(started);
        LOG.info("created session {} (preset {}) for {}", started.sessionId(), plan.preset(), caller.accountId());
        return created;
    }

    /**
     * Begins a created session: asks its first question (the first drawn one when the plan draws up front). A
     * session already begun is left as it is and its current question returned, so a retried call is harmless.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @return the first question and progress, or the current state of a session already begun
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     */
    public TurnResult begin(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, sessionId, "begin");
        return turns.begin(s);
    }

    /**
     * The main questions drawn when the session was created, in asking order (seed 001's question list); stores
     * nothing and calls no model. Follow-ups are not in it: they are asked as answers come in.
     *
     * @param caller the owner or a reviewer of the session's organisation
     * @param sessionId the session
     * @return the drawn questions, each with the id it is (or will be) asked under; empty when the plan does not
     *     draw up front
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     */
    public List<Question> questions(Caller caller, String sessionId) {
        return session(caller, sessionId).drawnQuestions();
    }

    /**
     * Reads a session; stores nothing and calls no model.
     *
     * @param caller the owner or a reviewer of the session's organisation
     * @param sessionId the session
     * @return the session as stored; an answer a crash left unevaluated shows with no evaluation (see
     *     {@link #recover})
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     */
    public Session session(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkRead(caller, s, sessionId);
        return s;
    }

    /**
     * Reads the question being asked; stores nothing and calls no model.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @return the question being asked with progress, or a completed result when the interview is over; while an
     *     answer a crash left unevaluated waits for {@link #recover}, neither a question nor completed
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     */
    public TurnResult currentQuestion(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, sessionId, "read the current question of");
        return TurnResults.after(s, null, clock.instant());
    }

    /**
     * Finishes a turn a crash interrupted: an answer stored but not evaluated (the process died between storing
     * the answer and storing its evaluation) is scored, by the model judge when the engine has one, the next step
     * is decided and the next question asked or the interview completed, all in one append. Does nothing when no
     * answer waits or the session is no longer in progress. Reads never do this; the owner's next
     * {@link #submitAnswer}, {@link #skip} or {@link #finish} does it first, and a host resuming a session may call
     * this on its own.
     *
     * @param caller the session's owner: only the owner may spend the session's model calls
     * @param sessionId the session
     * @return the question now being asked with progress, or a completed result; when a turn was finished, also
     *     its evaluation (hidden in assessment mode) and decision
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     */
    public TurnResult recover(Caller caller, String sessionId) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, sessionId, "recover");
        Optional<Turn> waiting = s.status() == SessionStatus.IN_PROGRESS ? s.unevaluatedTurn() : Optional.empty();
        Session after = turns.recover(s);
        return turns.withFeedback(after, TurnResults.after(after, waiting.map(t -> t.question().id()).orElse(null),
                clock.instant()));
    }

    /**
     * Submits an answer to the question being asked, scores it and asks the next question. A turn a crash
     * interrupted is finished first (see {@link #recover}). The same submission sent again with the same idempotency
     * key, even after the session moved on, returns the stored result and stores nothing.
     *
     * @param caller the session's owner
     * @param submission the answer
     * @return the evaluation (hidden in assessment mode), the next question or completion
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     * @throws IdempotencyConflictException when the key was already used with another answer or for another
     *     question; nothing is stored
     * @throws SessionStateException when the session is not in progress or the answer is for another question
     * @throws ConcurrentSessionModificationException when another submission to the same session won the race; this
     *     answer was not stored
     */
    public TurnResult submitAnswer(Caller caller, AnswerSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        Session s = owned(caller, submission.sessionId(), "answer in");
        Optional<String> done = SessionGuards.alreadyStored(s, submission);
        if (done.isPresent()) {
            return turns.withFeedback(s, TurnResults.stored(s, done.get(), clock.instant()));
        }
        return turns.answer(s, SessionGuards.requireOpen(s, submission.questionId()), submission);
    }

    /**
     * Submits an answer as {@link #submitAnswer} does, without waiting for its scoring: the answer is stored on the
     * calling thread before this returns, and the rest of the turn (scoring, the next step, the next question, the
     * append) runs on the engine's executor ({@link InterviewEngineBuilder#executor}; with none,
     * {@link java.util.concurrent.ForkJoinPool#commonPool()}), the model judge on the model's
     * {@link LanguageModel#chatAsync asynchronous call}, so no thread waits for the model and thousands of turns can
     * be in flight on a few threads. A turn a crash interrupted is finished first, on the calling thread.
     *
     * <p>Everything that rejects the call is thrown by the call itself, and then nothing was stored; once it
     * returns, the answer is stored, and a failure after that (the store failing, another engine closing the turn
     * first in a way this one cannot take) completes the future exceptionally with the exception that
     * {@link #submitAnswer} would have thrown. A model that fails is no such failure: the answer is then scored
     * offline, as in {@link #submitAnswer}.
     *
     * @param caller the session's owner
     * @param submission the answer
     * @return the evaluation (hidden in assessment mode), the next question or completion, when the turn is closed;
     *     already complete when the same submission was stored before
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     * @throws IdempotencyConflictException when the key was already used with another answer or for another
     *     question; nothing is stored
     * @throws SessionStateException when the session is not in progress or the answer is for another question
     * @throws ConcurrentSessionModificationException when another submission to the same session won the race; this
     *     answer was not stored
     */
    public CompletableFuture<TurnResult> submitAnswerAsync(Caller caller, AnswerSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        Session s = owned(caller, submission.sessionId(), "answer in");
        Optional<String> done = SessionGuards.alreadyStored(s, submission);
        if (done.isPresent()) {
            return CompletableFuture.completedFuture(turns.withFeedback(s, TurnResults.stored(s, done.get(), clock.instant())));
        }
        return turns.answerAsync(s, SessionGuards.requireOpen(s, submission.questionId()), submission, async);
    }

    /**
     * Skips the question being asked as {@link #skip} does, the turn closed on the engine's executor (see
     * {@link #submitAnswerAsync}). The session is read and checked on the calling thread; the skip is stored with the
     * next question, in one append, when the future completes.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @param questionId the question being asked
     * @return the next question or completion
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     * @throws SessionStateException when the session is not in progress or the question is not the one asked
     *     (the future completes exceptionally with {@link ConcurrentSessionModificationException} when another call
     *     changed the session first)
     */
    public CompletableFuture<TurnResult> skipAsync(Caller caller, String sessionId, String questionId) {
        Session s = owned(caller, sessionId, "skip a question in");
        return turns.skipAsync(s, SessionGuards.requireOpen(s, questionId), async);
    }

    /**
     * Skips the question being asked (no score) and asks the next one, after finishing a turn a crash interrupted.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @param questionId the question being asked
     * @return the next question or completion
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     * @throws SessionStateException when the session is not in progress or the question is not the one asked
     * @throws ConcurrentSessionModificationException when another call changed the session first
     */
    public TurnResult skip(Caller caller, String sessionId, String questionId) {
        Session s = owned(caller, sessionId, "skip a question in");
        return turns.skip(s, SessionGuards.requireOpen(s, questionId));
    }

    /**
     * Finishes an interview early; answers given so far are kept and scored, one a crash left unevaluated included.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @return the completed session
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     * @throws SessionStateException when the session is already completed or abandoned
     * @throws ConcurrentSessionModificationException when another call changed the session first
     */
    public Session finish(Caller caller, String sessionId) {
        Session s = owned(caller, sessionId, "finish");
        SessionGuards.requireInProgress(s);
        return turns.finish(s);
    }

    /**
     * Abandons an interview; it stays stored but asks nothing more.
     *
     * @param caller the session's owner
     * @param sessionId the session
     * @param reason why, for the record; may be null or blank, both stored as absent ({@code null})
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws AccessDeniedException when the caller is a reviewer of the session's organisation
     * @throws SessionStateException when the session is already completed or abandoned
     * @throws ConcurrentSessionModificationException when another call changed the session first
     */
    public void abandon(Caller caller, String sessionId, String reason) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, sessionId, "abandon");
        SessionGuards.requireInProgress(s);
        List<SessionEvent> abandoned = List.of(new SessionAbandoned(clock.instant(), reason));
        Session base = turns.appendAfter(s, abandoned);
        listeners.appended(base.with(abandoned), abandoned, null);
    }

    /**
     * Reads the feedback on one main question as a whole, its answer and follow-ups together; stores nothing and
     * calls no model. In assessment mode too: the host decides what a candidate may see.
     *
     * @param caller the owner, or a reviewer of the session's organisation
     * @param sessionId the session
     * @param questionId a main question of the session
     * @return the feedback once the question's last response is in: the model's once written, else the offline
     *     coach's when the engine has no model (or the session ended with none written); empty while the question
     *     is still open or the model's feedback is being written
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     * @throws InvalidInputException when the question is not a main question of the session
     */
    public Optional<QuestionFeedback> questionFeedback(Caller caller, String sessionId, String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        Session s = session(caller, sessionId);
        Optional<Turn> t = s.turn(questionId);
        if (t.isEmpty() || t.get().question().type() != QuestionType.MAIN) {
            throw new InvalidInputException("question " + questionId + " is not a main question of session " + sessionId);
        }
        return Optional.ofNullable(coaching.readable(s, questionId));
    }

    /**
     * A future for the model work this engine has queued for a session off the turn's path (question feedback, the
     * debrief): a host that wants the model's debrief in a report it writes right after completion waits on it.
     * Completes at once when there is none; never completes exceptionally.
     *
     * @param sessionId the session
     * @return a future completed when that work is done
     */
    public CompletableFuture<Void> feedbackSettled(String sessionId) {
        return coaching.settled(Objects.requireNonNull(sessionId, "sessionId"));
    }

    /**
     * Reports on a session; stores nothing and calls no model.
     *
     * @param caller the owner, or a reviewer of the session's organisation
     * @param sessionId the session
     * @return the report, computed from the session as stored; an answer a crash left unevaluated is listed as
     *     pending, with no score, until the owner's next write or {@link #recover} scores it
     * @throws SessionNotFoundException for an unknown id, or a session the caller may not read
     */
    public Report report(Caller caller, String sessionId) {
        return ReportBuilder.build(session(caller, sessionId), clock.instant(), costs);
    }

    /**
     * Reads a candidate's history; stores nothing and calls no model. Every visible session is loaded.
     *
     * @param caller the candidate themself, or a reviewer (who sees only their organisation's sessions, also when
     *     its account id is the candidate's)
     * @param candidateId the candidate
     * @return the candidate's sessions newest first, the trend per preset on its native scale, and the badges earned
     * @throws AccessDeniedException when a candidate asks for someone else's history, whether or not it exists
     * @throws NullPointerException when an argument is null
     */
    public History history(Caller caller, String candidateId) {
        Objects.requireNonNull(caller, "caller");
        return CandidatePast.history(store, caller, candidateId, null);
    }

    /**
     * Reads a candidate's history under one group key (seed 003's job application, set with
     * {@code PresetOptions.withGroupKey} or the plan's {@code groupKey}); stores nothing and calls no model.
     *
     * @param caller the candidate themself, or a reviewer of the candidate's organisation
     * @param candidateId the candidate
     * @param groupKey the host's key
     * @return the sessions under that key newest first, with their trends and badges
     * @throws AccessDeniedException when a candidate asks for someone else's history
     * @throws NullPointerException when an argument is null
     */
    public History history(Caller caller, String candidateId, String groupKey) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(groupKey, "groupKey");
        return CandidatePast.history(store, caller, candidateId, groupKey);
    }

    /**
     * Lists sessions, newest first, one page at a time; stores nothing, calls no model and loads no session's events.
     * A reviewer lists their organisation's sessions ({@link SessionQuery#byOrganisation}, optionally narrowed to a
     * candidate or a host key); a candidate lists their own ({@link SessionQuery#byCandidate}).
     *
     * @param caller the reviewer of the query's organisation, or the candidate the query names
     * @param query which sessions and which page
     * @return the page of summaries, possibly empty
     * @throws AccessDeniedException when a reviewer's query does not name their own organisation, or a candidate's
     *     query names another candidate or an organisation
     * @throws NullPointerException when an argument is null
     */
    public List<SessionSummary> sessions(Caller caller, SessionQuery query) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        boolean allowed = caller.role() == Caller.Role.REVIEWER
                ? query.organisationId() != null && query.organisationId().equals(caller.organisationId())
                : query.organisationId() == null && caller.accountId().equals(query.candidateId());
        if (!allowed) {
            throw new AccessDeniedException(caller.accountId() + " may not list these sessions: a reviewer lists their "
                    + "own organisation's, a candidate their own");
        }
        return store.list(query);
    }

    /** Loads a session the caller owns, for a write: a turn a crash interrupted is finished first. */
    private Session owned(Caller caller, String sessionId, String action) {
        Session s = load(sessionId);
        SessionGuards.checkOwner(caller, s, sessionId, action);
        return turns.recover(s);
    }

    private Session load(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return store.get(sessionId).toSession();
    }
}
