package io.interview4j.engine;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionSource;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import java.util.HashSet;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Main questions: written by the {@link QuestionWriter} when the engine has one and the plan allows it, else (and
 * whenever the writer fails, is rejected twice, or is late) picked by the {@link QuestionPicker}.
 *
 * <p>At most one model call sits on a turn's critical path. On a turn whose answer the model judges, the session's
 * next main question is written on the host's executor while the judge runs ({@link #ahead}); it waits, one per
 * session, until a main question is asked for the same round, competency and difficulty. If it is ready then (and
 * still passes the checks against everything asked since), it is asked; if not, the bank's pick stands in at once, so
 * a slow writer never delays a turn beyond its judge, and the question keeps waiting for the next main question. On a
 * turn with no other model call (the first question, an answer scored by rule or offline) the writer is that one call
 * and the turn waits for it, up to the turn deadline. Without an executor, questions are written only on such turns.
 * Questions waiting are kept in this engine (at most {@value #MAX_WAITING} sessions' worth); another engine sharing
 * the store simply writes its own.
 */
final class QuestionSupply {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionSupply.class);
    /** Most sessions with a question written ahead that one engine keeps. */
    static final int MAX_WAITING = 1_000;

    /** A question being written on the executor for a round, a competency and a difficulty. */
    record Ahead(int round, String competency, Difficulty difficulty, CompletableFuture<Optional<WrittenQuestion>> written) {

        boolean fits(int r, String c, Difficulty d) {
            return round == r && difficulty == d && java.util.Objects.equals(competency, c);
        }

        boolean failed() {
            return written.isDone() && written.getNow(Optional.empty()).isEmpty();
        }
    }

    private final QuestionPicker picker;
    private final QuestionBank bank;
    private final QuestionWriter writer;
    private final Executor executor;
    private final Duration wait;
    private final Map<String, Ahead> waiting = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ahead> eldest) {
            return size() > MAX_WAITING;
        }
    });

    /**
     * @param writer the writer, or {@code null} for none
     * @param executor where the writer runs beside the judge, or {@code null} for none
     * @param wait how long a turn with no other model call waits for the writer
     */
    QuestionSupply(QuestionPicker picker, QuestionBank bank, QuestionWriter writer, Executor executor, Duration wait) {
        this.picker = picker;
        this.bank = bank;
        this.writer = writer;
        this.executor = executor;
        this.wait = wait;
    }

    QuestionPicker picker() {
        return picker;
    }

    /** Whether main questions of {@code round} may be written for this session. */
    boolean writes(Session s, int round) {
        InterviewPlan plan = s.plan();
        return writer != null && plan.generateQuestions() && round < plan.rounds().size()
                && plan.rounds().get(round).presetQuestions().isEmpty();
    }

    /**
     * Starts writing the session's next main question, of {@code round} at {@code d}, on the executor, unless one is
     * already written or being written for it.
     */
    void ahead(Session s, int round, Difficulty d) {
        if (executor == null || !writes(s, round) || s.plan().drawQuestionsUpFront()) {
            return;
        }
        String competency = competency(s, round);
        Ahead current = waiting.get(s.id());
        if (current != null && current.fits(round, competency, d) && !current.failed()) {
            return;
        }
        QuestionRequest request = request(s, round, d);
        try {
            waiting.put(s.id(), new Ahead(round, competency, d, CompletableFuture.supplyAsync(
                    () -> written(request, request, 1, true), executor).thenCompose(Function.identity())));
        } catch (RuntimeException e) {
            LOG.warn("the executor refused the question writer ({}); the bank stands in", e.toString());
        }
    }

    /**
     * The main question of {@code round}: the one written ahead when it is ready and fits, else one written now when
     * no other model call was made on this turn, else the bank's pick.
     *
     * @param modelCalled whether this turn already made a model call (the judge's)
     */
    Optional<Question> main(Session s, int round, Difficulty d, String id, boolean modelCalled) {
        Optional<Question> drawn = s.nextDrawn(round);
        if (drawn.isPresent()) {
            return drawn;
        }
        if (writes(s, round)) {
            QuestionRequest request = request(s, round, d);
            Optional<WrittenQuestion> w = Optional.empty();
            Ahead ahead = waiting.get(s.id());
            if (ahead != null && ahead.fits(round, request.competency(), d)) {
                if (ahead.written().isDone() || !modelCalled) {
                    waiting.remove(s.id(), ahead);
                    w = ahead.written().isDone() ? ahead.written().join() : await(ahead.written());
                    if (w.isPresent() && !QuestionChecks.problems(request, w.get()).isEmpty()) {
                        LOG.info("session {}: the question written ahead no longer passes the checks; the bank stands in",
                                s.id());
                        w = Optional.empty();
                    }
                } else {
                    LOG.info("session {}: the question writer was not done when the judge was; the bank stands in, the "
                            + "written question waits for the next main question", s.id());
                }
            } else if (!modelCalled) {
                w = written(request);
            }
            if (w.isPresent()) {
                return Optional.of(question(s, round, d, id, w.get()));
            }
        }
        return picker.main(s, round, d, id);
    }

    /**
     * Every main question of every round, drawn at once for a plan that draws up front: the picker's picks in
     * order, and, where the writer may write a round, the writer's question for each slot instead (written in
     * parallel on the executor when there is one, each checked, the pick standing in for any that fails or is late).
     *
     * @param s the session as started, with nothing asked
     * @param ids the ids to give the questions
     */
    List<Question> drawUpFront(Session s, Instant at, Supplier<String> ids) {
        Difficulty d = s.plan().startingDifficulty();
        List<Slot> slots = new ArrayList<>();
        Session picking = s;
        for (int round = 0; round < s.plan().rounds().size(); round++) {
            int count = s.plan().rounds().get(round).maxQuestions();
            for (int i = 0; i < count; i++) {
                Optional<Question> pick = picker.main(picking, round, d, ids.get());
                if (pick.isEmpty()) {
                    break;
                }
                slots.add(new Slot(pick.get(), picking, writes(s, round) ? writing(request(picking, round, d)) : null));
                picking = picking.with(List.of(new SessionEvent.QuestionAsked(at, pick.get())));
            }
        }
        List<Question> drawn = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (Slot slot : slots) {
            Optional<WrittenQuestion> w = slot.written() == null ? Optional.empty() : await(slot.written());
            boolean fresh = w.isPresent() && texts.add(w.get().text().strip().toLowerCase(java.util.Locale.ROOT));
            drawn.add(fresh ? question(slot.before(), slot.pick().round(), d, slot.pick().id(), w.get()) : slot.pick());
        }
        return drawn;
    }

    /** One drawn question: the bank's pick, the session as it was before it, and the writer's question, if asked. */
    private record Slot(Question pick, Session before, CompletableFuture<Optional<WrittenQuestion>> written) {
    }

    private CompletableFuture<Optional<WrittenQuestion>> writing(QuestionRequest request) {
        return executor == null ? CompletableFuture.completedFuture(written(request))
                : CompletableFuture.supplyAsync(() -> written(request), executor);
    }

    /** Drops the question written ahead for a session that ended. */
    void forget(String sessionId) {
        waiting.remove(sessionId);
    }

    private static String competency(Session s, int round) {
        RoundPlan rp = s.plan().rounds().get(round);
        int inRound = (int) s.turns().stream()
                .filter(t -> t.question().type() == QuestionType.MAIN && t.question().round() == round).count();
        return rp.competencies().isEmpty() ? null : rp.competencies().get(inRound % rp.competencies().size());
    }

    private Optional<WrittenQuestion> await(CompletableFuture<Optional<WrittenQuestion>> f) {
        try {
            return f.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.warn("the question writer did not finish within {} ms ({}); the bank stands in", wait.toMillis(), e.toString());
            return Optional.empty();
        }
    }

    /** Writes and checks one question; one more call with the problems when the checks reject it. Never throws. */
    private Optional<WrittenQuestion> written(QuestionRequest request) {
        return written(request, request, 1, false).join();
    }

    /**
     * Attempt {@code attempt} at writing the question for {@code request}, asking with {@code r}; on the writer's
     * {@link QuestionWriter#writeAsync} when {@code async}, else on {@link QuestionWriter#write}, the future then
     * complete. Never completes exceptionally.
     */
    private CompletableFuture<Optional<WrittenQuestion>> written(QuestionRequest request, QuestionRequest r, int attempt,
                                                                 boolean async) {
        CompletableFuture<Optional<WrittenQuestion>> call;
        try {
            call = async ? writer.writeAsync(r) : CompletableFuture.completedFuture(writer.write(r));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        return call.handle((w, thrown) -> {
            if (thrown != null) {
                LOG.warn("question writer threw ({}); the bank stands in", thrown.toString());
                return CompletableFuture.completedFuture(Optional.<WrittenQuestion>empty());
            }
            if (w == null || w.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.<WrittenQuestion>empty());
            }
            List<String> problems = QuestionChecks.problems(r, w.get());
            if (problems.isEmpty()) {
                return CompletableFuture.completedFuture(w);
            }
            LOG.info("written question rejected ({}){}", String.join("; ", problems),
                    attempt == 1 ? "; asking once more" : "; the bank stands in");
            return attempt == 1 ? written(request, request.withRejection(w.get().text(), problems), 2, async)
                    : CompletableFuture.completedFuture(Optional.<WrittenQuestion>empty());
        }).thenCompose(Function.identity());
    }

    QuestionRequest request(Session s, int round, Difficulty d) {
        InterviewPlan plan = s.plan();
        RoundPlan rp = plan.rounds().get(round);
        String competency = competency(s, round);
        String topic = null;
        if ("topic-drill".equals(plan.preset()) && !plan.focusTopics().isEmpty()) {
            topic = plan.focusTopics().get((int) (s.count(QuestionType.MAIN) % plan.focusTopics().size()));
        }
        List<String> asked = s.turns().stream().map(t -> t.question().text()).toList();
        List<String> recent = new ArrayList<>(s.started().recentQuestionTexts());
        for (String bankId : s.started().excludedQuestionIds()) {
            bank.findById(bankId).map(BankQuestion::text).ifPresent(recent::add);
        }
        return new QuestionRequest(plan, round, rp.kind(), competency, d, topic, s.started().candidateSkills(), asked,
                recent, null, List.of());
    }

    private static Question question(Session s, int round, Difficulty difficulty, String id, WrittenQuestion w) {
        RoundPlan rp = s.plan().rounds().get(round);
        int number = (int) s.count(QuestionType.MAIN) + 1;
        QuestionSource source = w.promptVersion() == null ? QuestionSource.HOST : QuestionSource.MODEL;
        List<String> skills = w.skills();
        return new Question(id, QuestionType.MAIN, w.text().strip(), round, number, 0, null, null, rp.kind(),
                rp.categories().isEmpty() ? null : rp.categories().get(0), w.competency(), skills, difficulty,
                w.keyPoints(), w.referenceAnswer(), w.suggestedSeconds() > 0 ? w.suggestedSeconds() : 120, source,
                w.promptVersion());
    }
}
