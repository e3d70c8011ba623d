package io.interview4j.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeQuestionBankTest {

    private static BankQuestion q(String id, String kind, String text) {
        return new BankQuestion(id, kind, kind, null, List.of(), List.of(), Difficulty.MEDIUM, List.of(), List.of(), text,
                List.of(), null, List.of(), 120);
    }

    private final QuestionBank acme = new InMemoryQuestionBank(List.of(q("acme-1", "technical", "Acme one"),
            q("tech-001", "technical", "Acme's own version of tech-001")));
    private final QuestionBank team = new InMemoryQuestionBank(List.of(q("team-1", "technical", "Team one"),
            q("acme-1", "technical", "Shadowed by acme")));

    @Test
    void should_list_the_first_banks_matches_before_the_next_ones_and_the_built_in_bank_last() {
        // given
        CompositeQuestionBank bank = CompositeQuestionBank.builder().add("acme", acme).add("team", team).build();

        // when
        List<BankQuestion> found = bank.find(QuestionQuery.ofKind("technical").withExcludeIds(java.util.Set.of()));

        // then
        assertThat(bank.members()).extracting(CompositeQuestionBank.Member::name)
                .containsExactly("acme", "team", CompositeQuestionBank.BUILT_IN);
        assertThat(found.subList(0, 3)).extracting(BankQuestion::id).containsExactly("acme-1", "tech-001", "team-1");
        assertThat(found).hasSize(50);
    }

    @Test
    void should_let_an_earlier_bank_shadow_a_later_question_with_the_same_id() {
        // given
        CompositeQuestionBank bank = CompositeQuestionBank.builder().add("acme", acme).add("team", team).build();

        // when / then
        assertThat(bank.findById("tech-001").orElseThrow().text()).isEqualTo("Acme's own version of tech-001");
        assertThat(bank.findById("acme-1").orElseThrow().text()).isEqualTo("Acme one");
        assertThat(bank.all()).filteredOn(x -> x.id().equals("tech-001")).singleElement()
                .extracting(BankQuestion::text).isEqualTo("Acme's own version of tech-001");
        assertThat(bank.all()).hasSize(BuiltInQuestionBank.get().all().size() + 2);
        assertThat(bank.findIn(bank.members().get(1), QuestionQuery.ofKind("technical")))
                .extracting(BankQuestion::id).containsExactly("team-1");
        assertThat(bank.find(QuestionQuery.ofKind("technical"))).extracting(BankQuestion::text)
                .doesNotContain("Shadowed by acme");
    }

    @Test
    void should_ask_only_the_hosts_banks_when_the_fallback_is_off() {
        // given
        CompositeQuestionBank bank = CompositeQuestionBank.hostOnly(acme, team);

        // when / then
        assertThat(bank.members()).extracting(CompositeQuestionBank.Member::name).containsExactly("host-1", "host-2");
        assertThat(bank.all()).extracting(BankQuestion::id).containsExactly("acme-1", "tech-001", "team-1");
        assertThat(bank.find(QuestionQuery.ofKind("behavioral"))).isEmpty();
    }

    @Test
    void should_refuse_a_composite_without_banks_or_with_two_of_one_name() {
        assertThatThrownBy(() -> CompositeQuestionBank.hostOnly()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no host bank");
        assertThatThrownBy(() -> CompositeQuestionBank.builder().add("a", acme).add("a", team).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two banks are named a");
        assertThatThrownBy(() -> CompositeQuestionBank.builder().add("built-in", acme).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("built-in");
        assertThatThrownBy(() -> CompositeQuestionBank.builder().add(" ", acme))
                .isInstanceOf(InvalidInputException.class);
        CompositeQuestionBank other = CompositeQuestionBank.hostOnly(team);
        assertThatThrownBy(() -> CompositeQuestionBank.hostOnly(acme).findIn(other.members().get(0), QuestionQuery.ofKind("technical")))
                .isInstanceOf(InvalidInputException.class);
    }
}
