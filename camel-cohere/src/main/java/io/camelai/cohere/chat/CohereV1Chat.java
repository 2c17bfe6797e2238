package io.camelai.cohere.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.HttpChatProvider;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cohere's {@code POST /v1/chat}, plain and streamed; streams are newline-delimited JSON, or SSE with
 * {@code streamFormat=sse} (which sends the {@code Accepts: text/event-stream} request header v1 looks for).
 */
public final class CohereV1Chat extends HttpChatProvider<CohereConfiguration> {

    private final CohereV1RequestMapper mapper;

    public CohereV1Chat(CohereEndpoint endpoint) {
        // NDJSON by default; SSE when asked for (and tolerated either way: the source reads what came)
        super(endpoint, "/v1/chat", V1ChatRequest.class, StreamMediaTypes.NDJSON.or(StreamMediaTypes.SSE),
                CohereV1StreamSource::new);
        this.mapper = new CohereV1RequestMapper(new JsonSchemaOption(endpoint.getCamelContext(),
                endpoint.getConfiguration().getJsonSchema()), endpoint.structuredOutput(), endpoint.secretMasker());
    }

    @Override
    protected Object body(ChatCall<CohereConfiguration> call, boolean stream) {
        return mapper.map(call, stream);
    }

    @Override
    protected void headers(ChatCall<CohereConfiguration> call, boolean stream, Request.Builder request) {
        if (stream && "sse".equals(call.configuration().getStreamFormat())) {
            // v1 selects SSE framing with this (misspelt, but real) request header
            request.header("Accepts", "text/event-stream");
        }
    }

    @Override
    protected ChatResult result(ChatCall<CohereConfiguration> call, Request request, Response response,
            JsonNode body) {
        return CohereV1Responses.result(body).build();
    }
}
