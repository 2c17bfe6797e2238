package io.camelai.qianfan.chat;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanEndpoint;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.HttpChatProvider;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.openai.OpenAiStreamSource;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Qianfan v2 {@code POST /v2/chat/completions} (OpenAI-compatible), plain and streamed, with the
 * chat format shared with Azure. Streams ask for usage ({@code stream_options.include_usage}).
 */
public final class QianfanV2Chat extends HttpChatProvider<QianfanConfiguration> {

    /** The model called when neither the model nor the endpoint option is set. */
    public static final String DEFAULT_MODEL = QianfanV2RequestMapper.DEFAULT_MODEL;

    /** The top-level keys a v2 chat body gets from this component: no extraParameters.* key may name one. */
    public static final Set<String> FIELDS = QianfanV2RequestMapper.FIELDS;

    public QianfanV2Chat(QianfanEndpoint endpoint) {
        super(endpoint, "/v2/chat/completions", QianfanChatRequest.class, StreamMediaTypes.SSE,
                OpenAiStreamSource::new);
    }

    @Override
    protected Object body(ChatCall<QianfanConfiguration> call, boolean stream) {
        return QianfanV2RequestMapper.map(call, stream, endpoint.structuredOutput());
    }

    @Override
    protected ChatResult result(ChatCall<QianfanConfiguration> call, Request request, Response response,
            JsonNode body) {
        return OpenAiChatFormat.result(body);
    }
}
