package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ChatStream;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.Usage;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import io.camelai.support.tools.ToolCalls;
import mockwebserver3.MockResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tool use as Cohere's own flow runs it (https://docs.cohere.com/v2/docs/tool-use): the assistant turn goes back with
 * its tool calls and its tool plan, whether the producer runs the loop (plain or streamed) or the route does; the
 * usage headers add up every model call; a v1 turn that asks for tools ends the same way streamed or not.
 */
class CohereToolLoopWireTest extends CohereWireTestSupport {

    public static class Flights {
        @AiTool(name = "get_flight_info", description = "The next flight from a city")
        public String next(@AiToolParam(name = "origin") String origin) {
            return "{\"flight\":\"SEA-1\",\"departs\":\"12:00\"}";
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("flights", new Flights());
    }

    private static final String V2_TOOL_CALL = """
            {"id":"r-1","finish_reason":"TOOL_CALL","message":{"role":"assistant",
              "tool_plan":"I will look up the flight.",
              "tool_calls":[{"id":"get_flight_info_1","type":"function",
                             "function":{"name":"get_flight_info","arguments":"{\\"origin\\": \\"Seattle\\"}"}}]},
             "usage":{"billed_units":{"input_tokens":12,"output_tokens":20},
                      "tokens":{"input_tokens":1500,"output_tokens":45}}}
            """;

    private static final String V2_ANSWER = """
            {"id":"r-2","finish_reason":"COMPLETE","message":{"role":"assistant",
              "content":[{"type":"text","text":"Flight SEA-1 leaves at noon."}]},
             "usage":{"billed_units":{"input_tokens":40,"output_tokens":9},
                      "tokens":{"input_tokens":1580,"output_tokens":9}}}
            """;

    /** The second request of a v2 loop: the question, the assistant turn with its plan, the tool's result. */
    private static final String V2_MESSAGES_AFTER_THE_TOOL = """
            [{"role":"user","content":"Next flight from Seattle?"},
             {"role":"assistant","tool_plan":"I will look up the flight.",
              "tool_calls":[{"id":"get_flight_info_1","type":"function",
                             "function":{"name":"get_flight_info","arguments":"{\\"origin\\": \\"Seattle\\"}"}}]},
             {"role":"tool","tool_call_id":"get_flight_info_1",
              "content":[{"type":"document","document":{"data":{"flight":"SEA-1","departs":"12:00"}}}]}]
            """;

    @Test
    void v2LoopSendsTheAssistantTurnBackWithItsToolPlanAndReportsTheTokensOfBothCalls() throws Exception {
        respond(V2_TOOL_CALL);
        respond(V2_ANSWER);

        Message out = template.request(uri("chat", "tools=#flights"),
                e -> e.getMessage().setBody("Next flight from Seattle?")).getMessage();

        assertEquals("Flight SEA-1 leaves at noon.", out.getBody(String.class));
        take();
        assertEquals(json(V2_MESSAGES_AFTER_THE_TOOL), body(take()).get("messages"));
        assertEquals(2, out.getHeader(AiHeaders.MODEL_CALLS));
        assertEquals(3080L, out.getHeader(AiHeaders.INPUT_TOKENS), "1500 + 1580, not the last call's 1580");
        assertEquals(54L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(3134L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals(52L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS));
        assertEquals(29L, out.getHeader(CohereConstants.BILLED_OUTPUT_TOKENS));
        List<?> conversation = out.getHeader(AiHeaders.CONVERSATION, List.class);
        assertEquals("I will look up the flight.", ((ChatMessage) conversation.get(1)).toolPlan());
    }

    /** The result of a streamed chat, drained inside the route that got the stream (it closes with its exchange). */
    private ChatResult drained(String uri, String prompt) throws Exception {
        ChatResult[] result = new ChatResult[1];
        Exchange out = ChatStreams.read(context, uri, e -> e.getMessage().setBody(prompt), stream -> {
            try (ChatStream s = stream) {
                result[0] = s.drain();
            }
        });
        if (out.getException() != null) {
            throw out.getException();
        }
        return result[0];
    }

    private static MockResponse sse(String events) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(events).build();
    }

