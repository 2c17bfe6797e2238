package io.camelai.azure.inference.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConfiguration;
import io.camelai.azure.inference.AzureInferenceConstants;
import io.camelai.azure.inference.AzureInferenceEndpoint;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.HttpChatProvider;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.Response;

/** Azure's {@code POST /chat/completions}, plain and streamed. */
public final class AzureChat extends HttpChatProvider<AzureInferenceConfiguration> {

    private final AzureChatRequestMapper mapper;

    public AzureChat(AzureInferenceEndpoint endpoint) {
        super(endpoint, "/chat/completions", ChatCompletionsRequest.class, StreamMediaTypes.SSE,
                AzureStreamSource::new);
        this.mapper = new AzureChatRequestMapper(new JsonSchemaOption(endpoint.getCamelContext(),
                endpoint.getConfiguration().getJsonSchema()), endpoint.structuredOutput());
    }

    @Override
    protected Object body(ChatCall<AzureInferenceConfiguration> call, boolean stream) {
        return mapper.map(call, stream);
    }

    @Override
    protected ChatResult result(ChatCall<AzureInferenceConfiguration> call, Request request, Response response,
            JsonNode body) {
        ChatResult result = OpenAiChatFormat.result(body);
        JsonNode filters = body.get("prompt_filter_results");
        return filters == null
                ? result
                : result.toBuilder().header(AzureInferenceConstants.PROMPT_FILTER_RESULTS, filters).build();
    }
}
