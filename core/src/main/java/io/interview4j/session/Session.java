package io.interview4j.session;

import io.interview4j.Difficulty;
import io.interview4j.InterviewException;
import io.interview4j.llm.TokenUsage;
import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.OverallScoring;
import io.interview4j.session.SessionEvent.DebriefRecorded;
import io.interview4j.session.SessionEvent.QuestionFeedbackRecorded;
import io.interview4j.rules.TopicDrillRules;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.DifficultyChanged;
import io.interview4j.session.SessionEvent.QuestionAsked;
import io.interview4j.session.SessionEvent.QuestionSkipped;
import io.interview4j.session.SessionEvent.QuestionsDrawn;
import io.interview4j.session.SessionEvent.RoundAdvanced;
import io.interview4j.session.SessionEvent.SessionAbandoned;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionEvent.SessionStarted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session as the fold of its events: an immutable snapshot. Build one with {@link #replay(List)}; fold events
 * appended later onto it with {@link #with(List)}.
 */
public final class Session {

    private final SessionStarted started;
    private final List<Turn> turns;
    private final Map<String, String> keys;
    private final List<Difficulty> difficulties;
    private final SessionStatus status;
    private final int round;
    private final Difficulty difficulty;
    private final Instant endedAt;
    private final String endReason;
    private final Instant lastEventAt;
    private final long version;
    private final Map<String, QuestionFeedback> feedback;
    private final Debrief debrief;
    private final long coachEvents;
    private final SessionCompleted completion;
    private final List<Question> drawn;

    private Session(SessionStarted started, List<Turn> turns, Map<String, String> keys, List<Difficulty> difficulties,
                    SessionStatus status, int round, Difficulty difficulty, Instant endedAt, String endReason,
                    Instant lastEventAt, long version, SessionCompleted completion, Map<String, QuestionFeedback> feedback,
                    Debrief debrief, long coachEvents, List<Question> drawn) {
        this.started = started;
        this.drawn = List.copyOf(drawn);
        this.turns = List.copyOf(turns);
        this.keys = Map.copyOf(keys);
        this.difficulties = List.copyOf(difficulties);
        this.status = status;
        this.round = round;
        this.difficulty = difficulty;
        this.endedAt = endedAt;
        this.endReason = endReason;
        this.lastEventAt = lastEventAt;
        this.version = version;
        this.feedback = Map.copyOf(feedback);
        this.debrief = debrief;
        this.coachEvents = coachEvents;
        this.completion = completion;
    }

    /**
     * Folds events into a session.
     *
     * @param events the session's events in order, starting with {@link SessionStarted}
     * @return the session; its {@link #version()} is the number of events
     * @throws InterviewException when the stream does not start with {@code SessionStarted} or refers to an
     *     unknown question
     */
    public static Session replay(List<SessionEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof SessionStarted started)) {
            throw new InterviewException("a session's events must start with SessionStarted");
        }
        Session begun = new Session(started, List.of(), Map.of(), List.of(), SessionStatus.IN_PROGRESS, 0,
                started.plan().startingDifficulty(), null, null, started.at(), 1, null, Map.of(), null, 0, List.of());
        return begun.with(events.subList(1, events.size()));
    }

    /**
     * Folds events appended after this snapshot onto it, without replaying the ones it already holds.
     *
     * @param appended the events that follow this snapshot's last one, in order; may be empty
     * @return the session after them (this one when there are none); its {@link #version()} grows by their number
     * @throws InterviewException when an event is a second {@link SessionStarted} or refers to an unknown question
     */
    public Session with(List<SessionEvent> appended) {
        if (appended.isEmpty()) {
            return this;
        }
        List<Turn> turns = new ArrayList<>(this.turns);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            index.put(turns.get(i).question().id(), i);
        }
        Map<String, String> keys = new HashMap<>(this.keys);
        List<Difficulty> difficulties = new ArrayList<>(this.difficulties);
        SessionStatus status = this.status;
        int round = this.round;
        Difficulty difficulty = this.difficulty;
        Instant endedAt = this.endedAt;
        String endReason = this.endReason;
        Map<String, QuestionFeedback> feedback = new HashMap<>(this.feedback);
        Debrief debrief = this.debrief;
        long coachEvents = this.coachEvents;
        SessionCompleted completion = this.completion;
        List<Question> drawn = this.drawn;
        for (SessionEvent e : appended) {
            if (e instanceof QuestionAsked q) {
                index.put(q.question().id(), turns.size());
                turns.add(new Turn(q.question(), q.at(), null, null, null, null, null, false, null));
                difficulties.add(q.question().difficulty());
            } else if (e instanceof AnswerSubmitted a) {
                int i = indexOf(index, a.questionId());
                turns.set(i, turns.get(i).answered(a.answer(), a.at(), a.timeTakenSeconds(), a.idempotencyKey(),
                        a.delivery()));
                if (a.idempotencyKey() != null) {
                    keys.put(a.idempotencyKey(), a.questionId());
                }
            } else if (e instanceof AnswerEvaluated v) {
                int i = indexOf(index, v.questionId());
                turns.set(i, turns.get(i).evaluated(v.evaluation(), v.decision()));
            } else if (e instanceof QuestionSkipped s) {
                int i = indexOf(index, s.questionId());
                turns.set(i, turns.get(i).skippedAt(s.at(), s.idempotencyKey()));
                if (s.idempotencyKey() != null) {
                    keys.put(s.idempotencyKey(), s.questionId());
                }
            } else if (e instanceof RoundAdvanced r) {
                round = r.toRound();
            } else if (e instanceof DifficultyChanged d) {
                difficulty = d.to();
            } else if (e instanceof SessionCompleted c) {
                status = SessionStatus.COMPLETED;
                endedAt = c.at();
                endReason = c.reason().wireName();
                completion = c;
            } else if (e instanceof SessionAbandoned a) {
                status = SessionStatus.ABANDONED;
                endedAt = a.at();
                endReason = a.reason();
            } else if (e instanceof QuestionFeedbackRecorded f) {
                indexOf(index, f.questionId());
                feedback.put(f.questionId(), f.feedback());
                coachEvents++;
            } else if (e instanceof DebriefRecorded d) {
                debrief = d.debrief();
                coachEvents++;
            } else if (e instanceof QuestionsDrawn d) {
                drawn = d.questions();
            } else if (e instanceof SessionStarted) {
                throw new InterviewException("session " + started.sessionId() + " has a second SessionStarted event");
            }
        }
        Instant last = appended.get(appended.size() - 1).at();
        return new Session(started, turns, keys, difficulties, status, round, difficulty, endedAt, endReason, last,
                version + appended.size(), completion, feedback, debrief, coachEvents, drawn);
    }

    private static int indexOf(Map<String, Integer> index, String questionId) {
        Integer i = index.get(questionId);
        if (i == null) {
            throw new InterviewException("event refers to unknown question " + questionId);
        }
        return i;
    }

    /** @return the session id */
    public String id() {
        return started.sessionId();
    }

    /** @return the event that started the session */
    public SessionStarted started() {
        return started;
    }

    /** @return the plan */
    public InterviewPlan plan() {
        return started.plan();
    }

    /** @return the candidate's id */
    public String candidateId() {
        return started.candidateId();
    }

    /** @return the owning account's id */
    public String ownerId() {
        return started.ownerId();
    }

    /** @return the organisation, if any */
    public Optional<String> organisationId() {
        return Optional.ofNullable(started.organisationId());
    }

    /** @return every question asked, in order, with answers and evaluations */
    public List<Turn> turns() {
        return turns;
    }

    /**
     * @return the lifecycle state: {@link SessionStatus#CREATED} while in progress with no question asked yet (a
     *     session created with {@code InterviewEngine.create} and not yet begun)
     */
    public SessionStatus status() {
        return status == SessionStatus.IN_PROGRESS && turns.isEmpty() ? SessionStatus.CREATED : status;
    }

    /**
     * @return the main questions drawn when the session was created, in asking order, each with the id it is asked
     *     under; empty when the plan does not draw up front
     */
    public List<Question> drawnQuestions() {
        return drawn;
    }

    /**
     * @param inRound a round index
     * @return the first drawn question of that round not asked yet, if any
     */
    public Optional<Question> nextDrawn(int inRound) {
        for (Question q : drawn) {
            if (q.round() == inRound && turn(q.id()).isEmpty()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** @return the current round index, from 0 */
    public int round() {
        return round;
    }

    /** @return the difficulty the next main question is asked at */
    public Difficulty difficulty() {
        return difficulty;
    }

    /** @return the difficulty of each question asked, in order */
    public List<Difficulty> difficultyTrajectory() {
        return difficulties;
    }

    /** @return the number of events folded; the store's version of this session */
    public long version() {
        return version;
    }

    /** @return when it started */
    public Instant startedAt() {
        return started.at();
    }

    /** @return when it was completed or abandoned, if it was */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /**
     * @return why it ended: an {@link EndReason}'s wire name when completed, the caller's reason when abandoned;
     *     {@code null} while in progress and when abandoned without a reason
     */
    public String endReason() {
        return endReason;
    }

    /** @return the completion event (its stored score, readiness and badges), if the session was completed */
    public Optional<SessionCompleted> completion() {
        return Optional.ofNullable(completion);
    }

    /**
     * @return the seed 004 badges the completion awarded (each awarded once per candidate), empty while in progress
     *     or when none was awarded; for a completion stored before badges were recorded, the badge its score earns
     *     when the plan awards badges
     */
    public List<String> badges() {
        if (completion == null) {
            return List.of();
        }
        if (completion.badges() != null) {
            return completion.badges();
        }
        return plan().awardBadges() && completion.overallScore() != null
                ? TopicDrillRules.badge(completion.overallScore() / 100).stream().toList() : List.of();
    }

    /** @return when the last event happened */
    public Instant lastEventAt() {
        return lastEventAt;
    }

    /** @return the question asked and not yet answered or skipped, if any */
    public Optional<Turn> openTurn() {
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        Turn last = turns.get(turns.size() - 1);
        return last.closed() ? Optional.empty() : Optional.of(last);
    }

    /** @return the last turn answered but not yet evaluated (an evaluation interrupted by a crash), if any */
    public Optional<Turn> unevaluatedTurn() {
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        Turn last = turns.get(turns.size() - 1);
        return last.answer() != null && last.evaluation() == null ? Optional.of(last) : Optional.empty();
    }

    /**
     * @param idempotencyKey a submission key
     * @return the question the key was used for, if it was used
     */
    public Optional<String> questionForKey(String idempotencyKey) {
        return Optional.ofNullable(keys.get(idempotencyKey));
    }

    /**
     * @param questionId a question id
     * @return that question's turn, if it was asked
     */
    public Optional<Turn> turn(String questionId) {
        return turns.stream().filter(t -> t.question().id().equals(questionId)).findFirst();
    }

    /** @return the tokens spent on evaluations so far */
    public TokenUsage usage() {
        TokenUsage total = TokenUsage.NONE;
        for (Turn t : turns) {
            if (t.evaluation() != null) {
                total = total.plus(t.evaluation().usage());
            }
        }
        return total;
    }

    /**
     * @return the overall 0-100 score, if any answer was evaluated: by the plan's {@link OverallScoring}, the mean of
     *     every evaluated answer or the mean of {@link #questionScores() question scores}
     */
    public Optional<Double> overallScore() {
        if (plan().overallScoring() == OverallScoring.QUESTION_MEAN) {
            return questionScores().values().stream().mapToDouble(Double::doubleValue).average().stream().boxed().findFirst();
        }
        return turns.stream().filter(t -> t.evaluation() != null && !t.skipped())
                .mapToDouble(t -> t.evaluation().score()).average().stream().boxed().findFirst();
    }

    /**
     * @return the question-level 0-100 score of each main and resume question with an evaluated answer, by its id in
     *     the order asked: the mean of the evaluated answers to it and to its follow-ups
     */
    public Map<String, Double> questionScores() {
        Map<String, Question> byId = new HashMap<>();
        turns.forEach(t -> byId.put(t.question().id(), t.question()));
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (Turn t : turns) {
            String root = rootId(t.question(), byId);
            if (t.evaluation() != null && !t.skipped()) {
                double[] sum = sums.computeIfAbsent(root, k -> new double[2]);
                sum[0] += t.evaluation().score();
                sum[1]++;
            }
        }
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        sums.forEach((id, sum) -> out.put(id, sum[0] / sum[1]));
        return out;
    }

    /**
     * @param q a question of this session
     * @return the id of the main or resume question it belongs to: its own for a main or resume question, its
     *     parent's for a follow-up
     */
    public String rootId(Question q) {
        Map<String, Question> byId = new HashMap<>();
        turns.forEach(t -> byId.put(t.question().id(), t.question()));
        return rootId(q, byId);
    }

    private static String rootId(Question q, Map<String, Question> byId) {
        Question at = q;
        for (int guard = 0; at.type() == QuestionType.FOLLOW_UP && at.parentId() != null && guard < 100; guard++) {
            Question parent = byId.get(at.parentId());
            if (parent == null) {
                break;
            }
            at = parent;
        }
        return at.id();
    }

    /**
     * @return the feedback recorded per main question ({@link QuestionFeedbackRecorded}), by question id; feedback
     *     written in code is not recorded (it is computed when read), so a question may have none here
     */
    public Map<String, QuestionFeedback> recordedFeedback() {
        return feedback;
    }

    /** @return the debrief recorded ({@link DebriefRecorded}), if any; the code's debrief is computed when read */
    public Optional<Debrief> recordedDebrief() {
        return Optional.ofNullable(debrief);
    }

    /**
     * @return the number of feedback and debrief events folded; these are appended off the turn's path, so a turn
     *     whose append lost the race only to them may append again
     */
    public long coachEvents() {
        return coachEvents;
    }

    /**
     * @param type a question type
     * @return how many questions of that type were asked
     */
    public long count(QuestionType type) {
        return turns.stream().filter(t -> t.question().type() == type).count();
    }

    @Override
    public String toString() {
        return "Session[" + id() + ", " + status + ", " + turns.size() + " questions, version " + version + "]";
    }
}
