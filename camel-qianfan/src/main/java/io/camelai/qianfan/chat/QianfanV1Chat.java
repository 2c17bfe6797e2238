package io.camelai.qianfan.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.qianfan.QianfanEndpoint;
import io.camelai.qianfan.QianfanErrors;
import io.camelai.qianfan.QianfanModels;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.HttpChatProvider;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Qianfan v1 {@code POST .../wenxinworkshop/chat/{endpoint}}, plain and streamed. An error comes back as a JSON body
 * with HTTP 200: a unary answer is checked for one, and a stream that is one is decoded like a unary error.
 */
public final class QianfanV1Chat extends HttpChatProvider<QianfanConfiguration> {

    /** The model called when neither the model nor the endpoint option is set. */
    public static final String DEFAULT_MODEL = "ERNIE-Lite-8K";

    private final QianfanEndpoint qianfan;
    private final QianfanV1RequestMapper mapper;

    public QianfanV1Chat(QianfanEndpoint endpoint) {
        super(endpoint, null, QianfanChatRequest.class, StreamMediaTypes.SSE, QianfanV1StreamSource::new);
        this.qianfan = endpoint;
        this.mapper = new QianfanV1RequestMapper(new QianfanFunctionExtras(endpoint.getCamelContext(),
                endpoint.getConfiguration()), endpoint.structuredOutput());
    }

    @Override
    protected HttpUrl url(ChatCall<QianfanConfiguration> call) {
        QianfanConfiguration cfg = call.configuration();
        return cfg.getEndpoint() != null && call.model() == null
                ? qianfan.v1Url("chat", "option endpoint", cfg.getEndpoint())
                : qianfan.v1Url("chat", modelSource(call), QianfanModels.chatEndpoint(modelSource(call), model(call)));
    }

    @Override
    protected Object body(ChatCall<QianfanConfiguration> call, boolean stream) {
        return mapper.map(call, stream);
    }

    /** v1 sends no Accept header. */
    @Override
    protected void headers(ChatCall<QianfanConfiguration> call, boolean stream, Request.Builder request) {}

    @Override
    protected ChatResult result(ChatCall<QianfanConfiguration> call, Request request, Response response,
            JsonNode body) throws AiHttpException {
        QianfanErrors.check(body, call.exchange(), request, response.header("X-Baidu-Request-Id"),
                endpoint.secretMasker());
        return QianfanV1Responses.result(body).model(model(call)).build();
    }

    /** Where the model name came from, for a message about a bad one. */
    private static String modelSource(ChatCall<QianfanConfiguration> call) {
        return call.model() != null ? "header " + QianfanConstants.MODEL : "option model";
    }

    private static String model(ChatCall<QianfanConfiguration> call) {
        QianfanConfiguration cfg = call.configuration();
        if (call.model() != null) {
            return call.model();
        }
        if (cfg.getModel() != null) {
            return cfg.getModel();
        }
        return cfg.getEndpoint() != null ? cfg.getEndpoint() : DEFAULT_MODEL;
    }
}
