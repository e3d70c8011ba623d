package io.interview4j.report;

import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Readiness;
import io.interview4j.scoring.Dimension;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Scale;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent.SessionCompleted;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A candidate's sessions, the trend of comparable sessions and the badges earned, as seed 003's session history
 * shows them. Its JSON form ({@link ReportRenderers#json(History)}) carries {@code schemaVersion} like the report's.
 *
 * @param schemaVersion the JSON contract's version, {@value #SCHEMA_VERSION}
 * @param candidateId the candidate
 * @param groupKey the host's group key the history was narrowed to (seed 003's job application), or {@code null}
 *     for all of the candidate's sessions
 * @param sessions sessions, newest first
 * @param trends one trend per preset and group key with at least two scored completed sessions, on the preset's
 *     native scale; in the order of each group's latest session, newest first
 * @param badges every badge earned, each once, oldest first
 */
public record History(int schemaVersion, String candidateId, String groupKey, List<Entry> sessions, List<Trend> trends,
                      List<Badge> badges) {

    /** The version of the history's JSON contract: 2 added the seed-003 fields, per-preset trends and badges. */
    public static final int SCHEMA_VERSION = 2;

    /**
     * A change of at most this fraction of the scale's maximum (2 points on 0-100, 0.2 on 1-10) is steady; more is
     * improving or declining.
     */
    public static final double STEADY_WITHIN = 0.02;

    /** Copies. */
    public History {
        Objects.requireNonNull(candidateId, "candidateId");
        sessions = List.copyOf(sessions);
        trends = List.copyOf(trends);
        badges = List.copyOf(badges);
    }

    /**
     * One session as seed 003's history lists it.
     *
     * @param sessionId the session
     * @param preset the preset
     * @param stage the interview stage, {@code recruiter_screen} or {@code hiring_manager}, for coaching sessions;
     *     {@code null} for other presets, whose preset says what they were
     * @param groupKey the host's group key (seed 003's job application), or {@code null}
     * @param status {@code IN_PROGRESS}, {@code COMPLETED} or {@code ABANDONED}
     * @param difficulty the difficulty the session started at (seed 003's difficulty level)
     * @param startedAt ISO-8601 start
     * @param completedAt ISO-8601 completion, or {@code null} when not completed
     * @param questionsCompleted main and resume questions answered and scored (follow-ups belong to their question)
     * @param score overall 0-100 once completed, or {@code null} (in progress, abandoned, or nothing was answered)
     * @param nativeScore the same on the rubric's scale, one decimal on 1-10 and 0-100 (7.2), two on narrower scales
     *     (0.72 on 0-1), or {@code null}
     * @param nativeScale the rubric's scale, such as {@code 1-10}
     * @param readiness Ready / Almost Ready / Needs Practice once scored, by the session plan's thresholds (for
     *     sessions stored without a label, seed 003's: {@link Readiness#SEED_003}), or {@code null}
     * @param badges the badges this session awarded (seed 004), each badge listed on the first session that earned
     *     it only
     */
    public record Entry(String sessionId, String preset, String stage, String groupKey, String status, String difficulty,
                        String startedAt, String completedAt, int questionsCompleted, Double score, Double nativeScore,
                        String nativeScale, String readiness, List<String> badges) {

        /** Copies. */
        public Entry {
            badges = List.copyOf(badges);
        }
    }

    /**
     * How scores moved over comparable sessions: the same preset (and group key), on its native scale, as seed 003
     * shows it ("5.8 → 7.2, +1.4").
     *
     * @param preset the preset compared
     * @param groupKey the group key compared, or {@code null} for sessions without one
     * @param nativeScale the preset's scale, such as {@code 1-10}
     * @param sessions how many scored completed sessions were compared
     * @param firstScore the first such session's score on the native scale
     * @param latestScore the latest such session's score on the native scale
     * @param change latest minus first on the native scale
     * @param direction {@code improving} or {@code declining} when the change exceeds {@link #STEADY_WITHIN} of the
     *     scale (2 points of 100), else {@code steady}
     * @param firstSessionId the first session compared
     * @param latestSessionId the latest session compared
     * @param dimensions per-dimension change on the native scale for the dimensions both sessions scored, in the
     *     rubric's order
     */
    public record Trend(String preset, String groupKey, String nativeScale, int sessions, double firstScore,
                        double latestScore, double change, String direction, String firstSessionId,
                        String latestSessionId, List<DimensionChange> dimensions) {

        /** Copies. */
        public Trend {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * @param name the dimension
     * @param first its average on the native scale in the first session compared
     * @param latest its average in the latest session compared
     * @param change latest minus first
     */
    public record DimensionChange(String name, double first, double latest, double change) {
    }

    /**
     * A badge earned (seed 004).
     *
     * @param name such as {@code Interview Master}
     * @param sessionId the session that earned it
     * @param awardedAt ISO-8601 time that session completed
     */
    public record Badge(String name, String sessionId, String awardedAt) {
    }

    /**
     * Computes the history from sessions. Pure: the same sessions give the same history.
     *
     * @param candidateId the candidate
     * @param groupKey the group key the sessions were narrowed to, or {@code null}
     * @param sessions the candidate's sessions, any order
     * @return the history, newest first
     * @throws NullPointerException when {@code candidateId} or {@code sessions} is null
     */
    public static History of(String candidateId, String groupKey, List<Session> sessions) {
        Objects.requireNonNull(candidateId, "candidateId");
        List<Session> oldestFirst = new ArrayList<>(sessions);
        oldestFirst.sort(Comparator.comparing(Session::startedAt).thenComparing(Session::id));
        Set<String> awarded = new HashSet<>();
        List<Badge> badges = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Session s : oldestFirst) {
            List<String> mine = new ArrayList<>();
            for (String b : s.badges()) {
                if (awarded.add(b)) {
                    mine.add(b);
                    badges.add(new Badge(b, s.id(), s.completion().map(c -> c.at().toString()).orElse(null)));
                }
            }
            entries.add(entry(s, mine));
        }
        List<Trend> trends = trends(oldestFirst);
        List<Entry> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return new History(SCHEMA_VERSION, candidateId, groupKey, newestFirst, trends, badges);
    }

    private static Entry entry(Session s, List<String> badges) {
        InterviewPlan plan = s.plan();
        Scale scale = plan.rubric().scale();
        Double score = completedScore(s);
        String readiness = null;
        if (score != null) {
            String stored = s.completion().map(SessionCompleted::readiness).orElse(null);
            readiness = stored != null ? stored : Readiness.SEED_003.label(score);
        }
        int questions = (int) s.turns().stream()
                .filter(t -> t.question().type() != QuestionType.FOLLOW_UP && t.evaluation() != null && !t.skipped())
                .count();
        return new Entry(s.id(), plan.preset(), stage(plan), plan.groupKey(), s.status().name(),
                plan.startingDifficulty().label(), s.startedAt().toString(),
                s.completion().map(c -> c.at().toString()).orElse(null), questions,
                score == null ? null : round1(score), score == null ? null : nativeRound(scale, scale.fromPercent(score)),
                scaleName(scale), readiness, badges);
    }

    /** The score the completion stored; none while in progress, when abandoned, or when nothing was scored. */
    private static Double completedScore(Session s) {
        return s.status() == SessionStatus.COMPLETED ? s.completion().map(SessionCompleted::overallScore).orElse(null)
                : null;
    }

    /** Seed 003's stage for a coaching plan, from its round's name ("Hiring manager" is hiring_manager). */
    private static String stage(InterviewPlan plan) {
        if (!"coaching".equals(plan.preset()) || plan.rounds().size() != 1) {
            return null;
        }
        String name = plan.rounds().get(0).name().trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        return name.equals("recruiter_screen") || name.equals("hiring_manager") ? name : null;
    }

    private static List<Trend> trends(List<Session> oldestFirst) {
        Map<List<String>, List<Session>> groups = new LinkedHashMap<>();
        for (Session s : oldestFirst) {
            if (completedScore(s) != null) {
                groups.computeIfAbsent(java.util.Arrays.asList(s.plan().preset(), s.plan().groupKey()),
                        k -> new ArrayList<>()).add(s);
            }
        }
        List<Trend> trends = new ArrayList<>();
        for (List<Session> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Session first = group.get(0);
            Session latest = group.get(group.size() - 1);
            Scale scale = latest.plan().rubric().scale();
            double a = nativeRound(scale, scale.fromPercent(completedScore(first)));
            double b = nativeRound(scale, scale.fromPercent(completedScore(latest)));
            double change = nativeRound(scale, b - a);
            double percentChange = completedScore(latest) - completedScore(first);
            double steady = STEADY_WITHIN * 100;
            trends.add(new Trend(latest.plan().preset(), latest.plan().groupKey(), scaleName(scale), group.size(), a, b,
                    change, percentChange > steady ? "improving" : percentChange < -steady ? "declining" : "steady", first.id(),
                    latest.id(), dimensionChanges(first, latest)));
        }
        trends.sort(Comparator.comparing((Trend t) -> latestStart(oldestFirst, t.latestSessionId())).reversed());
        return trends;
    }

    private static Instant latestStart(List<Session> sessions, String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst().map(Session::startedAt).orElse(Instant.EPOCH);
    }

    private static List<DimensionChange> dimensionChanges(Session first, Session latest) {
        Map<String, Double> before = dimensionAverages(first);
        Map<String, Double> after = dimensionAverages(latest);
        Scale scale = latest.plan().rubric().scale();
        List<DimensionChange> out = new ArrayList<>();
        after.forEach((name, now) -> {
            Double was = before.get(name);
            if (was != null) {
                out.add(new DimensionChange(name, nativeRound(scale, was), nativeRound(scale, now),
                        nativeRound(scale, now - was)));
            }
        });
        return out;
    }

    /** The native average of each rubric dimension over the session's scored answers that scored it. */
    private static Map<String, Double> dimensionAverages(Session s) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Dimension d : s.plan().rubric().dimensions()) {
            double sum = 0;
            int n = 0;
            for (Turn t : s.turns()) {
                Evaluation e = t.evaluation();
                if (e != null && !t.skipped() && e.dimensions().containsKey(d.name())) {
                    sum += e.dimensions().get(d.name());
                    n++;
                }
            }
            if (n > 0) {
                out.put(d.name(), sum / n);
            }
        }
        return out;
    }

    /** "1-10", "0-1", "0-100". */
    static String scaleName(Scale scale) {
        return fmt(scale.min()) + "-" + fmt(scale.max());
    }

    /** One decimal on scales up to 10 or more (7.2 on 1-10), two on narrower ones (0.72 on 0-1, 3.45 on 0-5). */
    private static double nativeRound(Scale scale, double v) {
        return scale.max() < 10 ? Math.round(v * 100) / 100.0 : round1(v);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
