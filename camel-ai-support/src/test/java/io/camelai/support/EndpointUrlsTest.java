package io.camelai.support;

import java.util.ArrayList;
import java.util.List;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An endpoint parses each API path once, hands every path its own URL, and keeps a bounded number of them. */
class EndpointUrlsTest {

    private final List<String> parsed = new ArrayList<>();
    private final EndpointUrls urls = new EndpointUrls(2, path -> {
        parsed.add(path);
        return HttpUrl.get("https://api.example.com" + path);
    });

    @Test
    void aPathCalledAgainIsParsedOnce() {
        assertEquals("https://api.example.com/v2/chat", urls.get("/v2/chat").toString());
        assertEquals("https://api.example.com/v2/chat", urls.get("/v2/chat").toString());

        assertEquals(List.of("/v2/chat"), parsed);
    }

    @Test
    void alternatingPathsEachGetTheirOwnUrlAndAreParsedOnce() {
        for (int i = 0; i < 3; i++) {
            assertEquals("/v2/chat", urls.get("/v2/chat").encodedPath());
            assertEquals("/v2/embed", urls.get("/v2/embed").encodedPath());
        }

        assertEquals(List.of("/v2/chat", "/v2/embed"), parsed);
    }

    @Test
    void noMoreUrlsAreKeptThanTheLimit() {
        for (int i = 0; i < 10; i++) {
            assertEquals("/m" + i, urls.get("/m" + i).encodedPath());
        }

        assertTrue(urls.size() <= 2, "cached " + urls.size());
    }
}
