package io.interview4j.bank;

import io.interview4j.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A question bank over a fixed list, filtering and ranking in memory. It is the reference implementation of
 * the {@link QuestionBank} contract; file and built-in banks load into it.
 */
public final class InMemoryQuestionBank implements QuestionBank {

    private final Map<String, BankQuestion> byId = new LinkedHashMap<>();

    /**
     * @param questions the questions, with unique ids
     * @throws InvalidInputException naming a duplicated id
     */
    public InMemoryQuestionBank(List<BankQuestion> questions) {
        for (BankQuestion q : questions) {
            if (byId.putIfAbsent(q.id(), q) != null) {
                throw new InvalidInputException("duplicate question id: " + q.id());
            }
        }
    }

    @Override
    public List<BankQuestion> find(QuestionQuery query) {
        List<BankQuestion> matches = new ArrayList<>();
        for (BankQuestion q : byId.values()) {
            if (matches(q, query)) {
                matches.add(q);
            }
        }
        Set<String> preferred = new HashSet<>();
        query.preferredSkills().forEach(s -> preferred.add(s.toLowerCase(Locale.ROOT)));
        String company = query.company() == null ? null : query.company().toLowerCase(Locale.ROOT).trim();
        Comparator<BankQuestion> rank = Comparator
                .comparingInt((BankQuestion q) -> company != null && q.companies().contains(company) ? 0 : 1)
                .thenComparingInt(q -> -(int) q.skills().stream().filter(preferred::contains).count());
        matches.sort(rank);
        return List.copyOf(matches.subList(0, Math.min(query.limit(), matches.size())));
    }

    private static boolean matches(BankQuestion q, QuestionQuery query) {
        if (query.excludeIds().contains(q.id())) {
            return false;
        }
        if (!query.kinds().isEmpty() && !query.kinds().contains(q.kind())) {
            return false;
        }
        if (!query.categories().isEmpty() && !query.categories().contains(q.category())) {
            return false;
        }
        if (query.competency() != null && !query.competency().equals(q.competency())) {
            return false;
        }
        if (query.difficulty() != null && query.difficulty() != q.difficulty()) {
            return false;
        }
        if (query.level() != null && !q.levels().isEmpty() && !q.levels().contains(query.level())) {
            return false;
        }
        return query.role() == null || q.roles().isEmpty() || q.roles().contains(query.role().toLowerCase(Locale.ROOT).trim());
    }

    @Override
    public Optional<BankQuestion> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<BankQuestion> all() {
        return List.copyOf(byId.values());
    }
}
