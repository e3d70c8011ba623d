package io.interview4j.llm.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.ChatResponse.FinishReason;
import io.interview4j.llm.TokenUsage;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelRefusalException;
import io.interview4j.llm.http.internal.ChatTurns;
import io.interview4j.llm.http.internal.WireAnswers;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Static mappings between the port's values and Gemini's {@code generateContent} wire format. */
public final class GeminiMapper {

    private static final Set<String> FILTERED = Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT",
            "SPII", "IMAGE_SAFETY", "LANGUAGE");

    private GeminiMapper() {
    }

    /**
     * System messages are joined into {@code systemInstruction}; assistant turns get the role {@code model};
     * consecutive turns of one role are merged. A schema sets {@code responseMimeType: application/json} and a
     * {@code responseSchema} converted by {@link GeminiSchemaMapper}.
     *
     * @param request the port's request
     * @param defaultMaxTokens the cap when the request has none, or null to omit it
     * @return the wire request
     */
    public static GeminiGenerateRequest toRequest(ChatRequest request, Integer defaultMaxTokens) {
        ChatTurns split = ChatTurns.of(request.messages());
        List<GeminiGenerateRequest.Content> contents = split.turns().stream()
                .map(t -> content(t.role() == ChatMessage.Role.USER ? "user" : "model", t.content()))
                .toList();
        GeminiGenerateRequest.Content systemInstruction = split.system() == null ? null
                : content(null, split.system());
        Integer cap = request.maxTokens() != null ? request.maxTokens() : defaultMaxTokens;
        JsonNode schema = request.responseSchema() == null ? null : GeminiSchemaMapper.toGeminiSchema(request.responseSchema());
        GeminiGenerateRequest.GenerationConfig config = null;
        if (request.temperature() != null || cap != null || schema != null) {
            config = new GeminiGenerateRequest.GenerationConfig(request.temperature(), cap,
                    schema == null ? null : "application/json", schema);
        }
        return new GeminiGenerateRequest(contents, systemInstruction, config);
    }

    private static GeminiGenerateRequest.Content content(String role, String text) {
        return new GeminiGenerateRequest.Content(role, List.of(new GeminiGenerateRequest.Part(text)));
    }

    /**
     * @param finishReason the wire value, possibly null or unknown
     * @return STOP, LENGTH for MAX_TOKENS, CONTENT_FILTER for SAFETY, RECITATION, BLOCKLIST, PROHIBITED_CONTENT,
     *     SPII, IMAGE_SAFETY and LANGUAGE, OTHER otherwise
     */
    public static FinishReason finishReason(String finishReason) {
        if (finishReason == null) {
            return FinishReason.OTHER;
        }
        String value = finishReason.toUpperCase(Locale.ROOT);
        if (value.equals("STOP")) {
            return FinishReason.STOP;
        }
        if (value.equals("MAX_TOKENS")) {
            return FinishReason.LENGTH;
        }
        return FILTERED.contains(value) ? FinishReason.CONTENT_FILTER : FinishReason.OTHER;
    }

    /**
     * @param usage the wire usage, possibly null
     * @return input = prompt tokens, output = candidate + thinking tokens (both billed as output), cached
     */
    public static TokenUsage usage(GeminiGenerateResponse.UsageMetadata usage) {
        if (usage == null) {
            return TokenUsage.NONE;
        }
        long input = WireAnswers.nonNegative(usage.promptTokenCount());
        long output = WireAnswers.nonNegative(usage.candidatesTokenCount())
                + WireAnswers.nonNegative(usage.thoughtsTokenCount());
        long cached = WireAnswers.nonNegative(usage.cachedContentTokenCount());
        return new TokenUsage(input, output, Math.min(input, cached));
    }

    /**
     * @param body the response body
     * @param provider the provider name, for messages
     * @return the parsed response
     * @throws MalformedResponseException when the body is not a JSON object
     */
    public static GeminiGenerateResponse parse(String body, String provider) {
        return WireAnswers.parse(body, GeminiGenerateResponse.class, provider);
    }

    /**
     * Joins the first candidate's text parts, skipping {@code thought} parts.
     *
     * @param response the parsed answer
     * @param provider the provider name reported in the response
     * @param configuredModel the model asked for, used when the answer names none
     * @return the port's response
     * @throws ModelRefusalException when there is no candidate (a blocked prompt), or the candidate has no text and
     *     stopped for a reason other than STOP or MAX_TOKENS (SAFETY, OTHER, ...)
     */
    public static ChatResponse toResponse(GeminiGenerateResponse response, String provider, String configuredModel) {
        if (response.candidates() == null || response.candidates().isEmpty()) {
            GeminiGenerateResponse.PromptFeedback feedback = response.promptFeedback();
            String reason = feedback == null || feedback.blockReason() == null ? null : feedback.blockReason();
            String message = reason == null
                    ? provider + " returned no candidates"
                    : provider + " blocked the prompt (blockReason " + reason + ")";
            throw new ModelRefusalException(message, provider, 200, false, reason, null, null);
        }
        GeminiGenerateResponse.Candidate candidate = response.candidates().get(0);
        StringBuilder text = new StringBuilder();
        if (candidate.content() != null && candidate.content().parts() != null) {
            for (GeminiGenerateResponse.Part part : candidate.content().parts()) {
                if (part != null && part.text() != null && !Boolean.TRUE.equals(part.thought())) {
                    text.append(part.text());
                }
            }
        }
        FinishReason finish = finishReason(candidate.finishReason());
        if (text.length() == 0 && finish != FinishReason.STOP && finish != FinishReason.LENGTH) {
            String detail = candidate.finishMessage() == null ? ""
                    : ": " + WireAnswers.shorten(candidate.finishMessage());
            throw new ModelRefusalException(provider + " returned no content (finishReason "
                    + candidate.finishReason() + ")" + detail, provider, 200, false, candidate.finishReason(), null, null);
        }
        String model = WireAnswers.model(response.modelVersion(), configuredModel);
        return new ChatResponse(text.toString(), usage(response.usageMetadata()), model, finish, provider);
    }
}
