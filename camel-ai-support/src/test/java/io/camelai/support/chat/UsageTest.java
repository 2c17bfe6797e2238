package io.camelai.support.chat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.json.AiJson;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageTest {

    private static JsonNode usage(String count) {
        return AiJson.readTree("{\"prompt_tokens\":" + count + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "99999999999999999999", "1e20", "-0.5e3", "1000000000001", "\"12\"", "null",
            "true", "{}", "[]"})
    void aNegativeOverflowingOrNonNumericCountIsUnknown(String count) {
        assertNull(Usage.count(usage(count), "prompt_tokens"), count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "12.0", "12.9", "1000000000000"})
    void aCountInRangeIsRead(String count) {
        assertEquals((long) Double.parseDouble(count), Usage.count(usage(count), "prompt_tokens"), count);
    }

    @Test
    void anAbsentFieldOrNodeIsUnknown() {
        assertNull(Usage.count(usage("1"), "completion_tokens"));
        assertNull(Usage.count(null, "prompt_tokens"));
    }

    @Test
    void typedCountsAreBoundedToo() {
        assertEquals(new Usage(null, 3L, 3L), Usage.of(-5, 3));
        assertEquals(new Usage(null, null, null), Usage.of(Double.valueOf(1e20), Double.NaN));
        assertEquals(new Usage(4L, 3L, 7L), Usage.of(4, 3, -1));
        assertEquals(new Usage(4L, null, 4L), Usage.of(4, new java.math.BigInteger("99999999999999999999")));
    }

    @Test
    void addingUpKeepsACountNeitherCallReportedUnknown() {
        assertEquals(new Usage(7L, null, 7L), new Usage(3L, null, 3L).plus(new Usage(4L, null, 4L)));
        assertEquals(new Usage(3L, null, 3L), new Usage(3L, null, null).plus(new Usage(null, null, 3L)));
    }

    @Test
    void anUnknownCountSetsNoHeader() {
        Message m = new DefaultMessage(new DefaultCamelContext());
        JsonNode u = AiJson.readTree("{\"prompt_tokens\":-5,\"completion_tokens\":99999999999999999999}");

        ChatHeaders.usage(m, Usage.of(Usage.count(u, "prompt_tokens"), Usage.count(u, "completion_tokens"),
                Usage.count(u, "total_tokens")));

        assertTrue(m.getHeaders().isEmpty(), String.valueOf(m.getHeaders()));
        assertNull(m.getHeader(AiHeaders.INPUT_TOKENS));
    }

    @Test
    void addingUpKeepsACountOnlyOneSideReported() {
        Usage onlyInput = new Usage(5L, null, null);
        Usage onlyOutput = new Usage(null, 7L, null);

        assertEquals(new Usage(5L, 7L, null), onlyInput.plus(onlyOutput));
        assertEquals(new Usage(5L, 7L, null), onlyOutput.plus(onlyInput));
        assertEquals(onlyInput, onlyInput.plus(null));
    }

    @Test
    void detailsAddUpByName() {
        Usage a = Usage.of(1, 2).withDetails(Map.of("A", 1L, "B", 2L));
        Usage b = Usage.of(3, 4).withDetails(Map.of("B", 5L));

        assertEquals(new Usage(4L, 6L, 10L, Map.of("A", 1L, "B", 7L)), a.plus(b));
    }
}
