package io.camelai.support.config;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathSegmentsTest {

    private static final HttpUrl DATASETS = HttpUrl.get("https://api.example.com/v1/datasets");

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "../../v1/chat", "a/b", "a\\b", "..\\..", "a%2Fb", "%2e%2e", "%2E", "a%b",
            "line\nbreak", "nul\u0000", "del\u007f", "\uff0e\uff0e", "a\uff0fb", "", " ", "\t"})
    void aValueThatCouldLeaveItsSegmentIsRefusedNamingTheSourceAndTheRule(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PathSegments.append(DATASETS, "header CamelCohereDatasetId", value));

        assertTrue(e.getMessage().contains("header CamelCohereDatasetId"), e.getMessage());
        assertTrue(e.getMessage().contains("not '.' or '..'") && e.getMessage().contains("'/', '\\', '%'"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "control characters are escaped: " + e.getMessage());
    }

    @Test
    void anOverlongValueIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PathSegments.check("option endpoint", "x".repeat(PathSegments.MAX_LENGTH + 1)));

        assertTrue(e.getMessage().contains("longer than 256"), e.getMessage());
        assertTrue(e.getMessage().length() < 600, "the value is quoted shortened: " + e.getMessage());
    }

    @Test
    void aLegitimateValueIsOneEncodedSegment() {
        HttpUrl url = PathSegments.append(DATASETS, "header CamelCohereDatasetId", "my set:v2?#é+...");

        assertEquals("/v1/datasets/my%20set:v2%3F%23%C3%A9+...", url.encodedPath());
        assertEquals(3, url.pathSize());
        assertEquals("my set:v2?#é+...", url.pathSegments().get(2));
    }

    @Test
    void dotsInsideANameAreFine() {
        assertEquals("ernie-4.0-8k", PathSegments.check("header CamelAiModel", "ernie-4.0-8k"));
        assertEquals("...", PathSegments.check("header CamelAiModel", "..."));
    }
}
