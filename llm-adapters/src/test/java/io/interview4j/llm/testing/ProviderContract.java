package io.interview4j.llm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.llm.ChatMessage;
import io.interview4j.llm.ChatMessage.Role;
import io.interview4j.llm.ModelException;
import io.interview4j.llm.exception.MalformedResponseException;
import io.interview4j.llm.exception.ModelAuthenticationException;
import io.interview4j.llm.exception.ModelConnectionException;
import io.interview4j.llm.exception.ModelNotFoundException;
import io.interview4j.llm.exception.ModelTimeoutException;
import io.interview4j.llm.exception.ModelUnavailableException;
import io.interview4j.llm.exception.RateLimitedException;
import io.interview4j.testkit.LanguageModelContract;
import io.interview4j.testkit.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link LanguageModelContract} for this module's HTTP adapters: the error table maps to the same
 * {@code io.interview4j.llm.exception} classes for every provider, and the hooks share small readers of the wire.
 */
public abstract class ProviderContract extends LanguageModelContract {

    @Override
    protected final Class<? extends ModelException> exceptionFor(Failure failure) {
        return switch (failure) {
            case AUTHENTICATION -> ModelAuthenticationException.class;
            case NOT_FOUND -> ModelNotFoundException.class;
            case RATE_LIMITED -> RateLimitedException.class;
            case UNAVAILABLE -> ModelUnavailableException.class;
            case MALFORMED_RESPONSE -> MalformedResponseException.class;
            case TIMEOUT -> ModelTimeoutException.class;
            case CONNECTION -> ModelConnectionException.class;
        };
    }

    /**
     * @param request a recorded request
     * @param pointer a JSON pointer into its body
     * @return the node there, or {@code null} when there is none
     */
    protected static JsonNode sentAt(RecordedRequest request, String pointer) {
        JsonNode node = request.json().at(pointer);
        return node.isMissingNode() ? null : node;
    }

    /**
     * @param request a recorded request
     * @param pointer a JSON pointer into its body
     * @return the whole number there, or {@code null} when there is none
     */
    protected static Integer intAt(RecordedRequest request, String pointer) {
        JsonNode node = sentAt(request, pointer);
        return node == null || !node.isIntegralNumber() ? null : node.asInt();
    }

    /**
     * @param request a recorded request
     * @return the token of its {@code Authorization: Bearer} header, or {@code null} when it has none
     */
    protected static String bearerToken(RecordedRequest request) {
        String authorization = request.header("Authorization");
        return authorization == null ? null : authorization.substring("Bearer ".length());
    }

    /**
     * @param request a recorded request whose body has {@code messages} of {@code role} and text {@code content}, as
     *     OpenAI and Ollama send them
     * @return the messages
     */
    protected static List<ChatMessage> roleContentMessages(RecordedRequest request) {
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode message : request.json().path("messages")) {
            messages.add(new ChatMessage(Role.valueOf(message.path("role").asText().toUpperCase(Locale.ROOT)),
                    message.path("content").asText()));
        }
        return messages;
    }
}
