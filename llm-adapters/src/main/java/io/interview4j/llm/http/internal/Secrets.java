package io.interview4j.llm.http.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Keeps API keys out of messages, logs and {@code toString}. Every exception message the adapters build from
 * a provider's answer goes through {@link #redact(String, Collection)}.
 */
public final class Secrets {

    /** What a redacted secret is replaced with. */
    public static final String MASK = "***";

    /**
     * Key-shaped tokens of the supported providers, redacted even when they are not the caller's own key: OpenAI
     * and OpenRouter ({@code sk-...}, also in the partly masked form OpenAI echoes in 401 messages), Anthropic
     * ({@code sk-ant-...}), Groq ({@code gsk_...}), Google ({@code AIza...}), and bearer tokens.
     */
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?:\\bsk-[A-Za-z0-9_*\\-]{6,}|\\bgsk_[A-Za-z0-9]{8,}|\\bAIza[0-9A-Za-z_\\-]{20,}|(?<=Bearer )[^\\s\"',;]+)");

    private Secrets() {
    }

    /**
     * @param text any text, possibly {@code null}
     * @param secrets the secrets to remove (blank ones are ignored)
     * @return the text with every secret and every key-shaped token replaced by {@link #MASK}; {@code ""} for null
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                result = result.replace(secret, MASK);
            }
        }
        return KEY_SHAPED.matcher(result).replaceAll(MASK);
    }

    /**
     * @param secret an API key or {@code null}
     * @return {@code "***"} when a secret is set, {@code "none"} otherwise; for {@code toString} methods
     */
    public static String describe(String secret) {
        return secret == null || secret.isBlank() ? "none" : MASK;
    }
}
