package io.interview4j.llm.ollama.internal;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.http.internal.WireAnswers;
import io.interview4j.llm.openai.internal.OpenAiMapper;
import java.util.Locale;

/** Static mappings between the port's values and Ollama's native chat wire format. */
public final class OllamaMapper {

    private OllamaMapper() {
    }

    /**
     * @param request the port's request
     * @param model the model name
     * @param defaultMaxTokens {@code num_predict} when the request has none, or null
     * @param numCtx the context window, or null
     * @param keepAlive the keep-alive, or null
     * @return the wire request, always {@code stream: false}, with the schema as {@code format}
     */
    public static OllamaChatRequest toRequest(ChatRequest request, String model, Integer defaultMaxTokens,
                                              Integer numCtx, String keepAlive) {
        Integer cap = request.maxTokens() != null ? request.maxTokens() : defaultMaxTokens;
        OllamaChatRequest.Options options = request.temperature() == null && cap == null && numCtx == null ? null
                : new OllamaChatRequest.Options(request.temperature(), cap, numCtx);
        return new OllamaChatRequest(model,
                request.messages().stream().map(m -> new OllamaChatRequest.Message(role(m.role()), m.content())).toList(),
                false, request.responseSchema(), options, keepAlive);
    }

    /**
     * @param role the port's role
     * @return system, user or assistant
     */
    public static String role(ChatMessage.Role role) {
        return OpenAiMapper.role(role);
    }

    /**
     * @param doneReason the wire value, possibly null
     * @param done the {@code done} flag, possibly null
     * @return LENGTH for length; STOP for stop, or for a missing reason on a done answer (older servers); OTHER
     *     otherwise
     */
    public static FinishReason finishReason(String doneReason, Boolean done) {
        if (doneReason == null) {
            return Boolean.FALSE.equals(done) ? FinishReason.OTHER : FinishReason.STOP;
        }
        return switch (doneReason.toLowerCase(Locale.ROOT)) {
            case "stop" -> FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            default -> FinishReason.OTHER;
        };
    }

    /**
     * @param response the parsed answer
     * @return input = {@code prompt_eval_count}, output = {@code eval_count}, zeros when missing; nothing cached
     */
    public static TokenUsage usage(OllamaChatResponse response) {
        return new TokenUsage(WireAnswers.nonNegative(response.promptEvalCount()),
                WireAnswers.nonNegative(response.evalCount()), 0);
    }

    /**
     * @param body the response body
     * @param provider the provider name, for messages
     * @return the parsed response
     * @throws MalformedResponseException when the body is not a JSON object
     */
    public static OllamaChatResponse parse(String body, String provider) {
        return WireAnswers.parse(body, OllamaChatResponse.class, provider);
    }

    /**
     * @param response the parsed answer, without an {@code error}
     * @param provider the provider name reported in the response
     * @param configuredModel the model asked for, used when the answer names none
     * @return the port's response
     * @throws MalformedResponseException when there is no message
     */
    public static ChatResponse toResponse(OllamaChatResponse response, String provider, String configuredModel) {
        if (response.message() == null) {
            throw WireAnswers.malformed(provider, "no message in the answer", null);
        }
        String content = response.message().content() == null ? "" : response.message().content();
        String model = WireAnswers.model(response.model(), configuredModel);
        return new ChatResponse(content, usage(response), model, finishReason(response.doneReason(), response.done()),
                provider);
    }
}
