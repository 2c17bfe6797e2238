package io.camelai.cohere;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V2ChatResponse;
import io.camelai.support.chat.ChatHeaders;
import io.camelai.support.chat.Usage;
import org.apache.camel.Message;

/**
 * Cohere's usage as headers. A response (v2 {@code usage}, v1 {@code meta}) carries {@code tokens}, what the model
 * processed, and {@code billed_units}, what the account is charged for (far fewer input tokens: the system prompt
 * Cohere adds is not billed). {@code CamelAi*Tokens} report the tokens the model processed, falling back to the billed
 * units only when a response has no {@code tokens}; the billed units go to {@code CamelCohereBilled*}.
 */
public final class CohereUsage {

    private static final Map<String, String> BILLED = new LinkedHashMap<>();

    static {
        BILLED.put("input_tokens", CohereConstants.BILLED_INPUT_TOKENS);
        BILLED.put("output_tokens", CohereConstants.BILLED_OUTPUT_TOKENS);
        BILLED.put("search_units", CohereConstants.BILLED_SEARCH_UNITS);
        BILLED.put("classifications", CohereConstants.BILLED_CLASSIFICATIONS);
        BILLED.put("images", CohereConstants.BILLED_IMAGES);
        BILLED.put("image_tokens", CohereConstants.BILLED_IMAGE_TOKENS);
    }

    private CohereUsage() {}

    /** The usage of one response from its v2 {@code usage} or v1 {@code meta} object; null when it reports none. */
    public static Usage of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode billed = node.path("billed_units");
        Usage tokens = tokens(node.path("tokens"), false);
        if (tokens == null) {
            tokens = tokens(billed, true);
        }
        Map<String, Long> details = new LinkedHashMap<>();
        BILLED.forEach((field, header) -> {
            Long v = count(billed, field);
            if (v != null) {
                details.put(header, v);
            }
        });
        if (tokens == null && details.isEmpty()) {
            return null;
        }
        return (tokens == null ? new Usage(null, null, null) : tokens).withDetails(details);
    }

    /**
     * The usage of a v2 chat answer bound to its type: the same counts and headers as {@link #of(JsonNode)} reads
     * from the JSON object, without building a tree of it first (the hot path of a unary chat).
     */
    public static Usage of(V2ChatResponse.Usage usage) {
        if (usage == null) {
            return null;
        }
        V2ChatResponse.Tokens billed = usage.billedUnits();
        Usage tokens = tokens(usage.tokens(), false);
        if (tokens == null) {
            tokens = tokens(billed, true);
        }
        Map<String, Long> details = new LinkedHashMap<>();
        if (billed != null) {
            // in the order of BILLED
            detail(details, CohereConstants.BILLED_INPUT_TOKENS, billed.inputTokens());
            detail(details, CohereConstants.BILLED_OUTPUT_TOKENS, billed.outputTokens());
            detail(details, CohereConstants.BILLED_SEARCH_UNITS, billed.searchUnits());
            detail(details, CohereConstants.BILLED_CLASSIFICATIONS, billed.classifications());
            detail(details, CohereConstants.BILLED_IMAGES, billed.images());
            detail(details, CohereConstants.BILLED_IMAGE_TOKENS, billed.imageTokens());
        }
        if (tokens == null && details.isEmpty()) {
            return null;
        }
        return (tokens == null ? new Usage(null, null, null) : tokens).withDetails(details);
    }

    private static Usage tokens(V2ChatResponse.Tokens counts, boolean billed) {
        if (counts == null) {
            return null;
        }
        Long in = Usage.count(counts.inputTokens());
        Long out = Usage.count(counts.outputTokens());
        Long images = billed ? Usage.count(counts.imageTokens()) : null;
        if (images != null) {
            in = in == null ? images : in + images;
        }
        return in == null && out == null ? null : Usage.of(in, out);
    }

    private static void detail(Map<String, Long> details, String header, Double value) {
        Long v = Usage.count(value);
        if (v != null) {
            details.put(header, v);
        }
    }

    /** Writes the usage headers of a non-chat call, removing the billed units an earlier call left. */
    public static void write(Message message, Usage usage) {
        BILLED.values().forEach(message::removeHeader);
        ChatHeaders.usage(message, usage);
    }

    /** Token counts of a {@code tokens} object, or (a fallback) of {@code billed_units} with its image tokens as input. */
    private static Usage tokens(JsonNode counts, boolean billed) {
        Long in = count(counts, "input_tokens");
        Long out = count(counts, "output_tokens");
        Long images = billed ? count(counts, "image_tokens") : null;
        if (images != null) {
            in = in == null ? images : in + images;
        }
        return in == null && out == null ? null : Usage.of(in, out);
    }

    /** Counts are JSON numbers that may be floats ({@code 18.0}); untrusted, so bounded by {@link Usage#count}. */
    private static Long count(JsonNode node, String field) {
        return Usage.count(node, field);
    }
}
