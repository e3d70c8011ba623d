package io.interview4j.engine;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionQuery;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.TagScores;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
            return Optional.of(fromBank(rp.presetQuestions().get(inRound), id, round, number, difficulty, competency));
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

    /**
     * A follow-up probing {@code root}: the proposed text when given, else the first suggested follow-up not yet
     * asked (from the evaluation, then the bank), else a question about the first uncovered key point.
     */
    Question followUp(Session s, Turn root, Evaluation last, String proposedText, String id) {
        Question r = root.question();
        Set<String> asked = new HashSet<>();
        s.turns().forEach(t -> asked.add(norm(t.question().text())));
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        if (proposedText != null && !proposedText.isBlank()) {
            candidates.add(proposedText.trim());
        }
        if (last != null) {
            candidates.addAll(last.followUpQuestions());
        }
        if (r.bankId() != null) {
            bank.findById(r.bankId()).ifPresent(b -> candidates.addAll(b.followUps()));
        }
        List<String> uncovered = new ArrayList<>(r.keyPoints());
        if (last != null) {
            uncovered.removeAll(last.keyPointsCovered());
        }
        for (String point : uncovered) {
            candidates.add("You did not touch on this yet: " + point + ". How does it apply to your answer?");
        }
        candidates.add("Can you walk me through one concrete example, with what you did and the measurable result?");
        candidates.add("What would you do differently if you faced this again, and why?");
        candidates.add("What trade-offs did you consider, and which alternative did you reject?");
        String text = candidates.stream().filter(c -> !asked.contains(norm(c))).findFirst()
                .orElse("Is there anything you would add to your answer?");
        int followUpNumber = (int) s.turns().stream()
                .filter(t -> r.id().equals(t.question().parentId())).count() + 1;
        return new Question(id, QuestionType.FOLLOW_UP, text, r.round(), r.number(), followUpNumber, r.id(), null,
                r.kind(), r.category(), r.competency(), r.skills(), r.difficulty(), uncovered.isEmpty() ? r.keyPoints() : uncovered,
                "", Math.max(60, r.suggestedSeconds() * 3 / 4));
    }

    /** Areas and soft skills: a resume question asks about a concrete technology first, when the resume names one. */
    private static final Set<String> BROAD_SKILLS = Set.of("backend", "frontend", "cloud", "devops", "mobile", "embedded",
            "communication", "teamwork", "leadership", "mentoring", "ownership", "adaptability", "problem_solving",
            "time_management", "decision_making", "conflict_resolution", "customer_focus", "stakeholder_management",
            "project_management", "product_management", "strategy", "operations", "research", "consulting", "sales",
            "marketing", "finance", "hr", "agile", "clean_code", "performance", "testing", "security");

    /** A question about the resume: the proposed text when given, else one about a resume skill not yet asked. */
    Question resume(Session s, int round, String proposedText, String id) {
        int number = (int) s.count(QuestionType.RESUME) + 1;
        String text = proposedText;
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
                "experience", skill.isEmpty() ? List.of() : List.of(skill), s.difficulty(), points, "", 120);
    }

    private static String norm(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
