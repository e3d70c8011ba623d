package io.interview4j.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.QuotaExceededException;
import io.interview4j.testkit.ScriptedLanguageModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackLanguageModelTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("hello")));

    @Test
    void should_answer_from_first_member_when_it_succeeds() {
        // given
        ScriptedLanguageModel openrouter = new ScriptedLanguageModel("openrouter").reply("a");
        ScriptedLanguageModel gemini = new ScriptedLanguageModel("gemini").reply("b");

        // when
        ChatResponse response = FallbackLanguageModel.of(openrouter, gemini).chat(REQUEST);

        // then
        assertThat(response.text()).isEqualTo("a");
        assertThat(response.provider()).isEqualTo("openrouter");
        assertThat(gemini.requests()).isEmpty();
    }

    @Test
    void should_move_on_in_order_when_members_refuse_for_good() {
        // given
        ScriptedLanguageModel openrouter = new ScriptedLanguageModel("openrouter")
                .fail(new QuotaExceededException("credits", "openrouter", 402, false, null, null, null));
        ScriptedLanguageModel gemini = new ScriptedLanguageModel("gemini")
                .fail(new ModelAuthenticationException("bad key", "gemini", 400, false, null, null, null));
        ScriptedLanguageModel groq = new ScriptedLanguageModel("groq").reply("from groq");

        // when
        ChatResponse response = FallbackLanguageModel.of(List.of(openrouter, gemini, groq)).chat(REQUEST);

        // then
        assertThat(response.provider()).isEqualTo("groq");
        assertThat(response.text()).isEqualTo("from groq");
        assertThat(openrouter.requests()).hasSize(1);
        assertThat(gemini.requests()).hasSize(1);
    }

    @Test
    void should_move_on_after_retries_are_exhausted_when_members_retry() {
        // given
        List<Duration> sleeps = new ArrayList<>();
        ModelUnavailableException overloaded = new ModelUnavailableException("529", "anthropic", 529, true, "overloaded_error", null, null);
        ScriptedLanguageModel anthropic = new ScriptedLanguageModel("anthropic").fail(overloaded).fail(overloaded).fail(overloaded);
        ScriptedLanguageModel openai = new ScriptedLanguageModel("openai").reply("ok");
        LanguageModel chain = FallbackLanguageModel.of(
                RetryingLanguageModel.builder(anthropic).sleeper(sleeps::add).random(() -> 0).build(),
                RetryingLanguageModel.builder(openai).sleeper(sleeps::add).random(() -> 0).build());

        // when
        ChatResponse response = chain.chat(REQUEST);

        // then
        assertThat(anthropic.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(response.provider()).isEqualTo("openai");
    }

    @Test
    void should_throw_last_failure_with_earlier_ones_suppressed_when_all_fail() {
        // given
        ModelUnavailableException first = new ModelUnavailableException("first", "a", 503, true, null, null, null);
        ModelAuthenticationException last = new ModelAuthenticationException("last", "b", 401, false, null, null, null);
        FallbackLanguageModel chain = FallbackLanguageModel.of(new ScriptedLanguageModel("a").fail(first),
                new ScriptedLanguageModel("b").fail(last));

        // then
        assertThatThrownBy(() -> chain.chat(REQUEST)).isSameAs(last).satisfies(e -> assertThat(e.getSuppressed()).containsExactly(first));
    }

    @Test
    void should_throw_at_once_when_predicate_rejects_failure() {
        // given
        ModelException bad = new ModelException("400", 400, false, null);
        ScriptedLanguageModel second = new ScriptedLanguageModel("b").reply("never");
        FallbackLanguageModel chain = FallbackLanguageModel.builder()
                .members(List.of(new ScriptedLanguageModel("a").fail(bad), second))
                .fallBackOn(ModelException::retriable).build();

        // then
        assertThatThrownBy(() -> chain.chat(REQUEST)).isSameAs(bad);
        assertThat(second.requests()).isEmpty();
    }

    @Test
    void should_not_catch_programming_errors_when_a_member_throws_one() {
        // given
        ScriptedLanguageModel second = new ScriptedLanguageModel("b").reply("never");
        FallbackLanguageModel chain = FallbackLanguageModel.of(new ScriptedLanguageModel("a").fail(new IllegalStateException("bug")), second);

        // then
        assertThatThrownBy(() -> chain.chat(REQUEST)).isInstanceOf(IllegalStateException.class);
        assertThat(second.requests()).isEmpty();
    }

    @Test
    void should_name_member_when_response_names_no_provider() {
        // given
        LanguageModel anonymous = new LanguageModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse("x", null, null, null, null);
            }

            @Override
            public String provider() {
                return "local";
            }
        };

        // when
        ChatResponse response = FallbackLanguageModel.of(anonymous).chat(REQUEST);

        // then
        assertThat(response.provider()).isEqualTo("local");
    }

    @Test
    void should_describe_members_and_reject_empty_list_when_built() {
        // then
        assertThat(FallbackLanguageModel.of(new ScriptedLanguageModel("a"), new ScriptedLanguageModel("b")).provider())
                .isEqualTo("fallback(a,b)");
        assertThatThrownBy(() -> FallbackLanguageModel.of(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FallbackLanguageModel.builder().build()).isInstanceOf(IllegalStateException.class);
    }
}
