package io.camelai.cohere.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V2ChatResponse;
import io.camelai.cohere.api.V2ToolCall;
import io.camelai.support.json.AiJson;

/**
 * Reads a v2 chat answer (https://docs.cohere.com/reference/chat) field by field with Jackson's streaming parser:
 * binding the records through their constructors cost twice the parsing itself, on every unary call. Tool calls,
 * citations and log probabilities, which are rare and nested, are bound by Jackson as before. An answer of another
 * shape (a value of an unexpected JSON type, a key twice, malformed JSON) is bound by Jackson from the start, so it
 * reads exactly as it did, errors included.
 */
final class CohereV2Answer {

    private static final TypeReference<List<V2ToolCall>> TOOL_CALLS = new TypeReference<>() {
    };
    private static final TypeReference<List<JsonNode>> NODES = new TypeReference<>() {
    };

    /** Thrown inside the reader for a shape it leaves to Jackson's binding; never leaves this class. */
    private static final class Unexpected extends Exception {
        private static final long serialVersionUID = 1L;
        private static final Unexpected INSTANCE = new Unexpected();

        private Unexpected() {
            super(null, null, false, false);
        }
    }

    private CohereV2Answer() {}

    /** What {@link #fast} answers for a shape it leaves to Jackson's binding (compared by identity). */
    static final V2ChatResponse LEFT_TO_BINDING = new V2ChatResponse(null, null, null, null, null);

    /** The answer, null for an empty body or a JSON {@code null}. */
    static V2ChatResponse read(byte[] body) throws IOException {
        V2ChatResponse r = fast(body);
        return r != LEFT_TO_BINDING ? r : bound(body);
    }

    /** The answer read field by field; null for an empty body; {@link #LEFT_TO_BINDING} for any other shape. */
    static V2ChatResponse fast(byte[] body) {
        try (JsonParser p = AiJson.mapper().getFactory().createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            if (first == JsonToken.START_OBJECT) {
                return answer(p);
            }
        } catch (Unexpected | IOException e) {
            // left to the binding, which reads it as before (and names what is wrong with it)
        }
        return LEFT_TO_BINDING;
    }

    private static V2ChatResponse bound(byte[] body) throws IOException {
        try (JsonParser p = AiJson.mapper().createParser(body)) {
            return p.nextToken() == null ? null : AiJson.mapper().readValue(p, V2ChatResponse.class);
        }
    }

