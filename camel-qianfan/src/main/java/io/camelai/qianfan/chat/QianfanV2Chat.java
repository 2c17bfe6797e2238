package io.camelai.qianfan.chat;

import java.util.Map;
import java.util.Set;

import io.camelai.qianfan.QianfanConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.qianfan.QianfanEndpoint;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.json.AiJson;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.openai.OpenAiStreamSource;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Qianfan v2 {@code POST /v2/chat/completions} (OpenAI-compatible), plain and streamed, with the
 * chat format shared with Azure. Streams ask for usage ({@code stream_options.include_usage}).
 */
public final class QianfanV2Chat implements ChatProvider {

    /** The model called when neither the model nor the endpoint option is set. */
    public static final String DEFAULT_MODEL = QianfanV2RequestMapper.DEFAULT_MODEL;

    /** The top-level keys a v2 chat body gets from this component: no extraParameters.* key may name one. */
    public static final Set<String> FIELDS = QianfanV2RequestMapper.FIELDS;

    private final QianfanEndpoint endpoint;

    public QianfanV2Chat(QianfanEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return QianfanConstants.SCHEME;
    }

    @Override
    public boolean isNativeRequest(Object body) {
        return body instanceof QianfanChatRequest;
    }

    @Override
    public ChatResult chat(ChatCall call) throws AiHttpException {
        Request request = request(call, false);
        return endpoint.httpClient().executeJson(call.exchange(), request,
                (response, body) -> OpenAiChatFormat.result(body));
    }

    @Override
    public ChatChunkSource stream(ChatCall call) throws AiHttpException {
        return endpoint.httpClient().open(call.exchange(), request(call, true), StreamMediaTypes.SSE,
                OpenAiStreamSource::new);
    }

    private Request request(ChatCall call, boolean stream) {
        QianfanConfiguration cfg = (QianfanConfiguration) call.configuration();
        QianfanChatRequest own = call.nativeRequest() != null ? ((QianfanChatRequest) call.nativeRequest()).copy()
                : new QianfanChatRequest();
        Map<String, Object> body = own.fields();
        List<Object> messages = new ArrayList<>((List<Object>) body.getOrDefault("messages", List.of()));
        if (call.systemMessage() != null) {
            messages.add(0, OpenAiChatFormat.message(ChatMessage.system(call.systemMessage())));
        } else if (cfg.getSystem() != null && messages.isEmpty()) {
            messages.add(OpenAiChatFormat.message(ChatMessage.system(cfg.getSystem())));
        }
        messages.addAll(OpenAiChatFormat.messages(call.messages()));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A Qianfan chat needs at least one message");
        }
        body.put("messages", messages);
        QianfanRequestBody b = new QianfanRequestBody(body);
        b.fill("model", call.model(), cfg.getModel(), DEFAULT_MODEL);
        b.checked("temperature", "temperature", call.temperature(), QianfanRequestBody.modelScope(call));
        b.fill("temperature", cfg.getTemperature());
        b.checked("max_completion_tokens", "maxOutputTokens", call.maxTokens());
        b.fill("max_completion_tokens", cfg.getMaxOutputTokens());
        b.fill("top_p", cfg.getTopP()).fill("penalty_score", cfg.getPenaltyScore()).fill("stop", cfg.getStop());
        b.fill("user", call.exchange().getMessage().getHeader(QianfanConstants.USER_ID, String.class),
                cfg.getUserId());
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("presence_penalty", cfg.getPresencePenalty());
        b.fill("logprobs", cfg.getLogprobs()).fill("top_logprobs", cfg.getTopLogprobs());
        b.fill("metadata", cfg.getMetadata());
        if (cfg.getResponseFormat() != null) {
            b.fill("response_format", Map.of("type", cfg.getResponseFormat()));
        }
        if (!call.tools().isEmpty()) {
            b.fill("tools", OpenAiChatFormat.tools(call.tools()));
        }
        b.fill("tool_choice", OpenAiChatFormat.toolChoice(cfg.getToolChoice()));
        if (cfg.getExtraParameters() != null) {
            cfg.getExtraParameters().forEach((k, v) -> b.fill(k, AiJson.jsonOrString(v)));
        }
        body.remove("stream");
        if (stream) {
            body.put("stream", true);
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("include_usage", true);
            b.fill("stream_options", options);
        }

        Map<String, Object> body = QianfanV2RequestMapper.map(call, stream);
        return new Request.Builder()
                .url(endpoint.url("/v2/chat/completions"))
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(AiJson.write(body), QianfanV1Chat.JSON))
                .build();
    }
}
