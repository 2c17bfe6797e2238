package io.camelai.support.chat;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiEndpoint;
import io.camelai.support.AiHttpException;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.http.AiHttpClient;
import io.camelai.support.http.ResponseHandler;
import io.camelai.support.json.AiJson;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A chat provider over JSON and HTTP: builds the request (URL, JSON body, headers), sends a unary call and opens a
 * stream with the endpoint's HTTP client. A provider supplies its URL, body mapping, answer and stream readers.
 */
public abstract class HttpChatProvider<C extends AiConfiguration> implements ChatProvider<C> {

    protected final AiEndpoint<C> endpoint;
    private final String path;
    private final Class<?> nativeRequestType;
    private final StreamMediaTypes streamTypes;
    private final ResponseHandler<ChatChunkSource> streamSource;

    /**
     * @param path              the path under the base URL (null when {@link #url} is overridden)
     * @param nativeRequestType the provider's own request type, sent as given when it is the message body
     * @param streamTypes       the content types a stream response may have
     * @param streamSource      reads an open stream response as chunks (and then owns it)
     */
    protected HttpChatProvider(AiEndpoint<C> endpoint, String path, Class<?> nativeRequestType,
            StreamMediaTypes streamTypes, ResponseHandler<ChatChunkSource> streamSource) {
        this.endpoint = endpoint;
        this.path = path;
        this.nativeRequestType = nativeRequestType;
        this.streamTypes = streamTypes;
        this.streamSource = streamSource;
    }

    /** Where this call goes: by default the path under the base URL. */
    protected HttpUrl url(ChatCall<C> call) {
        return endpoint.url(path);
    }

    /** The request body object, written with {@link AiJson#write}. */
    protected abstract Object body(ChatCall<C> call, boolean stream);

    /** Reads a successful unary answer. */
    protected abstract ChatResult result(ChatCall<C> call, Request request, Response response, JsonNode body)
            throws IOException, AiHttpException;

    /** Headers besides the body's content type; by default the {@code Accept} of a JSON answer or an SSE stream. */
    protected void headers(ChatCall<C> call, boolean stream, Request.Builder request) {
        request.header("Accept", stream ? "text/event-stream" : "application/json");
    }

    @Override
    public String name() {
        return endpoint.providerName();
    }

    @Override
    public boolean isNativeRequest(Object body) {
        return nativeRequestType.isInstance(body);
    }

    @Override
    public ChatResult chat(ChatCall<C> call) throws AiHttpException {
        Request request = request(call, false);
        AiHttpClient http = endpoint.httpClient();
        return http.execute(call.exchange(), request, response -> {
            ChatResult result = answer(call, request, response);
            http.settleTokens(response, reportedTokens(result.usage()));
            return result;
        });
    }

    private static long reportedTokens(Usage usage) {
        if (usage == null) {
            return -1;
        }
        if (usage.totalTokens() != null) {
            return usage.totalTokens();
        }
        if (usage.inputTokens() == null && usage.outputTokens() == null) {
            return -1;
        }
        return (usage.inputTokens() == null ? 0 : usage.inputTokens())
                + (usage.outputTokens() == null ? 0 : usage.outputTokens());
    }

    /**
     * Reads a successful unary answer: by default its JSON body as a tree, handed to {@link #result}. A provider
     * whose answer binds to its own type may read the body once into that type instead (no tree in between).
     */
    protected ChatResult answer(ChatCall<C> call, Request request, Response response)
            throws IOException, AiHttpException {
        return result(call, request, response, AiHttpClient.json(response));
    }

    @Override
    public ChatChunkSource stream(ChatCall<C> call) throws AiHttpException {
        AiHttpClient http = endpoint.httpClient();
        if (!http.settlesTokens()) {
            return http.open(call.exchange(), request(call, true), streamTypes, streamSource);
        }
        return http.open(call.exchange(), request(call, true), streamTypes,
                response -> new SettlingSource(streamSource.handle(response), http, response));
    }

    /**
     * A stream under a tokensPerMinute budget: its END chunk's usage settles the estimate the stream was charged
     * before it was sent, as a unary answer's usage does.
     */
    private static final class SettlingSource implements ChatChunkSource {

        private final ChatChunkSource source;
        private final AiHttpClient http;
        private final Response response;

        SettlingSource(ChatChunkSource source, AiHttpClient http, Response response) {
            this.source = source;
            this.http = http;
            this.response = response;
        }

        @Override
        public ChatChunk next() throws IOException, AiHttpException {
            ChatChunk chunk = source.next();
            if (chunk != null && chunk.type() == ChunkType.END && chunk.result() != null) {
                http.settleTokens(response, reportedTokens(chunk.result().usage()));
            }
            return chunk;
        }

        @Override
        public void close() {
            source.close();
        }
    }

    private Request request(ChatCall<C> call, boolean stream) {
        Object body = body(call, stream);
        Request.Builder request = new Request.Builder().url(url(call)).post(AiJson.requestBody(body));
        headers(call, stream, request);
        return request.build();
    }
}
