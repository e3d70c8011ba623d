package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.OutputLimits.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-task output caps: defaults, overrides, and a request's own cap winning. */
class OutputLimitsTest {

    private static final ChatRequest REQUEST = ChatRequest.of(List.of(ChatMessage.user("Grade this.")));

    @Test
    void should_give_every_task_its_documented_default() {
        OutputLimits limits = OutputLimits.defaults();

        assertThat(limits.maxTokens(Task.JUDGE)).isEqualTo(2048);
        assertThat(limits.maxTokens(Task.QUESTION_WRITING)).isEqualTo(1024);
        assertThat(limits.maxTokens(Task.FEEDBACK)).isEqualTo(1536);
        assertThat(limits.maxTokens(Task.DEBRIEF)).isEqualTo(2048);
        assertThat(limits.maxTokens(Task.PRESET_QUESTIONS)).isEqualTo(2048);
    }

    @Test
    void should_set_the_tasks_cap_on_a_request_that_has_none_and_keep_a_requests_own() {
        OutputLimits limits = OutputLimits.defaults().with(Task.JUDGE, 900);

        assertThat(limits.apply(REQUEST, Task.JUDGE).maxTokens()).isEqualTo(900);
        assertThat(limits.apply(REQUEST.withMaxTokens(300), Task.JUDGE).maxTokens()).isEqualTo(300);
        assertThat(limits.maxTokens(Task.FEEDBACK)).isEqualTo(1536);
        assertThat(OutputLimits.defaults().maxTokens(Task.JUDGE)).isEqualTo(2048);
    }

    @Test
    void should_give_every_task_the_same_cap_when_uniform() {
        OutputLimits limits = OutputLimits.uniform(4000);

        for (Task task : Task.values()) {
            assertThat(limits.maxTokens(task)).as(task.name()).isEqualTo(4000);
        }
        assertThat(limits).isEqualTo(OutputLimits.uniform(4000)).isNotEqualTo(OutputLimits.defaults());
    }

    @Test
    void should_refuse_a_cap_that_is_not_positive() {
        assertThatThrownBy(() -> OutputLimits.uniform(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> OutputLimits.defaults().with(Task.JUDGE, -5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> REQUEST.withMaxTokens(0)).isInstanceOf(InvalidInputException.class);
    }
}
