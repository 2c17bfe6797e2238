package io.camelai.support.console;

import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.telemetry.MeteredChatProvider;

/**
 * A chat provider whose every model call the dev console sees: each answer's tokens, and each stream as open until it
 * is closed. The chat producer wraps its provider in one, so every round of a tool loop, streamed or not, is counted.
 */
public final class TrackedChatProvider<C extends AiConfiguration> implements ChatProvider<C> {

    private final ChatProvider<C> provider;
    private final AiStats stats;

    public TrackedChatProvider(ChatProvider<C> provider, AiStats stats) {
        this.provider = provider;
        this.stats = stats;
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
        ChatResult result = provider.chat(call);
        stats.tokens(result.model() != null ? result.model() : MeteredChatProvider.requestModel(call), result.usage());
        return result;
    }

    @Override
    public ChatChunkSource stream(ChatCall<C> call) throws AiHttpException {
        return stats.track(provider.stream(call), MeteredChatProvider.requestModel(call));
    }
}
