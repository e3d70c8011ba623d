package io.interview4j.samples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on an ephemeral port with the dev profile, its sessions in an SQLite file of a fresh folder, and small
 * limits so the limit tests send little. Subclasses with the same configuration share one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interview4j.web.jwt.secret=" + WebTestBase.SECRET,
        "interview4j.web.limits.request-bytes=300000",
        "interview4j.web.limits.answer-chars=5000",
        "interview4j.web.limits.upload-bytes=100000",
        "interview4j.web.rate-limit.submissions=40",
        "interview4j.web.rate-limit.period=1m"})
@ActiveProfiles("dev")
abstract class WebTestBase {

    static final String SECRET = "test-secret-of-at-least-thirty-two-bytes-0123456789";
    private static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("i4j-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        registry.add("interview4j.web.database.file", () -> FOLDER.resolve("web.db").toString());
    }

    @LocalServerPort
    int port;

    private final Map<String, String> tokens = new HashMap<>();

    Http http() {
        return new Http(port);
    }

    /** @return a dev token for a candidate, minted through the service */
    String candidate(String account, String org) {
        return tokens.computeIfAbsent("c:" + account + ":" + org, k -> mint(account, "candidate", org));
    }

    /** @return a dev token for a reviewer */
    String reviewer(String account, String org) {
        return tokens.computeIfAbsent("r:" + account + ":" + org, k -> mint(account, "reviewer", org));
    }

    private String mint(String account, String role, String org) {
        Map<String, Object> body = new HashMap<>();
        body.put("account", account);
        body.put("role", role);
        body.put("organisation", org);
        Http.Response r = http().post("/api/dev/token", null, body);
        if (r.status() != 200) {
            throw new AssertionError("dev token: " + r.status() + " " + r.body());
        }
        return r.json().get("token").asText();
    }
}
