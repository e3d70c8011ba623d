package io.interview4j.llm.openai.internal;

import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.http.internal.JsonSchemas;
import io.interview4j.llm.http.internal.Secrets;
import io.interview4j.llm.http.internal.WireAnswers;
import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel.StructuredOutputMode;
import java.util.List;
import java.util.Locale;

/** Static mappings between the port's values and the chat-completions wire format. */
public final class OpenAiMapper {

    private OpenAiMapper() {
    }

    /**
     * @param request the port's request
     * @param model the model id
     * @param mode how a schema is sent
     * @param strict whether a {@code json_schema} is strict (the schema is then made strict-compatible)
     * @param defaultMaxTokens the cap when the request has none, or null to omit it
     * @param maxCompletionTokens send {@code max_completion_tokens} instead of {@code max_tokens}
     * @return the wire request
     */
    public static OpenAiChatRequest toRequest(ChatRequest request, String model, StructuredOutputMode mode,
                                              boolean strict, Integer defaultMaxTokens, boolean maxCompletionTokens) {
        List<ChatMessage> messages = request.messages();
        OpenAiChatRequest.ResponseFormat format = null;
        if (request.responseSchema() != null) {
            switch (mode) {
                case JSON_SCHEMA -> format = new OpenAiChatRequest.ResponseFormat("json_schema",
                        new OpenAiChatRequest.JsonSchema(schemaName(request.schemaName()),
                                strict ? JsonSchemas.strict(request.responseSchema()) : request.responseSchema(),
                                strict));
                case JSON_OBJECT -> {
                    format = new OpenAiChatRequest.ResponseFormat("json_object", null);
                    messages = JsonSchemas.withInstruction(messages, request.responseSchema());
                }
                case PROMPT_ONLY -> messages = JsonSchemas.withInstruction(messages, request.responseSchema());
            }
        }
        Integer cap = request.maxTokens() != null ? request.maxTokens() : defaultMaxTokens;
        return new OpenAiChatRequest(model,
                messages.stream().map(m -> new OpenAiChatRequest.Message(role(m.role()), m.content())).toList(),
                request.temperature(),
                maxCompletionTokens ? null : cap,
                maxCompletionTokens ? cap : null,
                format,
                false);
    }

    /**
     * @param role the port's role
     * @return {@code system}, {@code user} or {@code assistant} (never {@code developer}, which compatible
     *     servers reject)
     */
    public static String role(ChatMessage.Role role) {
        return switch (role) {
            case SYSTEM -> "system";
            case USER -> "user";
            case ASSISTANT -> "assistant";
        };
    }

    /**
     * @param name any schema name
     * @return the name reduced to {@code [a-zA-Z0-9_-]}, at most 64 characters, {@code output} when nothing is left
     */
    public static String schemaName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^a-zA-Z0-9_-]", "_");
        if (cleaned.length() > 64) {
            cleaned = cleaned.substring(0, 64);
        }
        return cleaned.isEmpty() ? "output" : cleaned;
    }

    /**
     * @param finishReason the wire value, possibly null
     * @return STOP for stop, LENGTH for length, CONTENT_FILTER for content_filter, OTHER otherwise
     */
    public static FinishReason finishReason(String finishReason) {
        if (finishReason == null) {
            return FinishReason.OTHER;
        }
        return switch (finishReason.toLowerCase(Locale.ROOT)) {
            case "stop", "eos", "end_turn" -> FinishReason.STOP;
            case "length", "max_tokens" -> FinishReason.LENGTH;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }

    /**
     * @param usage the wire usage, possibly null
     * @return input (cached included), output and cached tokens; zeros when not reported
     */
    public static TokenUsage usage(OpenAiChatResponse.Usage usage) {
        if (usage == null) {
            return TokenUsage.NONE;
        }
        long input = WireAnswers.nonNegative(usage.promptTokens());
        long output = WireAnswers.nonNegative(usage.completionTokens());
        long cached = usage.promptTokensDetails() == null ? 0
                : WireAnswers.nonNegative(usage.promptTokensDetails().cachedTokens());
        return new TokenUsage(input, output, Math.min(cached, input));
    }

    /**
     * @param body the response body
     * @param provider the provider name, for messages
     * @return the parsed response
     * @throws MalformedResponseException when the body is not a JSON object
     */
    public static OpenAiChatResponse parse(String body, String provider) {
        return WireAnswers.parse(body, OpenAiChatResponse.class, provider);
    }

    /**
     * @param response the parsed answer, without an {@code error}
     * @param provider the provider name reported in the response
     * @param configuredModel the model asked for, used when the answer names none
     * @return the port's response
     * @throws ModelRefusalException when the model refused, or the output was filtered away
     * @throws MalformedResponseException when there is no choice or no message
     */
    public static ChatResponse toResponse(OpenAiChatResponse response, String provider, String configuredModel) {
        if (response.choices() == null || response.choices().isEmpty()) {
            throw WireAnswers.malformed(provider, "no choices in the answer", null);
        }
        OpenAiChatResponse.Choice choice = response.choices().get(0);
        if (choice.message() == null) {
            throw WireAnswers.malformed(provider, "the first choice has no message", null);
        }
        FinishReason finish = finishReason(choice.finishReason());
        String refusal = choice.message().refusal();
        if (refusal != null && !refusal.isBlank()) {
            String shown = WireAnswers.shorten(Secrets.redact(refusal, List.of()));
            throw new ModelRefusalException(provider + " refused: " + shown, provider, 200, false, "refusal", null,
                    null);
        }
        String content = choice.message().content();
        if ((content == null || content.isEmpty()) && finish == FinishReason.CONTENT_FILTER) {
            throw new ModelRefusalException(provider + " filtered the output (finish_reason content_filter)",
                    provider, 200, false, "content_filter", null, null);
        }
        String model = WireAnswers.model(response.model(), configuredModel);
        return new ChatResponse(content == null ? "" : content, usage(response.usage()), model, finish, provider);
    }
}
