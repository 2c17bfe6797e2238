package io.camelai.qianfan.chat;

import java.util.Map;
import java.util.Set;

import io.camelai.qianfan.QianfanConfiguration;
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
public final class QianfanV2Chat implements ChatProvider<QianfanConfiguration> {

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
    public ChatResult chat(ChatCall<QianfanConfiguration> call) throws AiHttpException {
        Request request = request(call, false);
        return endpoint.httpClient().executeJson(call.exchange(), request,
                (response, body) -> OpenAiChatFormat.result(body));
    }

    @Override
    public ChatChunkSource stream(ChatCall<QianfanConfiguration> call) throws AiHttpException {
        return endpoint.httpClient().open(call.exchange(), request(call, true), StreamMediaTypes.SSE,
                OpenAiStreamSource::new);
    }

    private Request request(ChatCall<QianfanConfiguration> call, boolean stream) {
        Map<String, Object> body = QianfanV2RequestMapper.map(call, stream);
        return new Request.Builder()
                .url(endpoint.url("/v2/chat/completions"))
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(AiJson.write(body), QianfanV1Chat.JSON))
                .build();
    }
}
