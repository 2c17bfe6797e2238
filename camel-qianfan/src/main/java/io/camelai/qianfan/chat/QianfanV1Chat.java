package io.camelai.qianfan.chat;

import java.util.Map;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.qianfan.QianfanEndpoint;
import io.camelai.qianfan.QianfanErrors;
import io.camelai.qianfan.QianfanModels;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.json.AiJson;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Qianfan v1 {@code POST .../wenxinworkshop/chat/{endpoint}}, plain and streamed. */
public final class QianfanV1Chat implements ChatProvider<QianfanConfiguration> {

    static final MediaType JSON = MediaType.get("application/json");
    /** The model called when neither the model nor the endpoint option is set. */
    public static final String DEFAULT_MODEL = "ERNIE-Lite-8K";

    private final QianfanEndpoint endpoint;
    private final QianfanV1RequestMapper mapper;

    public QianfanV1Chat(QianfanEndpoint endpoint) {
        this.endpoint = endpoint;
        this.mapper = new QianfanV1RequestMapper(new QianfanFunctionExtras(endpoint.getCamelContext(),
                endpoint.getConfiguration()));
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
        return endpoint.httpClient().executeJson(call.exchange(), request, (response, body) -> {
            QianfanErrors.check(body, call.exchange(), request, response.header("X-Baidu-Request-Id"),
                    endpoint.secretMasker());
            return QianfanV1Responses.result(body).model(model(call)).build();
        });
    }

    @Override
    public ChatChunkSource stream(ChatCall<QianfanConfiguration> call) throws AiHttpException {
        Request request = request(call, true);
        // an error in stream mode comes back as a plain JSON body (HTTP 200), not as events: open() decodes it
        // with QianfanErrorDecoder, so it fails with the API's error code like a unary call
        return endpoint.httpClient().open(call.exchange(), request, StreamMediaTypes.SSE,
                QianfanV1StreamSource::new);
    }

    private Request request(ChatCall<QianfanConfiguration> call, boolean stream) {
        Map<String, Object> body = mapper.map(call, stream);
        QianfanConfiguration cfg = call.configuration();
        HttpUrl url = cfg.getEndpoint() != null && call.model() == null
                ? endpoint.v1Url("chat", "option endpoint", cfg.getEndpoint())
                : endpoint.v1Url("chat", modelSource(call), QianfanModels.chatEndpoint(modelSource(call), model(call)));
        return new Request.Builder()
                .url(url)
                .post(RequestBody.create(AiJson.write(body), JSON))
                .build();
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
