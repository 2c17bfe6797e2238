package io.camelai.support.telemetry;

import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.config.AiConfiguration;

/**
 * A chat provider whose every model call is measured: the chat producer wraps its provider in one, so a tool loop's
 * rounds and each stream (until its end) are counted as the model calls they are.
 */
public final class MeteredChatProvider<C extends AiConfiguration> implements ChatProvider<C> {

    private final ChatProvider<C> provider;
    private final AiMetrics metrics;

    private MeteredChatProvider(ChatProvider<C> provider, AiMetrics metrics) {
        this.provider = provider;
        this.metrics = metrics;
    }

    /** {@code provider} itself when there are no metrics. */
    public static <C extends AiConfiguration> ChatProvider<C> of(ChatProvider<C> provider, AiMetrics metrics) {
        return metrics == AiMetrics.NONE ? provider : new MeteredChatProvider<>(provider, metrics);
    }

    /** The model asked for: {@code CamelAiModel}, else the exchange's {@code model} option. */
    public static String requestModel(ChatCall<?> call) {
        return call.model() != null ? call.model() : call.configuration().getModel();
    }

    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public boolean isNativeRequest(Object body) {
        return provider.isNativeRequest(body);
    }

    @Override
    public ChatResult chat(ChatCall<C> call) throws AiHttpException {
        ModelCall measured = metrics.start(requestModel(call), false);
        try {
            ChatResult result = provider.chat(call);
            measured.succeeded(result.model(), result.usage());
            return result;
        } catch (AiHttpException | RuntimeException e) {
            measured.failed(e);
            throw e;
        }
    }

    @Override
    public ChatChunkSource stream(ChatCall<C> call) throws AiHttpException {
        ModelCall measured = metrics.start(requestModel(call), true);
        try {
            return new MeteredChunkSource(provider.stream(call), measured);
        } catch (AiHttpException | RuntimeException e) {
            measured.failed(e);
            throw e;
        }
    }
}
