package io.camelai.qianfan.chat;

import io.camelai.support.testing.ChatStreamFuzz;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mutated Qianfan v1 streams end normally or with a clear AiStreamException; never hang or fail otherwise. */
class QianfanStreamFuzzTest {

    private static final String V1 = """
            data: {"id":"as-1","object":"chat.completion","created":1,"sentence_id":0,"is_end":false,"is_truncated":false,"result":"北京","need_clear_history":false,"finish_reason":"normal","usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}

            data: {"id":"as-1","object":"chat.completion","created":1,"sentence_id":1,"is_end":false,"is_truncated":false,"result":"是中国的首都，","need_clear_history":false,"finish_reason":"normal","usage":{"prompt_tokens":5,"completion_tokens":9,"total_tokens":14}}

            data: {"id":"as-1","object":"chat.completion","created":1,"sentence_id":2,"is_end":true,"is_truncated":false,"result":"历史悠久。","need_clear_history":false,"finish_reason":"normal","usage":{"prompt_tokens":5,"completion_tokens":15,"total_tokens":20}}

            """;

    @Test
    void mutatedV1StreamsFailClearlyOrEnd() {
        int ok = ChatStreamFuzz.run(V1, "text/event-stream", 1500, 17, QianfanV1StreamSource::new);
        assertTrue(ok > 0, "some mutations keep the stream valid");
    }
}
