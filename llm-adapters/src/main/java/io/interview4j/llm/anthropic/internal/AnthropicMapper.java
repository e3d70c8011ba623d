package io.interview4j.llm.anthropic.internal;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.http.internal.ChatTurns;
import io.interview4j.llm.http.internal.JsonSchemas;
import io.interview4j.llm.http.internal.WireAnswers;
import java.util.List;
import java.util.Locale;

/** Static mappings between the port's values and the Anthropic Messages wire format. */
public final class AnthropicMapper {

    private AnthropicMapper() {
    }

    /**
     * System messages are joined into the top-level {@code system}; consecutive turns of the same role are merged
     * (the API wants user and assistant to alternate). A schema goes out as {@code output_config.format} with
     * closed objects, or, when {@code structuredOutput} is false, as an instruction in the system prompt.
     *
     * @param request the port's request
     * @param model the model id
     * @param defaultMaxTokens the cap when the request has none
     * @param structuredOutput whether to send the schema as {@code output_config}
     * @return the wire request
     */
    public static AnthropicMessagesRequest toRequest(ChatRequest request, String model, int defaultMaxTokens,
                                                     boolean structuredOutput) {
        List<ChatMessage> messages = request.messages();
        AnthropicMessagesRequest.OutputConfig outputConfig = null;
        if (request.responseSchema() != null) {
            if (structuredOutput) {
                outputConfig = new AnthropicMessagesRequest.OutputConfig(new AnthropicMessagesRequest.Format(
                        "json_schema", JsonSchemas.closeObjects(request.responseSchema())));
            } else {
                messages = JsonSchemas.withInstruction(messages, request.responseSchema());
            }
        }
        ChatTurns split = ChatTurns.of(messages);
        List<AnthropicMessagesRequest.Message> turns = split.turns().stream()
                .map(t -> new AnthropicMessagesRequest.Message(t.role() == ChatMessage.Role.USER ? "user" : "assistant",
                        t.content()))
                .toList();
        int maxTokens = request.maxTokens() != null ? request.maxTokens() : defaultMaxTokens;
        return new AnthropicMessagesRequest(model, maxTokens, split.system(), turns, request.temperature(),
                outputConfig);
    }

    /**
     * @param stopReason the wire value, possibly null
     * @return STOP for end_turn and stop_sequence, LENGTH for max_tokens and model_context_window_exceeded,
     *     CONTENT_FILTER for refusal, OTHER otherwise
     */
    public static FinishReason finishReason(String stopReason) {
        if (stopReason == null) {
            return FinishReason.OTHER;
        }
        return switch (stopReason.toLowerCase(Locale.ROOT)) {
            case "end_turn", "stop_sequence" -> FinishReason.STOP;
            case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
            case "refusal" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }

    /**
     * @param usage the wire usage, possibly null
     * @return input = uncached + cache writes + cache reads (Anthropic's {@code input_tokens} excludes the cache),
     *     output, and cached = cache reads
     */
    public static TokenUsage usage(AnthropicMessagesResponse.Usage usage) {
        if (usage == null) {
            return TokenUsage.NONE;
        }
        long read = WireAnswers.nonNegative(usage.cacheReadInputTokens());
        long input = WireAnswers.nonNegative(usage.inputTokens())
                + WireAnswers.nonNegative(usage.cacheCreationInputTokens()) + read;
        return new TokenUsage(input, WireAnswers.nonNegative(usage.outputTokens()), read);
    }

    /**
     * @param body the response body
     * @param provider the provider name, for messages
     * @return the parsed response
     * @throws MalformedResponseException when the body is not a JSON object
     */
    public static AnthropicMessagesResponse parse(String body, String provider) {
        return WireAnswers.parse(body, AnthropicMessagesResponse.class, provider);
    }

    /**
     * Joins the {@code text} blocks; thinking, tool and server-tool blocks are skipped.
     *
     * @param response the parsed answer
     * @param provider the provider name reported in the response
     * @param configuredModel the model asked for, used when the answer names none
     * @return the port's response
     * @throws ModelRefusalException when {@code stop_reason} is {@code refusal}
     * @throws MalformedResponseException when there is no {@code content} array
     */
    public static ChatResponse toResponse(AnthropicMessagesResponse response, String provider, String configuredModel) {
        if ("refusal".equals(response.stopReason())) {
            throw new ModelRefusalException(provider + " refused to answer (stop_reason refusal)", provider, 200, false,
                    "refusal", null, null);
        }
        if (response.content() == null) {
            throw WireAnswers.malformed(provider, "no content in the answer", null);
        }
        StringBuilder text = new StringBuilder();
        for (AnthropicMessagesResponse.ContentBlock block : response.content()) {
            if (block != null && "text".equals(block.type()) && block.text() != null) {
                text.append(block.text());
            }
        }
        String model = WireAnswers.model(response.model(), configuredModel);
        return new ChatResponse(text.toString(), usage(response.usage()), model, finishReason(response.stopReason()),
                provider);
    }
}
