package io.camelai.examples.springboot;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The HTTP side: a question in, the answer (or its event stream) out. */
@RestController
public class AskController {

    /** Questions are untrusted input: bounded before any call to the model. */
    static final int MAX_QUESTION_LENGTH = 4000;

    private final ProducerTemplate camel;
    private final AsyncTaskExecutor executor;

    public AskController(ProducerTemplate camel, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.camel = camel;
        this.executor = executor;
    }

    @GetMapping(path = "/ask", produces = MediaType.TEXT_PLAIN_VALUE)
    public String ask(@RequestParam String question) {
        return camel.requestBody("direct:ask", checked(question), String.class);
    }

    /**
     * Streams the answer: one {@code data: {"text": ...}} event per chunk, then an {@code end} event with the finish
     * reason, or an {@code error} event when the call fails. The route runs on the task executor so that the servlet
     * thread is free while the events go out.
     */
    @GetMapping(path = "/ask/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam String question) {
        String checked = checked(question);
        SseEmitter events = new SseEmitter(0L); // as long as the answer takes; the component's timeouts bound it
        executor.execute(() -> {
            try {
                Exchange done = camel.send("direct:ask-stream", exchange -> {
                    exchange.getMessage().setBody(checked);
                    exchange.setProperty(AskRoutes.EVENTS, events);
                });
                if (done.getException() != null) {
                    // the message is the component's, credentials masked; no stack trace goes to the client
                    events.send(SseEmitter.event().name("error").data(done.getException().getMessage()));
                }
                events.complete();
            } catch (Exception e) {
                events.completeWithError(e);
            }
        });
        return events;
    }

    private static String checked(String question) {
        if (question.isBlank() || question.length() > MAX_QUESTION_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "question must have 1 to " + MAX_QUESTION_LENGTH + " characters");
        }
        return question;
    }
}
