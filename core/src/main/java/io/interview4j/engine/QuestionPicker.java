package io.interview4j.engine;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionQuery;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.InterviewTemplate;
import io.interview4j.plan.RoundPlan;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.FollowUpQuestions;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionSource;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.TagScores;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import io.interview4j.text.internal.LanguageGuess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Produces the next question: a main question from the round's presets or the bank (first one carrying a weak point
 * due again in this session, then by the round's filters, relaxed one by one when nothing matches), a follow-up from
 * the evaluation's gaps, or a question about the resume.
 */
final class QuestionPicker {

    private static final int CHOICES = 3;

    private final QuestionBank bank;

    QuestionPicker(QuestionBank bank) {
        this.bank = bank;
    }

    /** The main question for round {@code round}, or empty when the bank has nothing left for it. */
    Optional<Question> main(Session s, int round, Difficulty difficulty, String id) {
        InterviewPlan plan = s.plan();
        RoundPlan rp = plan.rounds().get(round);
        int inRound = (int) s.turns().stream()
                .filter(t -> t.question().type() == QuestionType.MAIN && t.question().round() == round).count();
        int number = (int) s.count(QuestionType.MAIN) + 1;
        String competency = rp.competencies().isEmpty() ? null : rp.competencies().get(inRound % rp.competencies().size());
        if (!rp.presetQuestions().isEmpty()) {
            if (inRound >= rp.presetQuestions().size()) {
                return Optional.empty();
            }
            BankQuestion preset = rp.presetQuestions().get(inRound);
            String version = InterviewTemplate.promptVersionOf(preset);
            boolean banked = bank.findById(preset.id()).filter(b -> b.text().equals(preset.text())).isPresent();
            QuestionSource source = version != null ? QuestionSource.MODEL : banked ? QuestionSource.BANK : QuestionSource.HOST;
            return Optional.of(fromBank(preset, id, round, number, difficulty, competency).withSource(source, version));
        }
        Set<String> excluded = new HashSet<>(s.started().excludedQuestionIds());
        s.turns().forEach(t -> {
            if (t.question().bankId() != null) {
                excluded.add(t.question().bankId());
            }
        });
        Optional<BankQuestion> revisit = revisit(s, rp, excluded, difficulty);
        if (revisit.isPresent()) {
            return Optional.of(fromBank(revisit.get(), id, round, number, difficulty, null));
        }
        List<String> preferred = new ArrayList<>(plan.focusTopics());
        preferred.addAll(s.started().candidateSkills());
        QuestionQuery query = new QuestionQuery(
                rp.categories().isEmpty() ? Set.of(rp.kind()) : Set.of(),
                Set.copyOf(rp.categories()), competency, difficulty, plan.level().label(),
                plan.role().toLowerCase(Locale.ROOT), lower(plan.company()), preferred,
                excluded, CHOICES);
        List<QuestionQuery> relaxed = List.of(query, query.withCompetency(null), query.withDifficulty(null),
                query.withCompetency(null).withDifficulty(null),
                query.withCompetency(null).withDifficulty(null).withLevel(null),
                query.withCompetency(null).withDifficulty(null).withLevel(null).withCategories(Set.of())
                        .withKinds(Set.of(rp.kind())),
                query.withCompetency(null).withDifficulty(null).withLevel(null).withCategories(Set.of())
                        .withKinds(Set.of(rp.kind())).withExcludeIds(askedBankIds(s)));
        for (QuestionQuery q : relaxed) {
            List<BankQuestion> found = bank.find(q);
            if (!found.isEmpty()) {
                BankQuestion pick = found.get(Math.floorMod((s.id() + ":" + number).hashCode(), found.size()));
                return Optional.of(fromBank(pick, id, round, number, difficulty, competency));
            }
        }
        return Optional.empty();
    }

