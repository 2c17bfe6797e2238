package io.camelai.cohere.chat;

import java.util.Map;

import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Cohere's {@code POST /v1/chat}, plain and streamed; streams are newline-delimited JSON, or SSE with
 * {@code streamFormat=sse} (which sends the {@code Accepts: text/event-stream} request header v1 looks for).
 */
public final class CohereV1Chat implements ChatProvider<CohereConfiguration> {

    private final CohereEndpoint endpoint;
    private final CohereV1RequestMapper mapper;

    public CohereV1Chat(CohereEndpoint endpoint) {
        this.endpoint = endpoint;
        this.mapper = new CohereV1RequestMapper(new JsonSchemaOption(endpoint.getCamelContext(),
                endpoint.getConfiguration().getJsonSchema()), endpoint.secretMasker());
    }

    @Override
    public String name() {
        return CohereConstants.SCHEME;
    }

    @Override
    public boolean isNativeRequest(Object body) {
        return body instanceof V1ChatRequest;
    }

    @Override
    public ChatResult chat(ChatCall<CohereConfiguration> call) throws AiHttpException {
        Request request = request(mapper.map(call, false), null);
        return endpoint.httpClient().executeJson(call.exchange(), request,
                (response, body) -> CohereV1Responses.result(body).build());
    }

    @Override
    public ChatChunkSource stream(ChatCall<CohereConfiguration> call) throws AiHttpException {
        CohereConfiguration cfg = call.configuration();
        Request request = request(mapper.map(call, true), "sse".equals(cfg.getStreamFormat())
                ? "text/event-stream" : null);
        // NDJSON by default; SSE when asked for (and tolerated either way: the source reads what came)
        return endpoint.httpClient().open(call.exchange(), request,
                StreamMediaTypes.NDJSON.or(StreamMediaTypes.SSE), CohereV1StreamSource::new);
    }

    private Request request(Map<String, Object> body, String accepts) {
        Request.Builder b = new Request.Builder()
                .url(endpoint.url("/v1/chat"))
                .post(RequestBody.create(AiJson.write(body), CohereV2Chat.JSON));
        if (accepts != null) {
            // v1 selects SSE framing with this (misspelt, but real) request header
            b.header("Accepts", accepts);
        }
        return b.build();
    }
}
