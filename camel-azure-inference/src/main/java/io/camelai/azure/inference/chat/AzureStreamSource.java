package io.camelai.azure.inference.chat;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConstants;
import io.camelai.support.openai.OpenAiStreamSource;
import okhttp3.Response;

/** An Azure chat stream: the OpenAI-style stream, keeping the prompt filter results of its first chunk. */
final class AzureStreamSource extends OpenAiStreamSource {

    private JsonNode promptFilterResults;

    AzureStreamSource(Response response) {
        super(response);
    }

    @Override
    protected void read(JsonNode chunk) throws IOException {
        if (chunk.hasNonNull("prompt_filter_results")) {
            promptFilterResults = chunk.get("prompt_filter_results");
        }
        super.read(chunk);
    }

    @Override
    protected Map<String, Object> endHeaders() {
        return promptFilterResults == null
                ? Map.of()
                : Map.of(AzureInferenceConstants.PROMPT_FILTER_RESULTS, promptFilterResults);
    }
}
