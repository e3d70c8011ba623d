package io.interview4j.samples.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), with bearer auth. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class OpenApiConfiguration {

    @Bean
    OpenAPI interviewOpenApi() {
        return new OpenAPI()
                .info(new Info().title("interview4j web").version("0.1.0")
                        .description("AI mock interviews over REST. Errors are RFC 9457 problem details whose type is"
                                + " urn:interview4j:problem:<name>."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
