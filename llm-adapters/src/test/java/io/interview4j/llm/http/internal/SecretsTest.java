package io.interview4j.llm.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "sk-proj-abcdefghijklmnop1234567890",
            "sk-ant-api03-abcdefghijklmnopqrstuvwxyz",
            "sk-or-v1-0123456789abcdef0123456789abcdef",
            "gsk_abcdefghijklmnopqrstuvwxyz0123",
            "AIzaSyA1234567890abcdefghijklmnopqrs",
            "sk-abc123***************wxyz"})
    void should_mask_key_shaped_token_when_text_contains_one(String key) {
        // when
        String redacted = Secrets.redact("key " + key + " rejected", List.of());

        // then
        assertThat(redacted).doesNotContain(key).isEqualTo("key *** rejected");
    }

    @Test
    void should_mask_given_secret_and_bearer_token_when_present() {
        // when
        String redacted = Secrets.redact("Authorization: Bearer local-token-1; token=hunter2-long", List.of("hunter2-long"));

        // then
        assertThat(redacted).isEqualTo("Authorization: Bearer ***; token=***");
    }

    @Test
    void should_leave_plain_text_alone_when_nothing_is_secret() {
        // then
        assertThat(Secrets.redact("Rate limit reached for gpt-4o-mini", List.of("", "ab"))).isEqualTo("Rate limit reached for gpt-4o-mini");
        assertThat(Secrets.redact(null, List.of())).isEmpty();
        assertThat(Secrets.describe(null)).isEqualTo("none");
        assertThat(Secrets.describe("sk-x")).isEqualTo("***");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Incorrect API key provided: sk-Q7v...Jd5Fg0Ks1234. Find your key at the dashboard.",
            "key ending Jd5Fg0Ks1234 was revoked",
            "middle kLp4Rt8 seen",
            "masked as sk-...1234 and sk-proj-****1234 and sk-Q7\u2026234"})
    void should_mask_runs_of_six_or_more_key_characters_and_masked_forms(String text) {
        // given
        String key = "sk-Q7vX9mZ2kLp4Rt8Wn3Yb6Hc1Jd5Fg0Ks1234";

        // when
        String redacted = Secrets.redact(text, List.of(key));

        // then
        for (int i = 0; i + Secrets.MIN_FRAGMENT <= key.length(); i++) {
            assertThat(redacted).doesNotContain(key.substring(i, i + Secrets.MIN_FRAGMENT));
        }
        assertThat(redacted).contains(Secrets.MASK).doesNotContain("sk-").doesNotContain("1234");
    }

    @Test
    void should_keep_text_that_shares_fewer_than_six_characters_with_the_key() {
        assertThat(Secrets.redact("model gpt-4o rejected Q7vX9", List.of("sk-Q7vX9mZ2kLp4Rt8"))).isEqualTo("model gpt-4o rejected Q7vX9");
    }

    @Test
    void should_scrub_every_message_of_a_cause_chain_and_keep_a_clean_one_as_it_is() {
        // given
        String key = "olp-Wq3Er6Ty9Ui2Op5As8Df1";
        IllegalStateException inner = new IllegalStateException("upstream said: token " + key.substring(5, 20));
        RuntimeException outer = new RuntimeException("call failed for ...Ui2Op5As8Df1", inner);
        outer.addSuppressed(new IllegalArgumentException("header value " + key));
        java.io.IOException clean = new java.io.IOException("connection refused");

        // when
        Throwable scrubbed = Secrets.scrub(outer, List.of(key));

        // then
        StringBuilder all = new StringBuilder();
        for (Throwable t = scrubbed; t != null; t = t.getCause()) {
            all.append(t).append('\n');
            for (Throwable x : t.getSuppressed()) {
                all.append(x).append('\n');
            }
        }
        assertThat(all.toString()).contains("java.lang.IllegalStateException: upstream said: token ***")
                .contains("java.lang.IllegalArgumentException").doesNotContain("Ui2Op5").doesNotContain("Er6Ty9");
        assertThat(scrubbed.getStackTrace()).isEqualTo(outer.getStackTrace());
        assertThat(Secrets.scrub(clean, List.of(key))).isSameAs(clean);
        assertThat(Secrets.scrub(null, List.of(key))).isNull();
    }
}
