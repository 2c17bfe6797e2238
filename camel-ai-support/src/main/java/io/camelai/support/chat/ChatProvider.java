package io.camelai.support.chat;

import io.camelai.support.AiHttpException;
import io.camelai.support.config.AiConfiguration;

/**
 * What a provider module supplies to the provider-neutral chat machinery: its request mapping and response parsing,
 * for one call and for a stream. Tool loops, streaming delivery, headers and body handling are done once, in
 * {@link ChatProducer}.
 */
public interface ChatProvider<C extends AiConfiguration> {

    /** The provider's name in messages: {@code cohere}, {@code azure-inference}, {@code qianfan}. */
    String name();

    /** Whether a message body is one of this provider's own request types, to be sent as given. */
    boolean isNativeRequest(Object body);

    /** One non-streaming call. */
    ChatResult chat(ChatCall<C> call) throws AiHttpException;

    /** Opens a streaming call; the HTTP response is read lazily as the returned source is read. */
    ChatChunkSource stream(ChatCall<C> call) throws AiHttpException;
}
