package io.interview4j.bank;

import io.interview4j.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Several banks asked in order: a host's own banks first and, unless the host turns it off, the
 * {@link BuiltInQuestionBank built-in bank} as the fallback. A question of an earlier bank shadows a question with
 * the same id in a later one everywhere ({@link #find}, {@link #findById}, {@link #all}), so a host replaces a
 * built-in question by reusing its id.
 *
 * <p>{@link #find} lists the first bank's matches, then the next bank's, and so on, each bank ranking its own.
 * The engine's picker goes further: it takes the question nearest the wanted difficulty from the first bank that
 * has one for the round, and only then falls back to the next bank (see {@link #members()}); each question it asks
 * records which bank it came from.
 *
 * <p>Shadowing asks each earlier bank for the ids of a later bank's matches ({@link QuestionBank#findById}), so a
 * slow bank (a database) is best placed last, or loaded into an {@link InMemoryQuestionBank} first. Thread-safe when
 * its banks are.
 */
public final class CompositeQuestionBank implements QuestionBank {

    /** The name the built-in fallback goes by in pick reasons: {@value}. */
    public static final String BUILT_IN = "built-in";

    /**
     * One bank of the composite.
     *
     * @param name how pick reasons and logs name it, such as {@code acme} or {@value #BUILT_IN}; unique in the
     *     composite
     * @param bank the bank
     */
    public record Member(String name, QuestionBank bank) {

        /**
         * @throws NullPointerException when the name or the bank is null
         * @throws InvalidInputException when the name is blank
         */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bank, "bank");
            if (name.isBlank()) {
                throw new InvalidInputException("a bank's name must not be blank");
            }
            name = name.strip();
        }
    }

    private final List<Member> members;

    private CompositeQuestionBank(List<Member> members) {
        this.members = List.copyOf(members);
    }

    /**
     * The host's banks first, in the order given (named {@code host-1}, {@code host-2}, ...), then the built-in bank.
     *
     * @param hostBanks the host's banks, most preferred first; may be empty (then only the built-in bank answers)
     * @return the composite
     * @throws NullPointerException when a bank is null
     */
    public static CompositeQuestionBank withBuiltInFallback(QuestionBank... hostBanks) {
        Builder b = builder();
        for (int i = 0; i < hostBanks.length; i++) {
            b.add("host-" + (i + 1), hostBanks[i]);
        }
        return b.build();
    }

    /**
     * Only the host's banks, in the order given (named {@code host-1}, {@code host-2}, ...): the built-in bank is
     * never asked.
     *
     * @param hostBanks the host's banks, most preferred first, at least one
     * @return the composite
     * @throws NullPointerException when a bank is null
     * @throws IllegalStateException when no bank is given
     */
    public static CompositeQuestionBank hostOnly(QuestionBank... hostBanks) {
        Builder b = builder().builtInFallback(false);
        for (int i = 0; i < hostBanks.length; i++) {
            b.add("host-" + (i + 1), hostBanks[i]);
        }
        return b.build();
    }

    /** @return a builder: no host banks yet, the built-in fallback on */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the banks in the order they are asked, the built-in fallback (named {@value #BUILT_IN}) last when it
     *     is on
     */
    public List<Member> members() {
        return members;
    }

    /**
     * One member's matches, less those an earlier member shadows (holds a question with the same id).
     *
     * @param member one of {@link #members()}
     * @param query the query
     * @return the member's matches, best first, at most {@code query.limit()}
     * @throws InvalidInputException when {@code member} is not one of this composite's members
     */
    public List<BankQuestion> findIn(Member member, QuestionQuery query) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(query, "query");
        int index = members.indexOf(member);
        if (index < 0) {
            throw new InvalidInputException("bank " + member.name() + " is not a member of this composite");
        }
        List<BankQuestion> found = member.bank().find(query);
        if (index == 0) {
            return found;
        }
        List<BankQuestion> kept = new ArrayList<>();
        for (BankQuestion q : found) {
            if (!shadowed(q.id(), index)) {
                kept.add(q);
            }
        }
        return kept;
    }

    @Override
    public List<BankQuestion> find(QuestionQuery query) {
        Objects.requireNonNull(query, "query");
        List<BankQuestion> out = new ArrayList<>();
        for (Member m : members) {
            for (BankQuestion q : findIn(m, query)) {
                if (out.size() == query.limit()) {
                    return List.copyOf(out);
                }
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<BankQuestion> findById(String id) {
        Objects.requireNonNull(id, "id");
        for (Member m : members) {
            Optional<BankQuestion> q = m.bank().findById(id);
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<BankQuestion> all() {
        Map<String, BankQuestion> byId = new LinkedHashMap<>();
        for (Member m : members) {
            m.bank().all().forEach(q -> byId.putIfAbsent(q.id(), q));
        }
        return List.copyOf(byId.values());
    }

    private boolean shadowed(String id, int index) {
        for (int i = 0; i < index; i++) {
            if (members.get(i).bank().findById(id).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "CompositeQuestionBank" + members.stream().map(Member::name).toList();
    }

    /**
     * Builds a {@link CompositeQuestionBank}: host banks in preference order, then the built-in bank unless
     * {@link #builtInFallback(boolean)} turns it off. Not thread-safe.
     */
    public static final class Builder {
        private final List<Member> hosts = new ArrayList<>();
        private boolean builtIn = true;

        private Builder() {
        }

        /**
         * Adds a host bank after those added before.
         *
         * @param name how pick reasons name it, such as {@code acme}; unique, and not {@value #BUILT_IN}
         * @param bank the bank
         * @return this
         * @throws NullPointerException when the name or the bank is null
         * @throws InvalidInputException when the name is blank
         */
        public Builder add(String name, QuestionBank bank) {
            hosts.add(new Member(name, bank));
            return this;
        }

        /**
         * @param on whether the built-in bank answers after the host's banks; default true
         * @return this
         */
        public Builder builtInFallback(boolean on) {
            builtIn = on;
            return this;
        }

        /**
         * @return the composite
         * @throws IllegalStateException when it would hold no bank (no host bank and no fallback), or when two
         *     banks share a name or a host bank is named {@value #BUILT_IN}
         */
        public CompositeQuestionBank build() {
            List<Member> all = new ArrayList<>(hosts);
            if (builtIn) {
                all.add(new Member(BUILT_IN, BuiltInQuestionBank.get()));
            }
            if (all.isEmpty()) {
                throw new IllegalStateException("CompositeQuestionBank: no host bank added and the built-in fallback is off");
            }
            Set<String> names = new HashSet<>();
            for (Member m : all) {
                if (!names.add(m.name())) {
                    throw new IllegalStateException("CompositeQuestionBank: two banks are named " + m.name());
                }
            }
            return new CompositeQuestionBank(all);
        }
    }
}
