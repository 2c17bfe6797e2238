package io.camelai.azure.inference.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConfiguration;
import io.camelai.azure.inference.AzureInferenceConstants;
import io.camelai.azure.inference.AzureInferenceEndpoint;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.json.AiJson;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Azure's {@code POST /chat/completions}, plain and streamed. */
public final class AzureChat implements ChatProvider<AzureInferenceConfiguration> {

    private static final MediaType JSON = MediaType.get("application/json");

    private final AzureInferenceEndpoint endpoint;
    private final AzureChatRequestMapper mapper;

    public AzureChat(AzureInferenceEndpoint endpoint) {
        this.endpoint = endpoint;
        this.mapper = new AzureChatRequestMapper(new JsonSchemaOption(endpoint.getCamelContext(),
                endpoint.getConfiguration().getJsonSchema()));
    }

    @Override
    public String name() {
        return AzureInferenceConstants.SCHEME;
    }

    @Override
    public boolean isNativeRequest(Object body) {
        return body instanceof ChatCompletionsRequest;
    }

    @Override
    public ChatResult chat(ChatCall<AzureInferenceConfiguration> call) throws AiHttpException {
        Request request = request(mapper.map(call, false), "application/json");
        return endpoint.httpClient().executeJson(call.exchange(), request, (response, body) -> {
            ChatResult result = OpenAiChatFormat.result(body);
            JsonNode filters = body.get("prompt_filter_results");
            return filters == null ? result
                    : result.toBuilder().header(AzureInferenceConstants.PROMPT_FILTER_RESULTS, filters).build();
        });
    }

    @Override
    public ChatChunkSource stream(ChatCall<AzureInferenceConfiguration> call) throws AiHttpException {
        Request request = request(mapper.map(call, true), "text/event-stream");
        return endpoint.httpClient().open(call.exchange(), request, StreamMediaTypes.SSE, AzureStreamSource::new);
    }

    private Request request(Object body, String accept) {
        return new Request.Builder()
                .url(endpoint.url("/chat/completions"))
                .header("Accept", accept)
                .post(RequestBody.create(AiJson.write(body), JSON))
                .build();
    }
}
