package io.interview4j.engine;

import io.interview4j.Difficulty;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.CompositeQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionQuery;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.InterviewTemplate;
import io.interview4j.plan.RoundPlan;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.FollowUpQuestions;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.PickReason;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionSource;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.TagScores;
import io.interview4j.session.Turn;
import io.interview4j.session.WeakPoint;
import io.interview4j.text.internal.LanguageGuess;
import io.interview4j.text.internal.SkillVocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces the next question: a main question from the round's presets or the bank (first one carrying a weak point
 * due again in this session, then ranked by {@link #ranked}: the host's banks before a fallback, wanted skills,
 * nearest difficulty), recording why it was picked; a follow-up from the evaluation's gaps; or a question about the
 * resume.
 */
final class QuestionPicker {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionPicker.class);
    private static final int CHOICES = 3;
    private static final int WANTED_SKILLS = 12;
    /** How many candidates one bank query returns for ranking: more than a round could use. */
    private static final int SCAN = 1000;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private final QuestionBank bank;
    private final List<CompositeQuestionBank.Member> members;
    /** Skills of job descriptions by text: every pick asks for them, and many sessions share one description. */
    private final Map<String, List<String>> jobSkills = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 64;
        }
    });

    QuestionPicker(QuestionBank bank) {
        this.bank = bank;
        this.members = bank instanceof CompositeQuestionBank c ? c.members()
                : List.of(new CompositeQuestionBank.Member(bank == BuiltInQuestionBank.get()
                        ? CompositeQuestionBank.BUILT_IN : "bank", bank));
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
            PickReason why = new PickReason(PickReason.Basis.PRESET, "preset", rp.kind(), rp.categories(), competency,
                    List.of(), difficulty, List.of(), true, preset.difficulty() == difficulty, List.of(),
                    "preset question " + (inRound + 1) + " of " + rp.presetQuestions().size() + " of round " + rp.name());
            return Optional.of(logged(s.id(), fromBank(preset, id, round, number, difficulty, competency, why)
                    .withSource(source, version)));
        }
        Set<String> asked = askedBankIds(s);
        Set<String> excluded = new HashSet<>(s.started().excludedQuestionIds());
        excluded.addAll(asked);
        Optional<BankQuestion> revisit = revisit(s, rp, excluded, difficulty);
        if (revisit.isPresent()) {
            BankQuestion b = revisit.get();
            List<String> tags = s.started().revisitWeakPoints().stream().map(WeakPoint::tag).filter(t -> carries(b, t)).toList();
            PickReason why = new PickReason(PickReason.Basis.WEAK_POINT, bankName(b.id()), rp.kind(), rp.categories(),
                    null, tags, difficulty, tags, true, b.difficulty() == difficulty, List.of(),
                    "revisits weak point " + String.join(", ", tags) + " of an earlier session, from bank " + bankName(b.id()));
            return Optional.of(logged(s.id(), fromBank(b, id, round, number, difficulty, null, why)));
        }
        return ranked(plan, s.started().candidateSkills(), rp, competency, difficulty, excluded, asked, s.id() + ":" + number)
                .map(p -> logged(s.id(), fromBank(p.question(), id, round, number, difficulty, competency, p.why())));
    }

    /** A bank question and why it was picked. */
    record Picked(BankQuestion question, PickReason why) {
    }

    /**
     * Ranks the bank's questions for a round: from each bank in turn (a composite's members in order), the round's
     * kind and categories at the candidate's level, else at any level; the first bank with any such question gives
     * it, so a host's questions always count before a fallback bank's. Only when no bank has one does the round's
     * kind in any category do, again bank by bank. Within a
     * bank: a question carrying a wanted skill within one step of the wanted difficulty first, then one at the
     * wanted difficulty, then the nearest difficulty; ties go to the wanted competency, then to more wanted skills,
     * then to the bank's own rank (company first). One of the best {@value #CHOICES} is taken, by {@code seed}. Only
     * when no bank has one are questions asked in the candidate's recent sessions allowed again.
     */
    Optional<Picked> ranked(InterviewPlan plan, List<String> resumeSkills, RoundPlan rp, String competency,
                            Difficulty difficulty, Set<String> excluded, Set<String> askedInSession, String seed) {
        List<String> wanted = wantedSkills(plan, resumeSkills);
        QuestionQuery query = new QuestionQuery(rp.categories().isEmpty() ? Set.of(rp.kind()) : Set.of(),
                Set.copyOf(rp.categories()), null, null, plan.level().label(), plan.role().toLowerCase(Locale.ROOT),
                lower(plan.company()), wanted, excluded, SCAN);
        QuestionQuery anyLevel = query.withLevel(null);
        QuestionQuery anyCategory = anyLevel.withCategories(Set.of()).withKinds(Set.of(rp.kind()));
        for (CompositeQuestionBank.Member member : members) {
            List<BankQuestion> found = find(member, query);
            List<String> relaxed = List.of();
            if (found.isEmpty()) {
                found = find(member, anyLevel);
                relaxed = List.of("level");
            }
            if (!found.isEmpty()) {
                return Optional.of(choose(found, member.name(), rp, competency, wanted, difficulty, relaxed, seed));
            }
        }
        List<QuestionQuery> last = List.of(anyCategory, anyCategory.withExcludeIds(askedInSession));
        List<List<String>> relaxedAt = List.of(List.of("level", "category"), List.of("level", "category", "recently asked"));
        for (int i = 0; i < last.size(); i++) {
            for (CompositeQuestionBank.Member member : members) {
                List<BankQuestion> found = find(member, last.get(i));
                if (!found.isEmpty()) {
                    return Optional.of(choose(found, member.name(), rp, competency, wanted, difficulty, relaxedAt.get(i), seed));
                }
            }
        }
        return Optional.empty();
    }

    private Picked choose(List<BankQuestion> found, String bankName, RoundPlan rp, String competency, List<String> wanted,
                          Difficulty difficulty, List<String> relaxed, String seed) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            BankQuestion b = found.get(i);
            List<String> matched = new ArrayList<>();
            int weight = 0;
            for (String skill : wanted) {
                int m = skillMatch(b, skill);
                if (m > 0) {
                    matched.add(skill);
                    weight += m;
                }
            }
            int distance = Math.abs(b.difficulty().ordinal() - difficulty.ordinal());
            boolean competencyMatched = competency == null || competency.equals(b.competency());
            ranked.add(new Ranked(b, matched, competencyMatched ? 0 : 1, 2 * distance + (matched.isEmpty() ? 3 : 0), weight, i));
        }
        ranked.sort(Comparator.comparingInt(Ranked::tier).thenComparingInt(Ranked::competencyMiss)
                .thenComparingInt(r -> -r.weight()).thenComparingInt(Ranked::index));
        Ranked best = ranked.get(0);
        List<Ranked> choices = ranked.stream().filter(r -> r.competencyMiss() == best.competencyMiss() && r.tier() == best.tier())
                .limit(CHOICES).toList();
        Ranked pick = choices.get(Math.floorMod(seed.hashCode(), choices.size()));
        BankQuestion b = pick.question();
        boolean competencyMatched = pick.competencyMiss() == 0;
        boolean difficultyMatched = b.difficulty() == difficulty;
        StringBuilder why = new StringBuilder("from bank ").append(bankName).append(": wanted ").append(rp.kind());
        if (!rp.categories().isEmpty()) {
            why.append(" (").append(String.join(", ", rp.categories())).append(')');
        }
        why.append(" at ").append(difficulty.label());
        if (competency != null) {
            why.append(", competency ").append(competency);
        }
        if (!wanted.isEmpty()) {
            why.append(", skills ").append(String.join(", ", wanted));
        }
        why.append("; got ").append(b.difficulty().label()).append(difficultyMatched ? "" : " (the nearest it had)");
        why.append(pick.matched().isEmpty() ? (wanted.isEmpty() ? "" : ", no wanted skill")
                : ", matching " + String.join(", ", pick.matched()));
        if (competency != null && !competencyMatched) {
            why.append(", another competency");
        }
        if (!relaxed.isEmpty()) {
            why.append(", relaxed ").append(String.join(", ", relaxed));
        }
        return new Picked(b, new PickReason(PickReason.Basis.RANKED, bankName, rp.kind(), rp.categories(), competency,
                wanted, difficulty, pick.matched(), competencyMatched, difficultyMatched, relaxed, why.toString()));
    }

    /** A candidate with its rank keys, lower first. */
    private record Ranked(BankQuestion question, List<String> matched, int competencyMiss, int tier, int weight, int index) {
    }

    /**
     * 2 when the question carries the skill's tag, 1 when it carries a tag the skill vocabulary counts as the same
     * skill (such as {@code kafka} for {@code messaging}), else 0.
     */
    private static int skillMatch(BankQuestion b, String skill) {
        String wanted = tag(skill);
        String family = family(wanted);
        int best = 0;
        for (String s : b.skills()) {
            String t = tag(s);
            if (t.equals(wanted)) {
                return 2;
            }
            if (family(t).equals(family)) {
                best = 1;
            }
        }
        return best;
    }

    /**
     * The skills that rank questions, each once, at most {@value #WANTED_SKILLS}: the plan's focus topics, then the
     * job description's skills (most mentioned first), then the resume's.
     */
    List<String> wantedSkills(InterviewPlan plan, List<String> resumeSkills) {
        Map<String, String> byTag = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(plan.focusTopics());
        if (plan.jobDescription() != null) {
            all.addAll(jobSkills.computeIfAbsent(plan.jobDescription(), SkillVocabulary.builtIn()::extract));
        }
        all.addAll(resumeSkills);
        for (String skill : all) {
            if (byTag.size() < WANTED_SKILLS && !skill.isBlank()) {
                byTag.putIfAbsent(tag(skill), skill.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(byTag.values());
    }

    private List<BankQuestion> find(CompositeQuestionBank.Member member, QuestionQuery query) {
        return bank instanceof CompositeQuestionBank c ? c.findIn(member, query) : member.bank().find(query);
    }

    private String bankName(String bankId) {
        for (CompositeQuestionBank.Member m : members) {
            if (m.bank().findById(bankId).isPresent()) {
                return m.name();
            }
        }
        return members.get(0).name();
    }

    private static Question logged(String sessionId, Question q) {
        if (LOG.isDebugEnabled() && q.pick() != null) {
            LOG.debug("session {}: {} is bank question {}: {}", sessionId, q.label(), q.bankId(), q.pick().summary());
        }
        return q;
    }

    /** A skill as a tag: lowercase, runs of spaces, hyphens and underscores as one underscore. */
    private static String tag(String skill) {
        return SEPARATORS.matcher(skill.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /** The skill vocabulary's tag for a tag or one of its aliases, else the tag itself. */
    private static String family(String tag) {
        return Families.BY_ALIAS.getOrDefault(tag, tag);
    }

    /** Aliases of the built-in skill vocabulary, as tags, to their skill's tag; loaded on first use. */
    private static final class Families {
        static final Map<String, String> BY_ALIAS = load();

        private static Map<String, String> load() {
            Map<String, String> byAlias = new HashMap<>();
            SkillVocabulary v = SkillVocabulary.builtIn();
            for (String t : v.tags()) {
                byAlias.put(tag(t), tag(t));
                v.aliases(t).forEach(a -> byAlias.putIfAbsent(tag(a), tag(t)));
            }
            return Map.copyOf(byAlias);
        }
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

    private static Question fromBank(BankQuestion b, String id, int round, int number, Difficulty asked, String competency,
                                     PickReason why) {
        String comp = competency != null ? competency : b.competency();
        return new Question(id, QuestionType.MAIN, b.text(), round, number, 0, null, b.id(), b.kind(), b.category(),
                comp, b.skills(), b.difficulty() == null ? asked : b.difficulty(), b.keyPoints(), b.referenceAnswer(),
                b.suggestedSeconds(), null, null, why);
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
