package io.interview4j.llm.http.internal;

import io.interview4j.llm.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversation split the way Anthropic and Gemini take it: the system messages joined into one instruction, the
 * other messages as turns where consecutive messages of one role are merged (those APIs want the roles to
 * alternate). Joins use a blank line. Internal to the adapters.
 *
 * @param system the system messages joined, or {@code null} when there are none
 * @param turns the user and assistant turns, never two of one role in a row
 */
public record ChatTurns(String system, List<Turn> turns) {

    /**
     * One turn.
     *
     * @param role {@link ChatMessage.Role#USER} or {@link ChatMessage.Role#ASSISTANT}
     * @param content the text, merged messages joined by a blank line
     */
    public record Turn(ChatMessage.Role role, String content) {
    }

    /** Copies the turns. */
    public ChatTurns {
        turns = List.copyOf(turns);
    }

    /**
     * @param messages the conversation
     * @return its split
     */
    public static ChatTurns of(List<ChatMessage> messages) {
        Objects.requireNonNull(messages, "messages");
        List<String> system = new ArrayList<>();
        List<Turn> turns = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message.role() == ChatMessage.Role.SYSTEM) {
                system.add(message.content());
                continue;
            }
            int last = turns.size() - 1;
            if (last >= 0 && turns.get(last).role() == message.role()) {
                turns.set(last, new Turn(message.role(), turns.get(last).content() + "\n\n" + message.content()));
            } else {
                turns.add(new Turn(message.role(), message.content()));
            }
        }
        return new ChatTurns(system.isEmpty() ? null : String.join("\n\n", system), turns);
    }
}