    private static final String V2_STREAMED_TOOL_CALL = """
            event: message-start
            data: {"id":"s-1","type":"message-start","delta":{"message":{"role":"assistant","content":[],"tool_plan":"","tool_calls":[],"citations":[]}}}

            event: tool-plan-delta
            data: {"type":"tool-plan-delta","delta":{"message":{"tool_plan":"I will look up"}}}

            event: tool-plan-delta
            data: {"type":"tool-plan-delta","delta":{"message":{"tool_plan":" the flight."}}}

            event: tool-call-start
            data: {"type":"tool-call-start","index":0,"delta":{"message":{"tool_calls":{"id":"get_flight_info_1","type":"function","function":{"name":"get_flight_info","arguments":""}}}}}

            event: tool-call-delta
            data: {"type":"tool-call-delta","index":0,"delta":{"message":{"tool_calls":{"function":{"arguments":"{\\"origin\\": \\"Seattle\\"}"}}}}}

            event: tool-call-end
            data: {"type":"tool-call-end","index":0}

            event: message-end
            data: {"type":"message-end","delta":{"finish_reason":"TOOL_CALL","usage":{"billed_units":{"input_tokens":12,"output_tokens":20},"tokens":{"input_tokens":1500,"output_tokens":45}}}}

            data: [DONE]

            """;

    private static final String V2_STREAMED_ANSWER = """
            event: message-start
            data: {"id":"s-2","type":"message-start","delta":{"message":{"role":"assistant"}}}

            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":"Flight SEA-1 leaves at noon."}}}}

            event: message-end
            data: {"type":"message-end","delta":{"finish_reason":"COMPLETE","usage":{"billed_units":{"input_tokens":40,"output_tokens":9},"tokens":{"input_tokens":1580,"output_tokens":9}}}}

            data: [DONE]

            """;

    @Test
    void v2StreamedLoopSendsTheStreamedToolPlanBackWithTheCalls() throws Exception {
        server.enqueue(sse(V2_STREAMED_TOOL_CALL));
        server.enqueue(sse(V2_STREAMED_ANSWER));

        ChatResult result = drained(uri("chat", "tools=#flights&stream=true"), "Next flight from Seattle?");

        assertEquals("Flight SEA-1 leaves at noon.", result.text());
        take();
        assertEquals(json(V2_MESSAGES_AFTER_THE_TOOL), body(take()).get("messages"));
        assertEquals(3080L, result.usage().inputTokens(), "a stream of rounds adds them up too");
    }

