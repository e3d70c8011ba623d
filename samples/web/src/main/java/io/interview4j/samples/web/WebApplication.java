package io.interview4j.samples.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The interview service: REST endpoints, their OpenAPI description and the browser page at {@code /}. */
@SpringBootApplication
public class WebApplication {

    /** @param args Spring Boot arguments, such as {@code --server.port=9090} */
    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
