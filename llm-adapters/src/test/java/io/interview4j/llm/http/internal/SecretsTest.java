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
}