    private static V2ChatResponse answer(JsonParser p) throws IOException, Unexpected {
        String id = null;
        String finishReason = null;
        V2ChatResponse.Message message = null;
        V2ChatResponse.Usage usage = null;
        List<JsonNode> logprobs = null;
        int seen = 0;
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> {
                    seen = once(seen, 1);
                    id = text(p, value);
                }
                case "finish_reason" -> {
                    seen = once(seen, 2);
                    finishReason = text(p, value);
                }
                case "message" -> {
                    seen = once(seen, 4);
                    message = value == JsonToken.VALUE_NULL ? null : message(p, value);
                }
                case "usage" -> {
                    seen = once(seen, 8);
                    usage = value == JsonToken.VALUE_NULL ? null : usage(p, value);
                }
                case "logprobs" -> {
                    seen = once(seen, 16);
                    logprobs = bind(p, value, NODES);
                }
                default -> p.skipChildren();
            }
        }
        return new V2ChatResponse(id, finishReason, message, usage, logprobs);
    }

    private static V2ChatResponse.Message message(JsonParser p, JsonToken start) throws IOException, Unexpected {
        expect(start, JsonToken.START_OBJECT);
        String role = null;
        List<V2ChatResponse.ContentPart> content = null;
        String toolPlan = null;
        List<V2ToolCall> toolCalls = null;
        List<JsonNode> citations = null;
        int seen = 0;
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "role" -> {
                    seen = once(seen, 1);
                    role = text(p, value);
                }
                case "content" -> {
                    seen = once(seen, 2);
                    content = value == JsonToken.VALUE_NULL ? null : content(p, value);
                }
                case "tool_plan" -> {
                    seen = once(seen, 4);
                    toolPlan = text(p, value);
                }
                case "tool_calls" -> {
                    seen = once(seen, 8);
                    toolCalls = bind(p, value, TOOL_CALLS);
                }
                case "citations" -> {
                    seen = once(seen, 16);
                    citations = bind(p, value, NODES);
                }
                default -> p.skipChildren();
            }
        }
        return new V2ChatResponse.Message(role, content, toolPlan, toolCalls, citations);
    }

    private static List<V2ChatResponse.ContentPart> content(JsonParser p, JsonToken start)
            throws IOException, Unexpected {
        expect(start, JsonToken.START_ARRAY);
        List<V2ChatResponse.ContentPart> parts = new ArrayList<>(1);
        JsonToken t;
        while ((t = next(p)) != JsonToken.END_ARRAY) {
            expect(t, JsonToken.START_OBJECT);
            String type = null;
            String text = null;
            String thinking = null;
            int seen = 0;
            while (next(p) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "type" -> {
                        seen = once(seen, 1);
                        type = text(p, value);
                    }
                    case "text" -> {
                        seen = once(seen, 2);
                        text = text(p, value);
                    }
                    case "thinking" -> {
                        seen = once(seen, 4);
                        thinking = text(p, value);
                    }
                    default -> p.skipChildren();
                }
            }
            parts.add(new V2ChatResponse.ContentPart(type, text, thinking));
        }
        return parts;
    }

    private static V2ChatResponse.Usage usage(JsonParser p, JsonToken start) throws IOException, Unexpected {
        expect(start, JsonToken.START_OBJECT);
        V2ChatResponse.Tokens billed = null;
        V2ChatResponse.Tokens tokens = null;
        Double cached = null;
        int seen = 0;
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "billed_units" -> {
                    seen = once(seen, 1);
                    billed = value == JsonToken.VALUE_NULL ? null : tokens(p, value);
                }
                case "tokens" -> {
                    seen = once(seen, 2);
                    tokens = value == JsonToken.VALUE_NULL ? null : tokens(p, value);
                }
                case "cached_tokens" -> {
                    seen = once(seen, 4);
                    cached = number(p, value);
                }
                default -> p.skipChildren();
            }
        }
        return new V2ChatResponse.Usage(billed, tokens, cached);
    }

    private static V2ChatResponse.Tokens tokens(JsonParser p, JsonToken start) throws IOException, Unexpected {
        expect(start, JsonToken.START_OBJECT);
        Double[] counts = new Double[6];
        int seen = 0;
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            int i = switch (name) {
                case "input_tokens" -> 0;
                case "output_tokens" -> 1;
                case "search_units" -> 2;
                case "classifications" -> 3;
                case "images" -> 4;
                case "image_tokens" -> 5;
                default -> -1;
            };
            if (i < 0) {
                p.skipChildren();
            } else {
                seen = once(seen, 1 << i);
                counts[i] = number(p, value);
            }
        }
        return new V2ChatResponse.Tokens(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /** The next token; the end of the input inside an object or array is malformed JSON, left to the binding. */
    private static JsonToken next(JsonParser p) throws IOException, Unexpected {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw Unexpected.INSTANCE;
        }
        return t;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws Unexpected {
        if (actual != expected) {
            throw Unexpected.INSTANCE;
        }
    }

    /** Marks a key seen; a key twice is left to the binding (which decides which one counts). */
    private static int once(int seen, int bit) throws Unexpected {
        if ((seen & bit) != 0) {
            throw Unexpected.INSTANCE;
        }
        return seen | bit;
    }

    private static String text(JsonParser p, JsonToken value) throws IOException, Unexpected {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static Double number(JsonParser p, JsonToken value) throws IOException, Unexpected {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw Unexpected.INSTANCE;
        }
        return p.getDoubleValue();
    }

    private static <T> T bind(JsonParser p, JsonToken value, TypeReference<T> type) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : AiJson.mapper().readValue(p, type);
    }
}
