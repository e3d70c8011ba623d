package io.interview4j.llm;

import io.interview4j.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cap on output tokens ({@link ChatRequest#maxTokens()}) each kind of model call is sent with, so that no call
 * runs on to the server's own limit (llama.cpp's is the context window) and a reply that does not fit is reported
 * as {@link ChatResponse#truncated() truncated}. Immutable and thread-safe.
 *
 * <p>The defaults ({@link #defaults()}) leave room for a verbose model: the caps are ceilings, not targets, and a
 * reply costs only the tokens it uses.
 *
 * <table>
 *   <caption>Default output caps</caption>
 *   <tr><th>task</th><th>tokens</th></tr>
 *   <tr><td>{@link Task#JUDGE}</td><td>2048</td></tr>
 *   <tr><td>{@link Task#QUESTION_WRITING}</td><td>1024</td></tr>
 *   <tr><td>{@link Task#FEEDBACK}</td><td>1536</td></tr>
 *   <tr><td>{@link Task#DEBRIEF}</td><td>2048</td></tr>
 *   <tr><td>{@link Task#PRESET_QUESTIONS}</td><td>2048</td></tr>
 * </table>
 */
public final class OutputLimits {

    /** The kinds of model call the library makes. */
    public enum Task {
        /** Grading one answer (scores, reasons, evidence, gaps, follow-ups, a revised answer); default 2048. */
        JUDGE(2048),
        /** Writing one main question with its key points and reference answer; default 1024. */
        QUESTION_WRITING(1024),
        /** Feedback on one answer; default 1536. */
        FEEDBACK(1536),
        /** The debrief of a whole session; default 2048. */
        DEBRIEF(2048),
        /** Writing a template's preset questions in one call; default 2048. */
        PRESET_QUESTIONS(2048);

        private final int defaultMaxTokens;

        Task(int defaultMaxTokens) {
            this.defaultMaxTokens = defaultMaxTokens;
        }

        /** @return the task's default cap */
        public int defaultMaxTokens() {
            return defaultMaxTokens;
        }
    }

    private static final OutputLimits DEFAULTS = new OutputLimits(defaultMap());

    private final Map<Task, Integer> caps;

    private OutputLimits(Map<Task, Integer> caps) {
        this.caps = caps;
    }

    /** @return every task at its default cap (see the class table) */
    public static OutputLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param maxTokens the cap for every task, such as the value of {@code --max-tokens}
     * @return the same cap for every task
     * @throws InvalidInputException when it is zero or negative
     */
    public static OutputLimits uniform(int maxTokens) {
        Map<Task, Integer> caps = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            caps.put(task, positive(maxTokens));
        }
        return new OutputLimits(caps);
    }

    /**
     * @param task a task
     * @param maxTokens its cap
     * @return a copy with this task's cap replaced
     * @throws NullPointerException when the task is null
     * @throws InvalidInputException when the cap is zero or negative
     */
    public OutputLimits with(Task task, int maxTokens) {
        Objects.requireNonNull(task, "task");
        Map<Task, Integer> copy = new EnumMap<>(caps);
        copy.put(task, positive(maxTokens));
        return new OutputLimits(copy);
    }

    /**
     * @param task a task
     * @return its cap
     * @throws NullPointerException when the task is null
     */
    public int maxTokens(Task task) {
        return caps.get(Objects.requireNonNull(task, "task"));
    }

    /**
     * @param request a request for the task
     * @param task the task
     * @return the request as is when it sets its own cap, else a copy with the task's cap
     * @throws NullPointerException when an argument is null
     */
    public ChatRequest apply(ChatRequest request, Task task) {
        Objects.requireNonNull(request, "request");
        return request.maxTokens() != null ? request : request.withMaxTokens(maxTokens(task));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputLimits other && caps.equals(other.caps);
    }

    @Override
    public int hashCode() {
        return caps.hashCode();
    }

    /** @return the caps, such as {@code OutputLimits{JUDGE=2048, ...}} */
    @Override
    public String toString() {
        return "OutputLimits" + caps;
    }

    private static Map<Task, Integer> defaultMap() {
        Map<Task, Integer> caps = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            caps.put(task, task.defaultMaxTokens());
        }
        return caps;
    }

    private static int positive(int maxTokens) {
        if (maxTokens <= 0) {
            throw new InvalidInputException("an output cap must be positive, was " + maxTokens);
        }
        return maxTokens;
    }
}