    /**
     * A bank question carrying a weak point due in this session that no question has carried yet, from the round's
     * kinds and never one asked recently; empty when none is due, none is found, or half the session's main
     * questions (at least one) were already revisits.
     */
    private Optional<BankQuestion> revisit(Session s, RoundPlan rp, Set<String> excluded, Difficulty difficulty) {
        List<WeakPoint> due = s.started().revisitWeakPoints();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Set<String> dueTags = new HashSet<>();
        due.forEach(w -> dueTags.add(w.tag()));
        Set<String> covered = new HashSet<>();
        int revisits = 0;
        for (Turn t : s.turns()) {
            Set<String> tags = TagScores.tags(t);
            covered.addAll(tags);
            if (t.question().type() == QuestionType.MAIN && tags.stream().anyMatch(dueTags::contains)) {
                revisits++;
            }
        }
        if (revisits >= Math.max(1, s.plan().maxMainQuestions() / 2)) {
            return Optional.empty();
        }
        InterviewPlan plan = s.plan();
        for (WeakPoint w : due) {
            if (covered.contains(w.tag())) {
                continue;
            }
            QuestionQuery query = new QuestionQuery(rp.categories().isEmpty() ? Set.of(rp.kind()) : Set.of(),
                    Set.copyOf(rp.categories()), null, null, plan.level().label(), plan.role().toLowerCase(Locale.ROOT),
                    lower(plan.company()), List.of(w.tag()), excluded, 50);
            for (QuestionQuery q : List.of(query, query.withLevel(null),
                    query.withLevel(null).withCategories(Set.of()).withKinds(Set.of(rp.kind())))) {
                List<BankQuestion> tagged = bank.find(q).stream().filter(b -> carries(b, w.tag())).toList();
                if (!tagged.isEmpty()) {
                    return Optional.of(tagged.stream().filter(b -> b.difficulty() == difficulty).findFirst()
                            .orElse(tagged.get(0)));
                }
            }
        }
        return Optional.empty();
    }

    private static String lower(String company) {
        return company == null ? null : company.toLowerCase(Locale.ROOT);
    }

    private static boolean carries(BankQuestion b, String tag) {
        return (b.competency() != null && b.competency().trim().equalsIgnoreCase(tag))
                || b.skills().stream().anyMatch(x -> x.trim().equalsIgnoreCase(tag));
    }

    private static Set<String> askedBankIds(Session s) {
        Set<String> ids = new HashSet<>();
        s.turns().forEach(t -> {
            if (t.question().bankId() != null) {
                ids.add(t.question().bankId());
            }
        });
        return ids;
    }

    private static Question fromBank(BankQuestion b, String id, int round, int number, Difficulty asked, String competency) {
        String comp = competency != null ? competency : b.competency();
        return new Question(id, QuestionType.MAIN, b.text(), round, number, 0, null, b.id(), b.kind(), b.category(),
                comp, b.skills(), b.difficulty() == null ? asked : b.difficulty(), b.keyPoints(), b.referenceAnswer(),
                b.suggestedSeconds());
    }

    /** A follow-up and a note for the record on where it came from. */
    record FollowUp(Question question, String note) {
    }

    /** A candidate follow-up text, where it came from and the prompt version that wrote it. */
    private record Candidate(String text, QuestionSource source, String promptVersion, String origin) {
    }

