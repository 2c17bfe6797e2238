package io.camelai.qianfan.chat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.camelai.support.stream.MalformedStreamException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Qianfan v1 {@code POST .../wenxinworkshop/chat/{endpoint}}, plain and streamed. */
public final class QianfanV1Chat implements ChatProvider {

    static final MediaType JSON = MediaType.get("application/json");
    static final String DEFAULT_MODEL = "ERNIE-Lite-8K";

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
    public ChatResult chat(ChatCall call) throws AiHttpException {
        Request request = request(call, false);
        return endpoint.httpClient().execute(call.exchange(), request, response -> {
            JsonNode body = AiJson.mapper().readTree(response.body().byteStream());
            QianfanErrors.check(body, call.exchange(), request, response.header("X-Baidu-Request-Id"));
            return QianfanV1Responses.result(body).model(model(call)).build();
        });
    }

    @Override
    public ChatChunkSource stream(ChatCall call) throws AiHttpException {
        Request request = request(call, true);
        return endpoint.httpClient().open(call.exchange(), request, response -> {
            // an error in stream mode comes back as a plain JSON body, not as events
            if (isJson(response)) {
                JsonNode body = AiJson.mapper().readTree(response.body().byteStream());
                QianfanErrors.check(body, call.exchange(), request, response.header("X-Baidu-Request-Id"));
                throw new MalformedStreamException("expected an event stream, got a JSON body");
            }
            return new QianfanV1StreamSource(response);
        });
    }

    static boolean isJson(Response response) {
        MediaType type = response.body().contentType();
        return type != null && "json".equals(type.subtype());
    }

    private Request request(ChatCall call, boolean stream) {
        Map<String, Object> body = mapper.map(call, stream);
        QianfanConfiguration cfg = (QianfanConfiguration) call.configuration();
        String urlEndpoint = cfg.getEndpoint() != null && call.model() == null ? cfg.getEndpoint()
                : QianfanModels.chatEndpoint(model(call));
        return new Request.Builder()
                .url(endpoint.url(endpoint.v1Path("chat", urlEndpoint)))
                .post(RequestBody.create(AiJson.write(body), JSON))
                .build();
    }

    private static String model(ChatCall call) {
        QianfanConfiguration cfg = (QianfanConfiguration) call.configuration();
        if (call.model() != null) {
            return call.model();
        }
        if (cfg.getModel() != null) {
            return cfg.getModel();
        }
        return cfg.getEndpoint() != null ? cfg.getEndpoint() : DEFAULT_MODEL;
    }
}
