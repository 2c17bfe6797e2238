package io.camelai.cohere.chat;

import io.camelai.support.testing.ChatStreamFuzz;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mutated Cohere v2 streams end normally or with a clear AiStreamException; never hang or fail otherwise. */
class CohereStreamFuzzTest {

    private static final String V2 = """
            event: message-start
            data: {"id":"abc","type":"message-start","delta":{"message":{"role":"assistant","content":[],"tool_plan":"","tool_calls":[],"citations":[]}}}

            event: content-start
            data: {"type":"content-start","index":0,"delta":{"message":{"content":{"type":"text","text":""}}}}

            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":"Hello"}}}}

            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":" world"}}}}

            event: tool-call-start
            data: {"type":"tool-call-start","index":0,"delta":{"message":{"tool_calls":{"id":"t1","type":"function","function":{"name":"f","arguments":""}}}}}

            event: tool-call-delta
            data: {"type":"tool-call-delta","index":0,"delta":{"message":{"tool_calls":{"function":{"arguments":"{\\"a\\":1}"}}}}}

            event: content-end
            data: {"type":"content-end","index":0}

            event: message-end
            data: {"type":"message-end","delta":{"finish_reason":"COMPLETE","usage":{"billed_units":{"input_tokens":3,"output_tokens":2},"tokens":{"input_tokens":10,"output_tokens":2}}}}

            data: [DONE]

            """;

    @Test
    void mutatedV2StreamsFailClearlyOrEnd() {
        int ok = ChatStreamFuzz.run(V2, "text/event-stream", 1500, 11, CohereV2StreamSource::new);
        assertTrue(ok > 0, "some mutations keep the stream valid");
    }
}
