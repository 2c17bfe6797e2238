package io.camelai.support.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.Usage;
import okhttp3.Request;

/**
 * The tokens of a call as the token budget counts them: estimated from the request before it is sent, and, once the
 * answer came, as the provider reported them.
 * <p>
 * The estimate is the request body's UTF-8 bytes divided by 4, rounded up: about a token per four bytes of English
 * text, counting the JSON around the input too, so it tends to be a little high. No tokenizer is run and the output
 * of a chat is not known in advance: the reported usage settles the difference.
 */
final class ReportedTokens {

    private ReportedTokens() {}

    /** The request's estimated input tokens (0 without a body or when its length is unknown). */
    static long estimate(Request request) {
        try {
            long bytes = request.body() == null ? 0 : request.body().contentLength();
            return bytes <= 0 ? 0 : (bytes + 3) / 4;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * The input plus output tokens an answer reports, or -1 when it reports none: OpenAI-style
     * {@code usage.total_tokens} or {@code prompt_tokens} + {@code completion_tokens} (Azure, Qianfan), Cohere v2's
     * {@code usage.tokens} or {@code usage.billed_units}, Cohere v1's {@code meta.billed_units}.
     */
    static long reported(JsonNode body) {
        JsonNode usage = body.path("usage");
        Long total = Usage.count(usage, "total_tokens");
        if (total != null) {
            return total;
        }
        long sum = sum(usage, "prompt_tokens", "completion_tokens");
        for (JsonNode counts : new JsonNode[]{usage.path("tokens"), usage.path("billed_units"),
                body.path("meta").path("billed_units")}) {
            if (sum < 0) {
                sum = sum(counts, "input_tokens", "output_tokens");
            }
        }
        return sum;
    }

    private static long sum(JsonNode node, String input, String output) {
        Long in = Usage.count(node, input);
        Long out = Usage.count(node, output);
        if (in == null && out == null) {
            return -1;
        }
        return (in == null ? 0 : in) + (out == null ? 0 : out);
    }
}
