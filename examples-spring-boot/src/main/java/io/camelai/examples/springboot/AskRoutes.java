package io.camelai.examples.springboot;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The two routes behind the endpoints. The streaming route splits the lazy {@code ChatStream} body the chat endpoint
 * returns with stream=true and writes each text chunk to the client as it comes: nothing is buffered, and the stream
 * is read in the route that got it, as it must be.
 */
@Component
public class AskRoutes extends RouteBuilder {

    /** The exchange property holding the client's event stream. */
    static final String EVENTS = "askEvents";

    @Override
    public void configure() {
        from("direct:ask").routeId("ask")
                .to("cohere:chat");

        from("direct:ask-stream").routeId("ask-stream")
                .to("cohere:chat?stream=true")
                .split(body()).streaming()
                .choice()
                .when(header("CamelAiChunkType").isEqualTo("TEXT")).process(AskRoutes::sendChunk)
                .when(header("CamelAiStreamEnd").isEqualTo(true)).process(AskRoutes::sendEnd);
    }

    /**
     * One SSE event per chunk; the text goes as JSON ({"text": ...}) so that leading spaces and line breaks of a
     * delta survive the event format.
     */
    private static void sendChunk(Exchange chunk) throws Exception {
        SseEmitter events = chunk.getProperty(EVENTS, SseEmitter.class);
        String text = chunk.getMessage().getBody(String.class);
        if (text != null && !text.isEmpty()) {
            events.send(SseEmitter.event().data(Map.of("text", text), MediaType.APPLICATION_JSON));
        }
    }

    /** The last chunk carries the finish reason of the answer. */
    private static void sendEnd(Exchange chunk) throws Exception {
        SseEmitter events = chunk.getProperty(EVENTS, SseEmitter.class);
        String finish = chunk.getMessage().getHeader("CamelAiFinishReason", "", String.class);
        events.send(SseEmitter.event().name("end").data(Map.of("finishReason", finish), MediaType.APPLICATION_JSON));
    }
}
