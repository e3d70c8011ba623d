package io.interview4j.testkit;

import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A language model that plays a script, for tests: each call takes the next scripted step (a reply text, a
 * failure, or a function of the request) and records the request. Thread-safe. When the script runs out the
 * call fails with a non-retriable {@link ModelException}, or uses the fallback step if one was set.
 */
public final class ScriptedLanguageModel implements LanguageModel {

    private final Deque<Function<ChatRequest, ChatResponse>> steps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();
    private Function<ChatRequest, ChatResponse> whenEmpty;
    private final String provider;

    /** A model named {@code scripted}. */
    public ScriptedLanguageModel() {
        this("scripted");
    }

    /** @param provider the provider name reported in responses */
    public ScriptedLanguageModel(String provider) {
        this.provider = provider;
    }

    /**
     * @param text the reply
     * @return this, for chaining
     */
    public synchronized ScriptedLanguageModel reply(String text) {
        steps.add(r -> response(text, r));
        return this;
    }

    /**
     * @param text the reply, cut off by the output cap: its finish reason is {@link ChatResponse.FinishReason#LENGTH}
     *     ({@link ChatResponse#truncated()})
     * @return this, for chaining
     */
    public synchronized ScriptedLanguageModel truncated(String text) {
        steps.add(r -> response(text, r, ChatResponse.FinishReason.LENGTH));
        return this;
    }

    /**
     * @param failure the exception the call throws
     * @return this, for chaining
     */
    public synchronized ScriptedLanguageModel fail(RuntimeException failure) {
        steps.add(r -> {
            throw failure;
        });
        return this;
    }

    /**
     * @param step computes the reply from the request
     * @return this, for chaining
     */
    public synchronized ScriptedLanguageModel answer(Function<ChatRequest, String> step) {
        steps.add(r -> response(step.apply(r), r));
        return this;
    }

    /**
     * @param step computes the reply from the request whenever the script is used up; default none (fail)
     * @return this, for chaining
     */
    public synchronized ScriptedLanguageModel otherwise(Function<ChatRequest, String> step) {
        whenEmpty = r -> response(step.apply(r), r);
        return this;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Function<ChatRequest, ChatResponse> step;
        synchronized (this) {
            requests.add(request);
            step = steps.isEmpty() ? whenEmpty : steps.poll();
        }
        if (step == null) {
            throw new ModelException("scripted model: script used up after " + requests().size() + " calls", 0, false, null);
        }
        return step.apply(request);
    }

    @Override
    public String provider() {
        return provider;
    }

    /** @return the requests received so far, in order */
    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    private ChatResponse response(String text, ChatRequest request) {
        return response(text, request, ChatResponse.FinishReason.STOP);
    }

    private ChatResponse response(String text, ChatRequest request, ChatResponse.FinishReason finish) {
        long in = Math.max(1, request.promptChars() / 4);
        long out = Math.max(1, text.length() / 4);
        return new ChatResponse(text, new TokenUsage(in, out, 0), "scripted-1", finish, provider);
    }
}
