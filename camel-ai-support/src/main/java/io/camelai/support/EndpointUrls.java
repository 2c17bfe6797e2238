package io.camelai.support;

import java.util.Map;
import java.util.function.Function;

import okhttp3.HttpUrl;
import org.apache.camel.support.LRUCacheFactory;

/**
 * An endpoint's API URLs, parsed once per path (parsing a URL string on every call showed up in profiles) and kept in
 * a bounded cache: a model header picks the path on Qianfan v1, so the paths an endpoint sees are not bounded.
 */
final class EndpointUrls {

    private final Map<String, HttpUrl> urls;
    private final Function<String, HttpUrl> parser;

    /** @param parser parses the URL of an API path (called on a cache miss) */
    EndpointUrls(int maxCached, Function<String, HttpUrl> parser) {
        this.urls = LRUCacheFactory.newLRUCache(maxCached);
        this.parser = parser;
    }

    /**
     * The last URL handed out: most endpoints call one path, and the LRU cache takes a lock and records the access on
     * every lookup, which many concurrent callers contend on.
     */
    private volatile Parsed last;

    HttpUrl get(String path) {
        Parsed l = last;
        if (l != null && l.path().equals(path)) {
            return l.url();
        }
        HttpUrl url = urls.computeIfAbsent(path, parser);
        last = new Parsed(path, url);
        return url;
    }

    private record Parsed(String path, HttpUrl url) {}

    int size() {
        return urls.size();
    }

    /** A configured root without its trailing slash, so that API paths (which start with one) append to it. */
    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
