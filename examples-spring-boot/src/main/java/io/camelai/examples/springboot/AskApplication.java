package io.camelai.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Answers questions over HTTP with the cohere component: {@code GET /ask?question=...} returns the answer,
 * {@code GET /ask/stream?question=...} streams it as server-sent events, one event per chunk as it arrives.
 * Configured by {@code application.yaml}; calls the embedded simulator unless {@code camelai.simulator.enabled=false}.
 */
@SpringBootApplication
public class AskApplication {

    public static void main(String[] args) {
        SpringApplication.run(AskApplication.class, args);
    }
}
