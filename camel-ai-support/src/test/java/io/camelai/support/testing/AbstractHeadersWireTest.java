package io.camelai.support.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelai.support.AiHeaders;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Input headers stay inputs: no producer of a component writes a header that its endpoints read (the component
 * JSON's {@code input} label), so the next call of a route sees what the route set, not what the previous call
 * answered; a chat with model A then an embed with model B calls B. A component extends this with its answers, its
 * operations ({@code static Stream<Arguments> everyOperation()}: operation, options, body, headers) and its chat and
 * embed pairs ({@code static Stream<Arguments> chatThenEmbed()}: chat options, embed options, the models called).
 */
public abstract class AbstractHeadersWireTest extends WireTestSupport {

    /** The component JSON (a classpath resource) that labels each header. */
    protected abstract String componentJson();

    /** The headers the producers read, in the order the component JSON lists them. */
    protected abstract List<String> inputHeaders();

    /** A canned answer for every operation, by {@code "METHOD /path"}; any other request gets a 404. */
    protected abstract Map<String, String> answers();

    /** A {@code <scheme>:<operation>} URI against the server; {@code options} are more URI options, or empty. */
    protected abstract String uri(String operation, String options);

    /** The model a request calls: its body's {@code model} (a component whose URL names the model overrides this). */
    protected String modelCalled(RecordedRequest request) {
        return body(request).get("model").asText();
    }

    /** More checks on what a chat then an embed leaves on the message. */
    protected void assertAfterChatThenEmbed(Exchange out) {}

    protected void answerEveryOperation() {
        Map<String, String> answers = answers();
        StrictJsonDispatcher.wrap(server, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String answer = answers.get(request.getMethod() + " " + request.getUrl().encodedPath());
                return answer == null
                        ? jsonResponse(404, "{\"message\":\"no such path\"}")
                        : jsonResponse(200, answer);
            }
        });
    }

    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("everyOperation")
    void noOperationWritesAHeaderThatAnEndpointOfTheComponentReads(String operation, String options, Object body,
            Map<String, Object> headers) throws Exception {
        answerEveryOperation();
        List<String> inputs = ComponentDocs.inputHeaders(componentJson());

        Exchange out = send(uri(operation, options), body, headers);

        assertNull(out.getException(), () -> "the call succeeds: " + messages(out.getException()));
        for (String input : inputs) {
            assertEquals(headers.get(input), out.getMessage().getHeader(input),
                    input + " is an input: the call leaves it as the route set it");
        }
    }

    @Test
    void theInputHeadersAreTheOnesTheProducersRead() throws Exception {
        assertEquals(inputHeaders(), ComponentDocs.inputHeaders(componentJson()));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("chatThenEmbed")
    void aChatWithModelAThenAnEmbedWithModelBCallsModelB(String chatOptions, String embedOptions, String chatModel,
            String embedModel) throws Exception {
        answerEveryOperation();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rag").to(uri("chat", chatOptions)).to(uri("embed", embedOptions));
            }
        });

        Exchange out = send("direct:rag", "Summarise and embed this.", Map.of());

        assertNull(out.getException(), () -> messages(out.getException()));
        assertEquals(chatModel, modelCalled(take()));
        assertEquals(embedModel, modelCalled(take()), "not the chat's model");
        assertNull(out.getMessage().getHeader(AiHeaders.MODEL), "no producer writes the model to call");
        assertAfterChatThenEmbed(out);
    }
}
