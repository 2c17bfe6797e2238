package io.camelai.cohere.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V2ChatResponse;
import io.camelai.support.json.AiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field-by-field reader of v2 chat answers gives exactly what Jackson's binding of the records gives: for the
 * answers recorded from the real API, and for answers of other shapes (which it leaves to that binding).
 */
class CohereV2AnswerTest {

    /** Jackson binding the records, as the component read answers before. */
    private static V2ChatResponse bound(String body) throws IOException {
        var p = AiJson.mapper().createParser(body.getBytes(StandardCharsets.UTF_8));
        return p.nextToken() == null ? null : AiJson.mapper().readValue(p, V2ChatResponse.class);
    }

    private static V2ChatResponse read(String body) throws IOException {
        return CohereV2Answer.read(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Every 200 answer of the v2 chat cassettes recorded by langchain-cohere against the real API. */
    static Stream<String> recorded() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String name : List.of("v2-chat.json", "v2-chat-tool-call.json", "v2-chat-tool-loop.json",
                "v2-chat-documents.json")) {
            try (InputStream in = CohereV2AnswerTest.class.getResourceAsStream("/recorded/cohere/" + name)) {
                for (JsonNode i : AiJson.mapper().readTree(in).path("interactions")) {
                    JsonNode response = i.path("response");
                    if (response.path("status").asInt() == 200) {
                        bodies.add(response.has("bodyBase64")
                                ? decoded(response.path("bodyBase64").asText())
                                : response.path("body").asText());
                    }
                }
            }
        }
        return bodies.stream();
    }

    /** A body the cassette keeps in base64, gzip-compressed as it was sent. */
    private static String decoded(String base64) throws IOException {
        byte[] bytes = java.util.Base64.getDecoder().decode(base64);
        if (bytes.length > 1 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
            try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void readsRecordedAnswersAsTheBindingDoes(String body) throws IOException {
        V2ChatResponse expected = bound(body);
        assertEquals(expected, read(body));
        // read field by field, not left to the binding
        assertEquals(expected, CohereV2Answer.fast(body.getBytes(StandardCharsets.UTF_8)));
        assertFalse(expected.message().text().isEmpty() && expected.message().toolCalls() == null, body);
    }

    static Stream<String> shapes() {
        String usage = "\"usage\":{\"billed_units\":{\"input_tokens\":7,\"output_tokens\":8.0,\"images\":null},"
                + "\"tokens\":{\"input_tokens\":503,\"output_tokens\":8},\"cached_tokens\":4,\"extra\":[1]}";
        return Stream.of(
                "{\"id\":\"a\",\"finish_reason\":\"COMPLETE\",\"message\":{\"role\":\"assistant\",\"content\":"
                        + "[{\"type\":\"text\",\"text\":\"Paris \\u00e9 \\\"q\\\"\"}]}," + usage + "}",
                "{\"message\":{\"content\":[{\"type\":\"thinking\",\"thinking\":\"hm\"},{\"type\":\"text\","
                        + "\"text\":\"x\",\"extra\":{\"a\":[1,2]}}],\"tool_plan\":null,\"citations\":[{\"start\":0,"
                        + "\"end\":1,\"text\":\"x\",\"sources\":[]}]},\"logprobs\":[{\"token_ids\":[1]}],\"new\":{}}",
                "{\"id\":null,\"finish_reason\":\"TOOL_CALL\",\"message\":{\"role\":\"assistant\",\"tool_plan\":"
                        + "\"plan\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":"
                        + "\"f\",\"arguments\":\"{\\\"a\\\":1}\"}}],\"content\":null},\"usage\":null}",
                "{\"message\":null,\"usage\":{\"tokens\":null,\"billed_units\":{}}}",
                "{}",
                "{\"message\":{\"content\":[]}}",
                "{\"message\":{\"content\":[],\"tool_calls\":[]},\"usage\":{\"cached_tokens\":1.5e3}}",
                // shapes the reader leaves to the binding
                "{\"id\":\"a\",\"id\":\"b\"}",
                "{\"usage\":{\"tokens\":{\"input_tokens\":\"7\"}}}",
                "{\"message\":{\"content\":[{\"type\":\"text\",\"text\":5}]}}",
                "{\"finish_reason\":true}",
                "{\"message\":{\"role\":\"assistant\",\"role\":\"user\"}}",
                "{\"message\":{\"content\":{\"type\":\"text\"}}}",
                "{\"message\":{\"tool_calls\":\"none\"}}",
                "{\"id\":\"a\"} trailing",
                "null",
                "",
                "   ");
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void readsOtherShapesAsTheBindingDoes(String body) throws IOException {
        V2ChatResponse expected;
        try {
            expected = bound(body);
        } catch (IOException e) {
            IOException actual = assertThrows(IOException.class, () -> read(body), body);
            assertEquals(e.getClass(), actual.getClass(), body);
            assertEquals(e.getMessage(), actual.getMessage(), body);
            return;
        }
        assertEquals(expected, read(body), body);
    }

    @Test
    void leavesOnlyUnusualShapesToTheBinding() {
        assertTrue(CohereV2Answer.fast(bytes("{\"id\":\"a\",\"id\":\"b\"}")) == CohereV2Answer.LEFT_TO_BINDING);
        assertTrue(CohereV2Answer.fast(bytes("{\"finish_reason\":1}")) == CohereV2Answer.LEFT_TO_BINDING);
        assertTrue(CohereV2Answer.fast(bytes("[]")) == CohereV2Answer.LEFT_TO_BINDING);
        assertNull(CohereV2Answer.fast(bytes("")));
        assertEquals("x", CohereV2Answer.fast(bytes("{\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}}"))
                .message().text());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void malformedAnswersFailAsTheBindingFails() {
        for (String body : List.of("{\"id\":\"a\"", "[1]", "{\"message\":{\"content\":[{]}}", "{\"id\":}")) {
            IOException expected = assertThrows(IOException.class, () -> bound(body), body);
            IOException actual = assertThrows(IOException.class, () -> read(body), body);
            assertEquals(expected.getClass(), actual.getClass(), body);
            assertTrue(actual.getMessage().startsWith(expected.getMessage().substring(0, 20)), actual.getMessage());
        }
        assertDoesNotRead("null");
    }

    private static void assertDoesNotRead(String body) {
        try {
            assertNull(read(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
