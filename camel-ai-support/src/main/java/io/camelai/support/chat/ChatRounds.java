package io.camelai.support.chat;

/**
 * What continues a stream after a round that asked for tools (the automatic tool loop): runs the tools and opens the
 * next round's stream, or returns null when the round was the model's answer. {@link ChatStream} then reads on from
 * the new source, so the chunks of every round arrive as one stream.
 */
@FunctionalInterface
public interface ChatRounds {

    ChatChunkSource next(ChatResult round) throws Exception;
}