    /**
     * A follow-up probing {@code root}: the judge's proposed text when given, else the first of the follow-ups the
     * last evaluation suggested (the model judge's 2-3 probing its gaps, or the offline scorer's) that is not a
     * near-duplicate of a question already asked, does not give away a key point of {@code root} and is in the
     * plan's language; else the bank's follow-ups for the question; else a question about an uncovered key point
     * that names its area, never its content ({@link FollowUpQuestions}); else a generic probe.
     *
     * @param last the evaluation of the answer just given (to the root or to an earlier follow-up), or {@code null}
     */
    FollowUp followUp(Session s, Turn root, Evaluation last, String proposedText, String id) {
        Question r = root.question();
        List<String> asked = s.turns().stream().map(t -> t.question().text()).toList();
        boolean byModel = last != null && last.provenance() == Provenance.MODEL;
        String version = byModel ? last.promptVersion() : null;
        List<Candidate> candidates = new ArrayList<>();
        if (proposedText != null && !proposedText.isBlank()) {
            candidates.add(new Candidate(proposedText.trim(), QuestionSource.MODEL, version, "the judge's proposed next question"));
        }
        if (last != null) {
            List<String> suggested = last.followUpQuestions();
            for (int i = 0; i < suggested.size(); i++) {
                candidates.add(new Candidate(suggested.get(i), byModel ? QuestionSource.MODEL : QuestionSource.RULE,
                        version, (byModel ? "the judge's" : "the offline scorer's") + " follow-up " + (i + 1) + " of "
                        + suggested.size()));
            }
        }
        if (r.bankId() != null) {
            bank.findById(r.bankId()).ifPresent(b -> b.followUps().forEach(f ->
                    candidates.add(new Candidate(f, QuestionSource.BANK, null, "the bank's follow-up"))));
        }
        List<String> uncovered = new ArrayList<>(r.keyPoints());
        if (last != null) {
            uncovered.removeAll(last.keyPointsCovered());
        }
        boolean behavioural = behavioural(r);
        for (String point : uncovered) {
            candidates.add(new Candidate(FollowUpQuestions.fromKeyPoint(r.text(), point, behavioural), QuestionSource.RULE,
                    null, "a rule on an uncovered key point"));
        }
        for (String generic : behavioural ? List.of(
                "Can you walk me through one concrete example, with what you did and the measurable result?",
                "What would you do differently if you faced this again, and why?")
                : List.of("Can you give a concrete example of where you would apply this?",
                "What trade-offs did you consider, and which alternative did you reject?",
                "What would you do differently if you faced this again, and why?")) {
            candidates.add(new Candidate(generic, QuestionSource.RULE, null, "a generic probe"));
        }
        int refused = 0;
        Candidate chosen = null;
        for (Candidate c : candidates) {
            boolean fromModel = c.source() == QuestionSource.MODEL;
            if (QuestionChecks.nearDuplicate(c.text(), asked) != null
                    || r.keyPoints().stream().anyMatch(p -> QuestionChecks.leaks(c.text(), p))
                    || (fromModel && LanguageGuess.mismatch(c.text(), s.plan().language()) != null)) {
                refused++;
                continue;
            }
            chosen = c;
            break;
        }
        if (chosen == null) {
            chosen = new Candidate("Is there anything you would add to your answer?", QuestionSource.RULE, null,
                    "the last-resort probe");
        }
        String note = "follow-up from " + chosen.origin() + (refused == 0 ? ""
                : "; " + refused + " earlier candidate(s) refused as a repeat, a give-away or in another language");
        int followUpNumber = (int) s.turns().stream()
                .filter(t -> r.id().equals(t.question().parentId())).count() + 1;
        Question q = new Question(id, QuestionType.FOLLOW_UP, chosen.text(), r.round(), r.number(), followUpNumber, r.id(),
                null, r.kind(), r.category(), r.competency(), r.skills(), r.difficulty(),
                uncovered.isEmpty() ? r.keyPoints() : uncovered, "", Math.max(60, r.suggestedSeconds() * 3 / 4),
                chosen.source(), chosen.promptVersion());
        return new FollowUp(q, note);
    }

    private static boolean behavioural(Question q) {
        String kind = q.kind() == null ? "" : q.kind().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "behavioral", "behavioural", "hr", "situational", "resume" -> true;
            case "technical", "dsa", "system_design", "case" -> false;
            default -> q.competency() != null;
        };
    }

    /** Areas and soft skills: a resume question asks about a concrete technology first, when the resume names one. */
    private static final Set<String> BROAD_SKILLS = Set.of("backend", "frontend", "cloud", "devops", "mobile", "embedded",
            "communication", "teamwork", "leadership", "mentoring", "ownership", "adaptability", "problem_solving",
            "time_management", "decision_making", "conflict_resolution", "customer_focus", "stakeholder_management",
            "project_management", "product_management", "strategy", "operations", "research", "consulting", "sales",
            "marketing", "finance", "hr", "agile", "clean_code", "performance", "testing", "security");

    /** A question about the resume: the proposed text when given, else one about a resume skill not yet asked. */
    Question resume(Session s, int round, String proposedText, String promptVersion, String id) {
        int number = (int) s.count(QuestionType.RESUME) + 1;
        String text = proposedText;
        boolean proposed = text != null && !text.isBlank();
        List<String> skills = new ArrayList<>(s.started().candidateSkills());
        skills.sort(Comparator.comparing(BROAD_SKILLS::contains));
        String skill = skills.isEmpty() ? "" : skills.get((number - 1) % skills.size());
        if (text == null || text.isBlank()) {
            text = skill.isEmpty()
                    ? "Pick the project on your resume you are proudest of. What was your part, what was hard, and what was the result?"
                    : "Your resume mentions " + skill.replace('_', ' ') + ". Tell me about a project where you used it: "
                    + "what problem it solved, what you did yourself, and what you would do differently.";
        }
        List<String> points = List.of("describes a specific project and the candidate's own role",
                "explains the problem and why the approach was chosen", "states a measurable result or outcome",
                "reflects on what they would do differently");
        return new Question(id, QuestionType.RESUME, text.trim(), round, number, 0, null, null, "resume", "resume",
                "experience", skill.isEmpty() ? List.of() : List.of(skill), s.difficulty(), points, "", 120,
                proposed ? QuestionSource.MODEL : QuestionSource.RULE, proposed ? promptVersion : null);
    }

}
