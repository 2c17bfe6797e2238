package io.camelai.cohere.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.CohereUsage;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.api.V2ChatResponse;
import io.camelai.cohere.api.V2ToolCall;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.HttpChatProvider;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.Response;

/** Cohere's {@code POST /v2/chat}, plain and streamed. */
public final class CohereV2Chat extends HttpChatProvider<CohereConfiguration> {

    private static final V2ChatResponse EMPTY = new V2ChatResponse(null, null, null, null, null);

    private final CohereV2RequestMapper mapper;

    public CohereV2Chat(CohereEndpoint endpoint) {
        super(endpoint, "/v2/chat", V2ChatRequest.class, StreamMediaTypes.SSE, CohereV2StreamSource::new);
        this.mapper = new CohereV2RequestMapper(new JsonSchemaOption(endpoint.getCamelContext(),
                endpoint.getConfiguration().getJsonSchema()), endpoint.structuredOutput());
    }

    @Override
    protected Object body(ChatCall<CohereConfiguration> call, boolean stream) {
        return mapper.map(call, stream);
    }

    /** Reads the body straight into the answer's type, without a tree in between (the hot path of a unary call). */
    @Override
    protected ChatResult answer(ChatCall<CohereConfiguration> call, Request request, Response response)
            throws IOException {
        // an empty body reads as an empty object, as for every provider (AiHttpClient.json)
        V2ChatResponse r = CohereV2Answer.read(response.body().bytes());
        return result(r != null ? r : EMPTY);
    }

    @Override
    protected ChatResult result(ChatCall<CohereConfiguration> call, Request request, Response response,
            JsonNode body) throws IOException {
        return result(AiJson.mapper().treeToValue(body, V2ChatResponse.class));
    }

    static ChatResult result(V2ChatResponse r) {
        V2ChatResponse.Message m = r.message();
        List<ToolCall> calls = new ArrayList<>();
        if (m != null && m.toolCalls() != null) {
            for (V2ToolCall c : m.toolCalls()) {
                calls.add(new ToolCall(c.id(), c.function().name(), c.function().arguments()));
            }
        }
        return ChatResult.builder()
                .text(m == null ? "" : m.text())
                .responseId(r.id())
                .finishReason(CohereFinishReasons.of(r.finishReason()))
                .finishReasonRaw(r.finishReason())
                .usage(CohereUsage.of(r.usage()))
                .toolCalls(calls)
                .toolPlan(m == null ? null : m.toolPlan())
                .citations(m == null ? null : m.citations())
                .header(CohereConstants.TOOL_PLAN, m == null ? null : m.toolPlan())
                .raw(r)
                .build();
    }

}
