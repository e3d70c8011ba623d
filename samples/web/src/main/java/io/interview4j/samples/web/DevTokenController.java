package io.interview4j.samples.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dev/token}: mints a bearer token for any account, for trying the service out. Only under the
 * {@code dev} profile ({@code --spring.profiles.active=dev}); without it the path does not exist.
 */
@RestController
@Profile("dev")
class DevTokenController {

    private final NimbusJwtEncoder encoder;
    private final WebProperties properties;

    DevTokenController(SecretKey jwtKey, WebProperties properties) {
        this.encoder = NimbusJwtEncoder.withSecretKey(jwtKey).algorithm(MacAlgorithm.HS256).build();
        this.properties = properties;
    }

    /**
     * @param account the account (the token's subject)
     * @param role {@code candidate} or {@code reviewer}
     * @param organisation the organisation, or null; a reviewer needs one
     */
    record TokenRequest(String account, String role, String organisation) {
    }

    /** @param token the signed JWT to send as {@code Authorization: Bearer <token>} */
    record TokenResponse(String token) {
    }

    @Operation(summary = "Mint a bearer token (dev profile only)")
    @PostMapping("/api/dev/token")
    TokenResponse token(@RequestBody TokenRequest request) {
        String account = Fields.required("account", request.account(), 255);
        String role = Fields.required("role", request.role(), 20);
        if (!role.equals("candidate") && !role.equals("reviewer")) {
            throw WebException.invalid("role", "role must be candidate or reviewer, was " + role);
        }
        String org = Fields.optional("organisation", request.organisation(), 255);
        if (role.equals("reviewer") && org == null) {
            throw WebException.invalid("organisation", "a reviewer needs an organisation");
        }
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(account).issuedAt(now)
                .expiresAt(now.plus(properties.jwt().ttl())).claim("role", role);
        if (org != null) {
            claims.claim("org", org);
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return new TokenResponse(encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue());
    }
}
