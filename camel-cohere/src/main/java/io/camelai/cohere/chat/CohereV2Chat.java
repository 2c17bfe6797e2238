package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.List;

import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.CohereUsage;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.api.V2ChatResponse;
import io.camelai.cohere.api.V2ToolCall;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.JsonSchemaOption;
import okhttp3.MediaType;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Cohere's {@code POST /v2/chat}, plain and streamed. */
public final class CohereV2Chat implements ChatProvider<CohereConfiguration> {

    static final MediaType JSON = MediaType.get("application/json");

    private final CohereEndpoint endpoint;
    private final CohereV2RequestMapper mapper;

    public CohereV2Chat(CohereEndpoint endpoint) {
        this.endpoint = endpoint;
        this.mapper = new CohereV2RequestMapper(new JsonSchemaOption(endpoint.getCamelContext(),
                endpoint.getConfiguration().getJsonSchema()));
    }

    @Override
    public String name() {
        return CohereConstants.SCHEME;
    }

    @Override
    public boolean isNativeRequest(Object body) {
        return body instanceof V2ChatRequest;
    }

    @Override
    public ChatResult chat(ChatCall<CohereConfiguration> call) throws AiHttpException {
        Request request = request(mapper.map(call, false), "application/json");
        return endpoint.httpClient().executeJson(call.exchange(), request,
                (response, body) -> result(AiJson.mapper().treeToValue(body, V2ChatResponse.class)));
    }

    @Override
    public ChatChunkSource stream(ChatCall<CohereConfiguration> call) throws AiHttpException {
        Request request = request(mapper.map(call, true), "text/event-stream");
        return endpoint.httpClient().open(call.exchange(), request, StreamMediaTypes.SSE,
                CohereV2StreamSource::new);
    }

    private Request request(Object body, String accept) {
        return new Request.Builder()
                .url(endpoint.url("/v2/chat"))
                .header("Accept", accept)
                .post(RequestBody.create(AiJson.write(body), JSON))
                .build();
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
                .usage(r.usage() == null ? null : CohereUsage.of(AiJson.mapper().valueToTree(r.usage())))
                .toolCalls(calls)
                .toolPlan(m == null ? null : m.toolPlan())
                .citations(m == null ? null : m.citations())
                .header(CohereConstants.TOOL_PLAN, m == null ? null : m.toolPlan())
                .raw(r)
                .build();
    }

}
