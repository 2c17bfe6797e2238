package io.camelai.support.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import okhttp3.MediaType;

/**
 * The one Jackson configuration all three providers' wire formats share: snake_case keys, nulls left out of
 * requests, unknown response fields ignored (providers add fields over time). Request bodies ({@link #write}) are
 * written with duplicate detection: a body that would carry a key twice in one object fails instead of going out,
 * since most parsers keep the last one and a second {@code model} or {@code messages} would replace the first.
 */
public final class AiJson {

    /**
     * Jackson's parsing and writing buffers (some KiB a set) come from one pool shared by all threads instead of
     * Jackson's default of a set per thread: a thread reading a stream holds a set only while it parses an event, so
     * 10,000 threads waiting on open streams (virtual ones, typically) do not each keep one. The pool holds at most
     * as many sets as threads ever parsed or wrote at the same moment, and takes and returns them without a lock.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final ObjectWriter REQUEST_WRITER = MAPPER.writer()
            .with(StreamWriteFeature.STRICT_DUPLICATE_DETECTION);

    private AiJson() {}

    /** The media type of every request body the components send. */
    public static final MediaType MEDIA_TYPE = MediaType.get("application/json");

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A request body as JSON; fails with the key when an object of it would hold a key twice. */
    public static byte[] write(Object value) {
        try {
            return REQUEST_WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(),
                    e);
        }
    }

    /** A request body ({@link #write}) as an OkHttp {@code application/json} body. */
    public static okhttp3.RequestBody requestBody(Object value) {
        return okhttp3.RequestBody.create(write(value), MEDIA_TYPE);
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(),
                    e);
        }
    }

    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed tree, or null when the text is empty or not JSON (error bodies are not always JSON). */
    public static JsonNode readTreeOrNull(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A {@code prefix.key=value} option value as it goes into a request body: the JSON value when the text parses as
     * JSON ({@code true}, {@code 40}, {@code {"a":1}}), else the text itself; non-text values as they are.
     */
    public static Object jsonOrString(Object value) {
        if (value instanceof String s) {
            JsonNode node = readTreeOrNull(s);
            return node != null && !node.isMissingNode() ? node : s;
        }
        return value;
    }
}
