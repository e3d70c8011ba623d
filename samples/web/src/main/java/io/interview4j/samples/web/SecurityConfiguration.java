package io.interview4j.samples.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.engine.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Bearer tokens: JWTs signed with HMAC-SHA256 under {@code interview4j.web.jwt.secret}. The subject is the account,
 * the {@code role} claim {@code candidate} or {@code reviewer}, the optional {@code org} claim the organisation (a
 * reviewer needs one). Every {@code /api/**} path needs a token except {@code POST /api/dev/token}, which exists only
 * under the {@code dev} profile; the page, its assets and the OpenAPI description are public. Refusals are problems:
 * {@code unauthenticated} (401) and {@code access-denied} (403).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final int MIN_SECRET_BYTES = 32;

    @Bean
    SecretKey jwtKey(WebProperties properties) {
        String secret = properties.jwt().secret();
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(bytes);
            LOG.warn("interview4j.web.jwt.secret is not set: tokens are signed with a random key made at startup and"
                    + " stop working when the service stops");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("interview4j.web.jwt.secret must be at least " + MIN_SECRET_BYTES
                        + " bytes for HMAC-SHA256, was " + bytes.length);
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey) {
        return NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            String header = e instanceof OAuth2AuthenticationException o
                    ? "Bearer error=\"" + o.getError().getErrorCode() + "\"" : "Bearer";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, header);
            write(response, ProblemType.UNAUTHENTICATED, e instanceof OAuth2AuthenticationException o
                    && o.getError().getDescription() != null ? o.getError().getDescription()
                    : "send a valid bearer token in the Authorization header", request.getRequestURI());
        };
        AccessDeniedHandler denied = (request, response, e) ->
                write(response, ProblemType.ACCESS_DENIED, "this token may not do that", request.getRequestURI());
        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens only: no cookies, so no cross-site request to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/dev/token").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtAuthenticationConverter(SecurityConfiguration::caller))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                + " script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** @return the caller a token names, or a 401 naming what is wrong with its claims */
    static CallerAuthentication caller(Jwt jwt) {
        String account = jwt.getSubject();
        if (account == null || account.isBlank()) {
            throw invalidToken("the token has no subject (the account)");
        }
        String role = jwt.getClaimAsString("role");
        String org = jwt.getClaimAsString("org");
        Caller caller;
        if ("candidate".equals(role)) {
            caller = new Caller(account, org, Caller.Role.CANDIDATE);
        } else if ("reviewer".equals(role)) {
            if (org == null || org.isBlank()) {
                throw invalidToken("a reviewer's token needs an org claim");
            }
            caller = Caller.reviewer(account, org);
        } else {
            throw invalidToken("the token's role claim must be candidate or reviewer, was " + role);
        }
        return new CallerAuthentication(caller, jwt);
    }

    private static OAuth2AuthenticationException invalidToken(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", description, null), description);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void write(HttpServletResponse response, ProblemType type, String detail, String instance)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** An authenticated caller: the principal is the library's {@link Caller}. */
    static final class CallerAuthentication extends AbstractAuthenticationToken {

        private final Caller caller;
        private final transient Jwt jwt;

        CallerAuthentication(Caller caller, Jwt jwt) {
            super(authorities(caller));
            this.caller = caller;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        private static Collection<? extends GrantedAuthority> authorities(Caller caller) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name().toUpperCase(Locale.ROOT)));
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Caller getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.accountId();
        }
    }
}
