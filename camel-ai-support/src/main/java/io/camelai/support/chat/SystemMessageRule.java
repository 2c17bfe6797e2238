package io.camelai.support.chat;

import java.util.List;
import java.util.Map;

/**
 * Where the system message of a chat comes from, the same for every provider and API version: a system message the
 * request already has (the caller's own provider request, or a system message in the conversation) is sent as it
 * is; otherwise the {@code CamelAiSystemMessage} header, else the endpoint's {@code systemMessage} expression, else
 * the provider's literal option ({@code system}, {@code preamble}; an endpoint sets one of the two options), becomes
 * the one system message. This is the general precedence (request body, then header, then option) applied to the
 * system message.
 */
public final class SystemMessageRule {

    private SystemMessageRule() {}

    /**
     * The system message the component adds, or null when it adds none.
     *
     * @param requestHas whether the caller's own provider request carries a system message
     * @param option     the endpoint's system option, or null
     */
    public static String added(ChatCall<?> call, boolean requestHas, String option) {
        if (requestHas || call.messages().stream().anyMatch(m -> m.role() == Role.SYSTEM)) {
            return null;
        }
        return call.systemMessage() != null ? call.systemMessage() : option;
    }

    /** Whether wire-shape messages (maps with a {@code role}, as a caller's request holds them) have a system one. */
    public static boolean hasSystemRole(List<?> messages) {
        return messages.stream().anyMatch(m -> m instanceof Map<?, ?> map && "system".equals(map.get("role")));
    }
}
