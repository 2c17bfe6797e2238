package io.camelai.support.chat;

import java.util.List;
import java.util.Map;

import io.camelai.support.AiHeaders;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ChatHeadersTest {

    private final Message message = new DefaultMessage(new DefaultCamelContext());

    @Test
    void theAnsweringModelGoesToTheResponseModelHeaderAndTheModelToCallIsLeftAlone() {
        message.setHeader(AiHeaders.MODEL, "model-a");

        ChatHeaders.apply(message, ChatResult.builder().text("hi").model("model-a-2025-01").build());

        assertEquals("model-a", message.getHeader(AiHeaders.MODEL));
        assertEquals("model-a-2025-01", message.getHeader(AiHeaders.RESPONSE_MODEL));
    }

    @Test
    void whatTheProviderDidNotReportIsNotLeftOverFromAnEarlierCall() {
        ChatHeaders.apply(message, ChatResult.builder().text("one").responseId("r1").model("m1")
                .finishReason(FinishReason.STOP).finishReasonRaw("stop").usage(Usage.of(10, 5))
                .citations(List.of("c")).raw("raw").build());

        ChatHeaders.apply(message, ChatResult.builder().text("two").usage(new Usage(3L, null, null)).build());

        for (String h : List.of(AiHeaders.RESPONSE_ID, AiHeaders.RESPONSE_MODEL, AiHeaders.FINISH_REASON,
                AiHeaders.FINISH_REASON_RAW, AiHeaders.OUTPUT_TOKENS, AiHeaders.TOTAL_TOKENS, AiHeaders.CITATIONS,
                AiHeaders.RESPONSE)) {
            assertFalse(message.getHeaders().containsKey(h), h + " is not the earlier call's");
        }
        assertEquals(3L, message.getHeader(AiHeaders.INPUT_TOKENS));
    }

    @Test
    void providerSpecificCountsGoToTheirOwnHeaders() {
        ChatHeaders.usage(message, Usage.of(70, 9).withDetails(Map.of("CamelTestBilledInputTokens", 4L)));

        assertEquals(70L, message.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(4L, message.getHeader("CamelTestBilledInputTokens"));
    }
}
