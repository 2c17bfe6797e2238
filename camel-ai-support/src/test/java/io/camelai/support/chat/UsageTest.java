package io.camelai.support.chat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsageTest {

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
