package io.camelai.qianfan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.support.json.WireRequest;

/**
 * A Qianfan chat body in the wire shape of the endpoint's API version (v1: {@code messages}, {@code system},
 * {@code functions}, {@code penalty_score}, ...; v2: OpenAI-style), as snake_case keys. Send one as the message body
 * to control every field; endpoint options and headers fill only the keys it leaves unset.
 */
public class QianfanChatRequest extends WireRequest<QianfanChatRequest> {

    /** The messages: maps such as {@code {"role": "user", "content": "..."}}. */
    public QianfanChatRequest messages(List<Map<String, Object>> messages) {
        return put("messages", new ArrayList<>(messages));
    }
}
