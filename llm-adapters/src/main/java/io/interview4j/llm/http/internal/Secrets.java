package io.interview4j.llm.http.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps API keys out of messages, logs and {@code toString}. Every exception message the adapters build from
 * a provider's answer goes through {@link #redact(String, Collection)}; a provider's exception kept as a cause goes
 * through {@link #scrub(Throwable, Collection)}.
 *
 * <p>What is removed: a configured key whole, any run of {@value #MIN_FRAGMENT} or more characters of it (a provider
 * quoting the key's tail, as OpenAI's "Incorrect API key provided: sk-abc...wxyz1234abcd" does), the partly masked
 * {@code sk-...} forms providers echo ({@code sk-ab...1234}, {@code sk-proj-****1234}), and key-shaped tokens of the
 * supported providers even when they are not the caller's key.
 */
public final class Secrets {

    /** What a redacted secret is replaced with. */
    public static final String MASK = "***";

    /** The shortest run of a configured key's characters that is redacted wherever it appears. */
    public static final int MIN_FRAGMENT = 6;

    /**
     * Key-shaped tokens of the supported providers, redacted even when they are not the caller's own key: OpenAI
     * and OpenRouter ({@code sk-...}, also in the partly masked forms providers echo in 401 messages, with
     * {@code ...}, {@code …} or {@code *} standing for the hidden middle), Anthropic ({@code sk-ant-...}), Groq
     * ({@code gsk_...}), Google ({@code AIza...}), and bearer tokens.
     */
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?:\\bsk-[A-Za-z0-9_\\-]*(?:(?:\\*+|\\.{2,}|\u2026)[A-Za-z0-9_\\-]*)+"
                    + "|\\bsk-[A-Za-z0-9_*\\-]{6,}|\\bgsk_[A-Za-z0-9]{8,}|\\bAIza[0-9A-Za-z_\\-]{20,}|(?<=Bearer )[^\\s\"',;]+)");

    private Secrets() {
    }

    /**
     * @param text any text, possibly {@code null}
     * @param secrets the secrets to remove (null ones and ones shorter than 4 characters are ignored)
     * @return the text with every secret, every run of {@value #MIN_FRAGMENT} or more characters of a secret, and
     *     every key-shaped token replaced by {@link #MASK}; {@code ""} for null
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_FRAGMENT) {
                result = maskFragments(result, secret);
            } else if (secret != null && secret.length() >= 4) {
                result = result.replace(secret, MASK);
            }
        }
        return KEY_SHAPED.matcher(result).replaceAll(MASK);
    }

    /**
     * A copy of a failure whose messages, down the cause chain and through suppressed failures, are redacted; each
     * link keeps its stack trace and names the original class in its message. Returns {@code failure} itself when
     * no message in it changes.
     *
     * @param failure a failure, possibly {@code null}, whose messages may hold provider text
     * @param secrets the secrets to remove
     * @return the failure to keep as a cause
     */
    public static Throwable scrub(Throwable failure, Collection<String> secrets) {
        return failure == null || clean(failure, secrets, new HashSet<>()) ? failure : copy(failure, secrets, new HashSet<>());
    }

    /**
     * @param secret an API key or {@code null}
     * @return {@code "***"} when a secret is set, {@code "none"} otherwise; for {@code toString} methods
     */
    public static String describe(String secret) {
        return secret == null || secret.isBlank() ? "none" : MASK;
    }

    /** Masks every run of the text made of {@value #MIN_FRAGMENT}-character pieces of the secret. */
    private static String maskFragments(String text, String secret) {
        Set<String> pieces = new HashSet<>();
        for (int i = 0; i + MIN_FRAGMENT <= secret.length(); i++) {
            pieces.add(secret.substring(i, i + MIN_FRAGMENT));
        }
        boolean[] masked = new boolean[text.length()];
        boolean any = false;
        for (int i = 0; i + MIN_FRAGMENT <= text.length(); i++) {
            if (pieces.contains(text.substring(i, i + MIN_FRAGMENT))) {
                for (int j = i; j < i + MIN_FRAGMENT; j++) {
                    masked[j] = true;
                }
                any = true;
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!masked[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !masked[i - 1]) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    private static boolean clean(Throwable t, Collection<String> secrets, Set<Throwable> seen) {
        if (!seen.add(t)) {
            return true;
        }
        String message = t.getMessage();
        if (message != null && !redact(message, secrets).equals(message)) {
            return false;
        }
        for (Throwable s : t.getSuppressed()) {
            if (!clean(s, secrets, seen)) {
                return false;
            }
        }
        return t.getCause() == null || clean(t.getCause(), secrets, seen);
    }

    private static Throwable copy(Throwable t, Collection<String> secrets, Set<Throwable> seen) {
        seen.add(t);
        Throwable cause = t.getCause() == null || seen.contains(t.getCause()) ? null : copy(t.getCause(), secrets, seen);
        Redacted copy = new Redacted(t.getClass().getName()
                + (t.getMessage() == null ? "" : ": " + redact(t.getMessage(), secrets)), cause);
        copy.setStackTrace(t.getStackTrace());
        for (Throwable s : t.getSuppressed()) {
            if (!seen.contains(s)) {
                copy.addSuppressed(copy(s, secrets, seen));
            }
        }
        return copy;
    }

    /** A failure whose message was redacted; its message starts with the original class. */
    public static final class Redacted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redacted(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