    @Test
    void v2ManualToolCallsEipKeepsTheToolPlanInTheConversationItSendsBack() throws Exception {
        respond(V2_TOOL_CALL);
        respond(V2_ANSWER);
        String chat = uri("chat", "tools=#flights&toolExecution=manual");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:manual").to(chat).process(ToolCalls.route().bean(new Flights())).to(chat);
            }
        });

        String answer = template.requestBody("direct:manual", "Next flight from Seattle?", String.class);

        assertEquals("Flight SEA-1 leaves at noon.", answer);
        take();
        assertEquals(json(V2_MESSAGES_AFTER_THE_TOOL), body(take()).get("messages"));
    }

    // ---- v1: COMPLETE with tool calls, streamed or not

    private static final String V1_TOOL_CALL = """
            {"text":"I will look up the flight.","generation_id":"gen-1","finish_reason":"COMPLETE",
             "tool_calls":[{"name":"get_flight_info","parameters":{"origin":"Seattle"}}],
             "meta":{"billed_units":{"input_tokens":10,"output_tokens":15},"tokens":{"input_tokens":900,"output_tokens":30}}}
            """;

    private static final String[] V1_STREAMED_TOOL_CALL = {
            "{\"is_finished\":false,\"event_type\":\"stream-start\",\"generation_id\":\"gen-1\"}",
            "{\"is_finished\":false,\"event_type\":\"tool-calls-chunk\",\"text\":\"I will look up the flight.\"}",
            "{\"is_finished\":false,\"event_type\":\"tool-calls-chunk\",\"tool_call_delta\":{\"index\":0,"
                    + "\"name\":\"get_flight_info\"}}",
            "{\"is_finished\":false,\"event_type\":\"tool-calls-chunk\",\"tool_call_delta\":{\"index\":0,"
                    + "\"parameters\":\"{\\\"origin\\\": \\\"Seattle\\\"}\"}}",
            "{\"is_finished\":false,\"event_type\":\"tool-calls-generation\",\"text\":\"I will look up the flight.\","
                    + "\"tool_calls\":[{\"name\":\"get_flight_info\",\"parameters\":{\"origin\":\"Seattle\"}}]}",
            "{\"is_finished\":true,\"event_type\":\"stream-end\",\"finish_reason\":\"COMPLETE\",\"response\":"
                    + "{\"text\":\"I will look up the flight.\",\"generation_id\":\"gen-1\",\"tool_calls\":[{\"name\":"
                    + "\"get_flight_info\",\"parameters\":{\"origin\":\"Seattle\"}}],\"finish_reason\":\"COMPLETE\","
                    + "\"meta\":{\"billed_units\":{\"input_tokens\":10,\"output_tokens\":15},"
                    + "\"tokens\":{\"input_tokens\":900,\"output_tokens\":30}}}}"};

    private static final String[] V1_STREAMED_ANSWER = {
            "{\"is_finished\":false,\"event_type\":\"stream-start\",\"generation_id\":\"gen-2\"}",
            "{\"is_finished\":false,\"event_type\":\"text-generation\",\"text\":\"Noon.\"}",
            "{\"is_finished\":true,\"event_type\":\"stream-end\",\"finish_reason\":\"COMPLETE\",\"response\":"
                    + "{\"text\":\"Noon.\",\"generation_id\":\"gen-2\",\"finish_reason\":\"COMPLETE\","
                    + "\"meta\":{\"billed_units\":{\"input_tokens\":30,\"output_tokens\":2},"
                    + "\"tokens\":{\"input_tokens\":950,\"output_tokens\":2}}}}"};

    private static MockResponse ndjson(String[] events) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/stream+json")
                .body(String.join("\n", events) + "\n").build();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void v1TurnThatAsksForToolsEndsWithToolCallsStreamedOrNotAndKeepsTheRawComplete(boolean stream) throws Exception {
        server.enqueue(stream
                ? ndjson(V1_STREAMED_TOOL_CALL)
                : new MockResponse.Builder().addHeader("Content-Type", "application/json").body(V1_TOOL_CALL).build());

        String chat = uri("chat", "apiVersion=v1&tools=#flights&toolExecution=manual&stream=" + stream);
        ChatResult result;
        if (stream) {
            result = drained(chat, "Next flight from Seattle?");
        } else {
            Exchange out = template.request(chat, e -> e.getMessage().setBody("Next flight from Seattle?"));
            result = ChatResult.builder()
                    .finishReason(out.getMessage().getHeader(AiHeaders.FINISH_REASON, FinishReason.class))
                    .finishReasonRaw(out.getMessage().getHeader(AiHeaders.FINISH_REASON_RAW, String.class))
                    .text(out.getMessage().getBody(String.class))
                    .toolCalls(out.getMessage().getHeader(AiHeaders.TOOL_CALLS, List.class)).build();
        }

        assertEquals(FinishReason.TOOL_CALLS, result.finishReason());
        assertEquals("COMPLETE", result.finishReasonRaw(), "the provider's own string");
        assertEquals("I will look up the flight.", result.text(), "v1's text of a tool turn is its plan");
        assertEquals(List.of(new ToolCall("gen-1-0", "get_flight_info", "{\"origin\":\"Seattle\"}")),
                result.toolCalls().stream().map(c -> new ToolCall(c.id(), c.name(),
                        json(c.arguments()).toString())).toList());
    }

    @Test
    void v1StreamedLoopSendsThePlanBackAsTheChatbotMessageAndAddsUpTheUsage() throws Exception {
        server.enqueue(ndjson(V1_STREAMED_TOOL_CALL));
        server.enqueue(ndjson(V1_STREAMED_ANSWER));

        ChatResult result = drained(uri("chat", "apiVersion=v1&tools=#flights&stream=true"),
                "Next flight from Seattle?");

        assertEquals("Noon.", result.text());
        assertEquals(new Usage(1850L, 32L, 1882L, Map.of(CohereConstants.BILLED_INPUT_TOKENS, 40L,
                CohereConstants.BILLED_OUTPUT_TOKENS, 17L)), result.usage());
        take();
        JsonNode second = body(take());
        assertEquals("", second.get("message").asText());
        assertEquals(json("""
                [{"role":"USER","message":"Next flight from Seattle?"},
                 {"role":"CHATBOT","message":"I will look up the flight.",
                  "tool_calls":[{"name":"get_flight_info","parameters":{"origin":"Seattle"}}]}]
                """), second.get("chat_history"));
        assertEquals(json("""
                [{"call":{"name":"get_flight_info","parameters":{"origin":"Seattle"}},
                  "outputs":[{"flight":"SEA-1","departs":"12:00"}]}]
                """), second.get("tool_results"));
        assertTrue(second.get("stream").asBoolean());
    }
}
