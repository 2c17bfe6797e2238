package io.camelai.support.stream;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import okhttp3.MediaType;

/**
 * The content types a stream response may have. Anything else (an HTML page from a proxy, a JSON body) is not read as
 * a stream: the call fails naming what came instead.
 */
public final class StreamMediaTypes {

    /** Server-sent events: Cohere v2, Azure, Qianfan, Cohere v1 with {@code Accepts: text/event-stream}. */
    public static final StreamMediaTypes SSE = new StreamMediaTypes(Set.of("text/event-stream"));

    /**
     * Newline-delimited JSON, Cohere v1's default stream: {@code application/stream+json} is what the API sends;
     * the registered NDJSON types are accepted too.
     */
    public static final StreamMediaTypes NDJSON = new StreamMediaTypes(
            Set.of("application/stream+json", "application/x-ndjson", "application/ndjson"));

    private final Set<String> types;

    private StreamMediaTypes(Set<String> types) {
        this.types = types;
    }

    /** Other types a streamed body may have (lower-case {@code type/subtype}, e.g. {@code application/avro}). */
    public static StreamMediaTypes of(String... types) {
        Set<String> all = new LinkedHashSet<>();
        for (String t : types) {
            all.add(t.toLowerCase(Locale.ROOT));
        }
        return new StreamMediaTypes(Set.copyOf(all));
    }

    /** These types and the other's. */
    public StreamMediaTypes or(StreamMediaTypes other) {
        Set<String> all = new LinkedHashSet<>(types);
        all.addAll(other.types);
        return new StreamMediaTypes(Set.copyOf(all));
    }

    /** Whether a response of this type is one of these streams (parameters such as charset are ignored). */
    public boolean accepts(MediaType type) {
        return type != null
                && types.contains((type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return String.join(" or ", types.stream().sorted().toList());
    }
}
