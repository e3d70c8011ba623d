package io.interview4j.llm;

import java.util.Objects;

/**
 * One message of a chat.
 *
 * @param role who speaks
 * @param content the text
 */
public record ChatMessage(Role role, String content) {

    /** Who speaks a message. */
    public enum Role {
        /** Instructions for the model. */
        SYSTEM,
        /** The application speaking for the user; candidate text goes here, delimited as data. */
        USER,
        /** An earlier reply of the model. */
        ASSISTANT
    }

    /** @throws NullPointerException when an argument is null */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /** @param content the instructions @return a system message */
    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content);
    }

    /** @param content the text @return a user message */
    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    /** @param content the text @return an assistant message */
    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }

    /** Only the role and length: message content may hold candidate text, which is never logged at info. */
    @Override
    public String toString() {
        return "ChatMessage[" + role + ", " + content.length() + " chars]";
    }
}
