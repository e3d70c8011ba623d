package io.interview4j.samples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service as {@code java -jar} starts it: no {@code dev} profile, so no token endpoint; tokens come from whoever
 * holds the HMAC key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interview4j.web.jwt.secret=" + WebTestBase.SECRET,
        "interview4j.web.database.file=target/without-dev-profile/web.db"})
class WithoutDevProfileTest {

    @LocalServerPort
    int port;

    @Test
    void should_not_mint_tokens_without_the_dev_profile_but_take_tokens_signed_with_the_key() {
        Http http = new Http(port);
        Http.Response r = http.post("/api/dev/token", null, Map.of("account", "a", "role", "candidate"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asText()).isEqualTo("urn:interview4j:problem:not-found");
        String token = Tokens.sign(WebTestBase.SECRET, "no-dev-" + System.nanoTime(), "candidate", null, 600);
        assertThat(http.post("/api/interviews", token, Map.of("preset", "coaching")).status()).isEqualTo(201);
    }

    @Test
    void should_refuse_a_short_secret_naming_the_property() {
        WebProperties props = new WebProperties(new WebProperties.Jwt("too-short", null), null, null, null);
        assertThatThrownBy(() -> new SecurityConfiguration().jwtKey(props))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("interview4j.web.jwt.secret");
    }
}
