package io.interview4j.engine;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.Difficulty;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.TimeStatus;
import io.interview4j.scoring.AnswerAnalyzer;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.AnswerGate;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.Evaluator;
import io.interview4j.scoring.GateResult;
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
import io.interview4j.session.SessionEvent.QuestionsDrawn;
import io.interview4j.session.SessionEvent.RoundAdvanced;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.interview4j.store.SessionStore;
import io.interview4j.text.internal.SkillVocabulary;
import java.time.Clock;
import java.time.Instant;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn of an interview. An answer is appended on its own first, so that nothing later can lose it; then
 * {@link #close} closes the turn: it gates the answer once and scores it (by rule, offline or by the model judge),
 * decides the next step within what {@link TurnPolicy} allows, picks the next question ({@link QuestionPicker}) or
 * completes, and appends all of that in one append. The session absorbs each batch of events as it goes; nothing
 * is replayed from the store except after losing a race. Calls out to the policy, the picker, the judge and the
 * store; nothing calls back.
 */
final class TurnPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(TurnPipeline.class);

    /** What scoring an answer gave: the evaluation ({@code null} for a skip) and the model's proposed next step. */
    private record Verdict(Evaluation evaluation, Optional<ModelJudge.Proposal> proposal) {
    }

    /** The next step and why it was taken, when a model proposed one; else an empty reason. */
    private record Decision(NextStep step, String why) {
    }

    private final SessionStore store;
    private final QuestionSupply questions;
    private final QuestionPicker picker;
    private final ModelJudge judge;
    private final Evaluator offline;
    private final SessionBudget budget;
    private final Coaching coaching;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Listeners listeners;
    private final AnswerGate gate = new AnswerGate();
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    /** Skills of job descriptions by text: every turn asks for them, and many sessions share one description. */
    private final Map<String, List<String>> jobSkills = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 64;
        }
    });

    /** @param judge the model judge, or {@code null} to score every answer with {@code offline} */
    TurnPipeline(SessionStore store, QuestionSupply questions, ModelJudge judge, Evaluator offline, SessionBudget budget,
                 Coaching coaching, Clock clock, Supplier<String> ids, Listeners listeners) {
        this.store = store;
        this.coaching = coaching;
        this.questions = questions;
        this.picker = questions.picker();
        this.judge = judge;
        this.offline = offline;
        this.budget = budget;
        this.clock = clock;
        this.ids = ids;
        this.listeners = listeners;
    }

    /** Stores a new session with its first question, or completed at once when the bank has none. */
    TurnResult start(SessionStarted started) {
        Instant now = started.at();
        List<SessionEvent> events = new ArrayList<>(opening(started));
        Session s = Session.replay(events);
        SessionEvent first = firstQuestion(s, now);
        events.add(first);
        store.append(s.id(), 0, events);
        Session stored = s.with(List.of(first));
        listeners.appended(stored, events, now);
        return TurnResults.after(stored, null, now);
    }

    /** Stores a new session without asking anything: status {@code CREATED}, its questions drawn when the plan says. */
    Session create(SessionStarted started) {
        List<SessionEvent> events = opening(started);
        store.append(started.sessionId(), 0, events);
        Session stored = Session.replay(events);
        listeners.appended(stored, events, started.at());
        return stored;
    }

    /** Asks the first question of a created session; a session already begun is returned as it is. */
    TurnResult begin(Session s) {
        Instant now = clock.instant();
        if (s.status() != SessionStatus.CREATED) {
            return TurnResults.after(s, null, now);
        }
        SessionEvent first = firstQuestion(s, now);
        Session stored = appendAfter(s, List.of(first)).with(List.of(first));
        listeners.appended(stored, List.of(first), now);
        return TurnResults.after(stored, null, now);
    }

    private SessionEvent firstQuestion(Session s, Instant now) {
        return questions.main(s, 0, s.plan().startingDifficulty(), ids.get(), false)
                .<SessionEvent>map(q -> new QuestionAsked(now, capTime(s, q, now)))
                .orElseGet(() -> new SessionCompleted(now, EndReason.BANK_EXHAUSTED, null, null, null, List.of()));
    }

    /**
     * The events that open a session: {@code started}, then, when the plan draws its questions up front, every main
     * question of every round in asking order, at the starting difficulty ({@link QuestionSupply#drawUpFront}).
     */
    private List<SessionEvent> opening(SessionStarted started) {
        Session s = Session.replay(List.of(started));
        if (!s.plan().drawQuestionsUpFront()) {
            return List.of(started);
        }
        List<Question> drawn = questions.drawUpFront(s, started.at(), ids);
        LOG.debug("session {}: drew {} main questions up front", s.id(), drawn.size());
        return List.of(started, new QuestionsDrawn(started.at(), drawn));
    }

    /** Stores the answer to the open turn on its own, then closes the turn. */
    TurnResult answer(Session s, Turn open, AnswerSubmission submission) {
        Stored stored = store(s, open, submission);
        return stored.result() != null ? stored.result()
                : Futures.join(close(stored.session(), List.of(), stored.at(), null));
    }

    /**
     * Stores the answer to the open turn on the calling thread, then closes the turn on {@code executor}, the model
     * judging it on its asynchronous call. When this returns, the answer is stored.
     */
    CompletableFuture<TurnResult> answerAsync(Session s, Turn open, AnswerSubmission submission, Executor executor) {
        Stored stored = store(s, open, submission);
        if (stored.result() != null) {
            return CompletableFuture.completedFuture(stored.result());
        }
        return CompletableFuture.supplyAsync(() -> close(stored.session(), List.of(), stored.at(), executor), executor)
                .thenCompose(Function.identity());
    }

    /** The session with the answer appended, or the stored result when the same submission was stored already. */
    private record Stored(Session session, Instant at, TurnResult result) {
    }

    private Stored store(Session s, Turn open, AnswerSubmission submission) {
        String key = submission.idempotencyKey();
        Integer seconds = submission.timeTaken() == null ? null : (int) submission.timeTaken().getSeconds();
        AnswerSubmitted answer = new AnswerSubmitted(clock.instant(), open.question().id(), submission.answer(), key,
                seconds, submission.audioDuration() == null ? null
                        : Delivery.measure(submission.answer(), submission.audioDuration()));
        Session base;
        try {
            base = appendAfter(s, List.of(answer));
        } catch (ConcurrentSessionModificationException e) {
            Session fresh = load(s.id());
            Optional<String> done = SessionGuards.alreadyStored(fresh, submission);
            if (done.isPresent()) {
                Session recovered = recover(fresh);
                return new Stored(null, null, withFeedback(recovered, TurnResults.stored(recovered, done.get(),
                        clock.instant())));
            }
            throw e;
        }
        LOG.debug("session {}: answer to {} stored ({} chars)", s.id(), open.question().id(), submission.answer().length());
        return new Stored(base.with(List.of(answer)), answer.at(), null);
    }

    /** Skips the open turn (no score) and closes it. */
    TurnResult skip(Session s, Turn open) {
        Instant now = clock.instant();
        return Futures.join(close(s, List.of(new QuestionSkipped(now, open.question().id(), null)), now, null));
    }

    /** Skips the open turn and closes it on {@code executor}; the skip is stored with the closing events. */
    CompletableFuture<TurnResult> skipAsync(Session s, Turn open, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            Instant now = clock.instant();
            return close(s, List.of(new QuestionSkipped(now, open.question().id(), null)), now, executor);
        }, executor).thenCompose(Function.identity());
    }

    /** Completes a session in progress early. */
    Session finish(Session s) {
        SessionCompleted done = completed(s, clock.instant(), EndReason.FINISHED_EARLY);
        Session ended = appendAfter(s, List.of(done)).with(List.of(done));
        questions.forget(s.id());
        listeners.appended(ended, List.of(done), done.at());
        coaching.completed(ended);
        return ended;
    }

    /**
     * Appends events after {@code s}; when the append loses only to feedback or debrief events appended meanwhile
     * (off the turn's path), appends again after them.
     *
     * @return the session the events were appended to: {@code s}, or {@code s} with those feedback events
     * @throws ConcurrentSessionModificationException when anything else was appended first
     */
    Session appendAfter(Session s, List<SessionEvent> events) {
        Session base = s;
        for (int attempt = 1; ; attempt++) {
            try {
                store.append(base.id(), base.version(), events);
                return base;
            } catch (ConcurrentSessionModificationException e) {
                Session fresh = load(base.id());
                if (attempt >= 10 || fresh.version() - fresh.coachEvents() != base.version() - base.coachEvents()) {
                    throw e;
                }
                base = fresh;
            }
        }
    }

    /** The result with the main question the answered turn closed and, when shown, its feedback. */
    TurnResult withFeedback(Session s, TurnResult r) {
        String root = closedBy(s, r.answeredQuestionId());
        return root == null ? r : r.withClosedQuestion(root, Coaching.shown(s, coaching.readable(s, root)));
    }

    /** The main question whose last response {@code answeredId} was, when that question is now closed; else null. */
    private static String closedBy(Session s, String answeredId) {
        if (answeredId == null) {
            return null;
        }
        Optional<Turn> answered = s.turn(answeredId);
        if (answered.isEmpty()) {
            return null;
        }
        String root = s.rootId(answered.get().question());
        List<Turn> group = s.turns().stream().filter(t -> s.rootId(t.question()).equals(root)).toList();
        boolean last = group.get(group.size() - 1).question().id().equals(answeredId);
        return last && io.interview4j.feedback.OfflineCoach.closed(s, root) ? root : null;
    }

    /**
     * Closes a turn whose answer was stored but not evaluated (a crash between the two appends, or another engine
     * still judging it), and returns the session as stored afterwards; returns {@code s} when no turn waits.
     */
    Session recover(Session s) {
        if (s.status() != SessionStatus.IN_PROGRESS || s.unevaluatedTurn().isEmpty()) {
            return s;
        }
        LOG.info("session {}: evaluating an answer stored before an interruption", s.id());
        try {
            Futures.join(close(s, List.of(), clock.instant(), null));
        } catch (ConcurrentSessionModificationException e) {
            LOG.debug("session {}: another engine finished the interrupted turn", s.id());
        }
        return load(s.id());
    }

    /**
     * Closes the last turn of {@code stored} after the {@code closing} events (a skip, or none when the answer is
     * stored): scores it, decides the next step, asks the next question or completes, and appends it all at once;
     * then tells the listeners, {@code began} being when the turn began.
     *
     * @param async where the work after the model's reply runs, the judge on the model's asynchronous call; or
     *     {@code null} to do it all on the calling thread, the future returned complete
     */
    private CompletableFuture<TurnResult> close(Session stored, List<SessionEvent> closing, Instant began,
                                                Executor async) {
        Instant now = clock.instant();
        Session s = stored.with(closing);
        Turn turn = s.turns().get(s.turns().size() - 1);
        TurnPolicy.State state = TurnPolicy.state(s, now);
        EnumSet<NextStep> allowed = TurnPolicy.allowed(state);
        if (!turn.skipped() && judge != null) {
            writeAhead(s, state, allowed);
        }
        CompletableFuture<Verdict> scored = turn.skipped()
                ? CompletableFuture.completedFuture(new Verdict(null, Optional.empty()))
                : score(s, turn, allowed, now, async);
        if (async == null || scored.isDone()) {
            return scored.thenApply(v -> closed(stored, closing, began, now, s, turn, state, allowed, v));
        }
        return scored.thenApplyAsync(v -> closed(stored, closing, began, now, s, turn, state, allowed, v), async);
    }

    /** The rest of {@link #close} once the answer is scored. */
    private TurnResult closed(Session stored, List<SessionEvent> closing, Instant began, Instant now, Session s, Turn turn,
                              TurnPolicy.State state, EnumSet<NextStep> allowed, Verdict verdict) {
        Decision decision = decide(s, state, allowed, verdict);
        List<SessionEvent> scored = scored(s, turn, verdict.evaluation(), decision.why(), now);
        List<SessionEvent> next = new ArrayList<>();
        String note = nextQuestion(s.with(scored), state, decision.step(), verdict, now, next);
        if (note != null) {
            scored = scored(s, turn, verdict.evaluation(), decision.why().isEmpty() ? note : decision.why() + "; " + note, now);
        }
        Session judged = s.with(scored);
        if (next.get(next.size() - 1) instanceof SessionCompleted) {
            questions.forget(s.id());
        }
        List<SessionEvent> added = new ArrayList<>(closing);
        added.addAll(scored);
        added.addAll(next);
        Session after;
        try {
            after = appendAfter(stored, added).with(added);
        } catch (ConcurrentSessionModificationException e) {
            Session fresh = load(s.id());
            Optional<Turn> t = fresh.turn(turn.question().id());
            if (t.isPresent() && (t.get().evaluation() != null || t.get().skipped())) {
                LOG.debug("session {}: another engine closed turn {} first", s.id(), turn.question().id());
                return withFeedback(fresh, TurnResults.stored(fresh, turn.question().id(), clock.instant()));
            }
            throw e;
        }
        listeners.appended(after, added, began);
        TurnResult result = TurnResults.after(after, turn.question().id(), now);
        String root = closedBy(after, turn.question().id());
        if (root != null) {
            result = result.withClosedQuestion(root, Coaching.shown(after, coaching.questionClosed(after, root)));
        }
        if (after.status() != SessionStatus.IN_PROGRESS) {
            coaching.completed(after);
        }
        return result;
    }

    /**
     * Scores an answer: gates it once, then scores it by rule when the gate blocks it, offline when there is no
     * model or the session's budget is spent, else by the model judge (the gate's marks, such as TRUNCATED,
     * added). Every evaluation leaves with insights.
     */
    private CompletableFuture<Verdict> score(Session s, Turn turn, EnumSet<NextStep> allowed, Instant now,
                                             Executor async) {
        Question q = turn.question();
        List<String> terms = jobTerms(s);
        EvaluationRequest req = request(s, q, turn.answer(), terms);
        GateResult g = gate.check(q.text(), turn.answer(), req.expected());
        CompletableFuture<Verdict> raw;
        if (judge == null || g.blocked()) {
            raw = CompletableFuture.completedFuture(new Verdict(offline.evaluate(req, g), Optional.empty()));
        } else if (budget != null && budget.reached(evaluations(s))) {
            LOG.info("session {}: model budget {} spent; scoring {} offline", s.id(), budget, q.id());
            Evaluation h = offline.evaluate(req, g);
            raw = CompletableFuture.completedFuture(new Verdict(h.withProvenance(h.provenance(),
                    AnswerFlag.BUDGET_EXHAUSTED), Optional.empty()));
        } else {
            List<String> actions = s.plan().totalTimeLimit() == null ? List.of() : actions(allowed);
            List<String> answers = s.turns().stream().map(Turn::answer).filter(Objects::nonNull).toList();
            raw = judge.judge(request(s, q, g.evaluatedText(), terms), g, PromptContext.of(s, now),
                    JudgePrompt.Documents.of(s.plan().jobDescription(), s.plan().resumeText(), s.plan().language()), actions,
                    answers, async).thenApply(judged -> new Verdict(judged.evaluation().withProvenance(
                            judged.evaluation().provenance(), g.flags().toArray(AnswerFlag[]::new)), judged.proposal()));
        }
        return raw.thenApply(v -> {
            Evaluation e = v.evaluation();
            Instant limit = s.plan().totalTimeLimit() == null ? null : s.startedAt().plus(s.plan().totalTimeLimit());
            if (limit != null && turn.answeredAt() != null && turn.answeredAt().isAfter(limit)) {
                LOG.info("session {}: the answer to {} arrived after the time limit; marked LATE", s.id(), q.id());
                e = e.withProvenance(e.provenance(), AnswerFlag.LATE);
            }
            if (e.provenance() != Provenance.RULE && e.insights().isEmpty()) {
                e = e.withInsights(analyzer.insights(q.text(), g.evaluatedText(), q.keyPoints(), q.referenceAnswer(), terms));
            }
            return new Verdict(e, v.proposal());
        });
    }

    /** The policy's choice, or the model's proposal when the policy allows it (a rejected one is logged). */
    private static Decision decide(Session s, TurnPolicy.State state, EnumSet<NextStep> allowed, Verdict verdict) {
        NextStep chosen = TurnPolicy.choose(state, allowed, Optional.ofNullable(verdict.evaluation()));
        if (verdict.proposal().isEmpty()) {
            return new Decision(chosen, "");
        }
        String action = verdict.proposal().get().action();
        Optional<NextStep> proposed = NextStep.fromAction(action);
        if (proposed.isPresent() && allowed.contains(proposed.get())) {
            return new Decision(proposed.get(), "model proposed " + action + "; accepted");
        }
        String why = "model proposed " + action + "; rejected, allowed " + allowed + "; chose " + chosen;
        LOG.info("session {}: {}", s.id(), why);
        return new Decision(chosen, why);
    }

    /** The evaluation and the difficulty it moves to; nothing for a skip. */
    private static List<SessionEvent> scored(Session s, Turn turn, Evaluation e, String why, Instant now) {
        if (e == null) {
            return List.of();
        }
        List<SessionEvent> out = new ArrayList<>(List.of(new AnswerEvaluated(now, turn.question().id(), e, why)));
        List<Double> scores = new ArrayList<>();
        s.turns().stream().filter(t -> t.evaluation() != null && !t.skipped())
                .forEach(t -> scores.add(t.evaluation().fraction()));
        scores.add(e.fraction());
        Difficulty next = s.plan().difficultyPolicy().next(s.difficulty(), scores);
        if (next != s.difficulty()) {
            out.add(new DifficultyChanged(now, s.difficulty(), next, e.score()));
        }
        return out;
    }

    /**
     * Starts writing the session's next main question beside the judge while one is still to come: for the current
     * round while it has room, else for the next round. During follow-ups too, so that the question is ready when
     * the follow-ups end.
     */
    private void writeAhead(Session s, TurnPolicy.State st, EnumSet<NextStep> allowed) {
        if (allowed.equals(EnumSet.of(NextStep.COMPLETE))) {
            return;
        }
        if (st.mainsInRound() < st.roundPlan().maxQuestions()) {
            questions.ahead(s, st.round(), s.difficulty());
        } else if (st.round() + 1 < s.plan().rounds().size()) {
            questions.ahead(s, st.round() + 1, s.difficulty());
        }
    }

    /**
     * Adds to {@code out} the next question for {@code step} (with the round change it needs), or the completion.
     *
     * @return a note for the record on where a follow-up came from, or {@code null}
     */
    private String nextQuestion(Session s, TurnPolicy.State st, NextStep step, Verdict verdict, Instant now,
                                List<SessionEvent> out) {
        Evaluation last = verdict.evaluation();
        Optional<ModelJudge.Proposal> proposal = verdict.proposal();
        String proposedText = proposal.map(ModelJudge.Proposal::questionText).orElse(null);
        String version = last == null ? null : last.promptVersion();
        boolean modelCalled = last != null && last.modelCalls() > 0;
        Optional<Question> next = Optional.empty();
        String note = null;
        boolean roundsDone = st.round() + 1 >= s.plan().rounds().size() && st.mainsInRound() >= st.roundPlan().minQuestions();
        EndReason reason = st.timeUp() ? EndReason.TIME_UP
                : !roundsDone && st.turns() >= s.plan().maxTurns() ? EndReason.MAX_TURNS : EndReason.ALL_ROUNDS_DONE;
        switch (step) {
            case FOLLOW_UP -> {
                QuestionPicker.FollowUp f = picker.followUp(s, st.root(), last, proposedText, ids.get());
                next = Optional.of(f.question());
                note = f.note();
            }
            case RESUME -> next = Optional.of(picker.resume(s, st.round(), proposedText, version, ids.get()));
            case NEXT_QUESTION -> {
                next = questions.main(s, st.round(), s.difficulty(), ids.get(), modelCalled);
                if (next.isEmpty()) {
                    reason = EndReason.BANK_EXHAUSTED;
                    if (st.round() + 1 < s.plan().rounds().size()) {
                        out.add(new RoundAdvanced(now, st.round(), st.round() + 1));
                        next = questions.main(s.with(List.of(out.get(out.size() - 1))), st.round() + 1, s.difficulty(),
                                ids.get(), modelCalled);
                    }
                }
            }
            case NEXT_ROUND -> {
                RoundAdvanced advanced = new RoundAdvanced(now, st.round(), st.round() + 1);
                out.add(advanced);
                next = questions.main(s.with(List.of(advanced)), st.round() + 1, s.difficulty(), ids.get(), modelCalled);
                if (next.isEmpty()) {
                    reason = EndReason.BANK_EXHAUSTED;
                }
            }
            case COMPLETE -> {
            }
        }
        Integer seconds = proposal.map(ModelJudge.Proposal::suggestedSeconds).filter(x -> x > 0).orElse(null);
        if (next.isPresent() && seconds != null) {
            next = Optional.of(next.get().withSuggestedSeconds(seconds));
        }
        out.add(next.isPresent() ? new QuestionAsked(now, capTime(s, next.get(), now)) : completed(s, now, reason));
        return note;
    }

    private List<String> jobTerms(Session s) {
        Set<String> terms = new LinkedHashSet<>(s.plan().jobDescription() == null ? List.of()
                : jobSkills.computeIfAbsent(s.plan().jobDescription(), SkillVocabulary.builtIn()::extract));
        terms.addAll(s.started().candidateSkills());
        terms.addAll(s.plan().focusTopics());
        return List.copyOf(terms);
    }

    private static EvaluationRequest request(Session s, Question q, String answer, List<String> terms) {
        InterviewPlan plan = s.plan();
        return new EvaluationRequest(q.text(), q.kind(), q.competency(), q.keyPoints(), q.referenceAnswer(), answer,
                plan.rubric(), terms, plan.targetLevel());
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

    private static Question capTime(Session s, Question q, Instant now) {
        if (s.plan().totalTimeLimit() == null) {
            return q;
        }
        var status = TimeStatus.of(s.startedAt(), s.plan().totalTimeLimit(), now);
        return q.withSuggestedSeconds(status.cap(q.suggestedSeconds()));
    }

    private SessionCompleted completed(Session s, Instant now, EndReason reason) {
        Double score = s.overallScore().orElse(null);
        if (score == null) {
            return new SessionCompleted(now, reason, null, s.usage(), null, Badges.award(store, s, null));
        }
        Session ended = s.with(List.of(new SessionCompleted(now, reason, score, s.usage(), null)));
        return new SessionCompleted(now, reason, score, s.usage(), io.interview4j.feedback.OfflineCoach.readiness(ended),
                Badges.award(store, s, score));
    }

    private Session load(String sessionId) {
        return store.get(sessionId).toSession();
    }
}
