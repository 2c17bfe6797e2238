package io.camelai.support.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelai.support.config.OptionValidator;

/**
 * The one way a request body is built: a copy of the caller's own request object (if any), then what the component
 * writes. {@link #fill} keeps the caller's value, else puts the first non-null one (header, then option);
 * {@link #check} checks the value sent against the option's range; {@link #passThrough} adds pass-through keys.
 * Every key the component writes must be one of the declared {@code fields}, which no pass-through key may name.
 */
public final class RequestBody {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final Map<String, Object> body;
    private final Set<String> fields;
    private final Class<?> options;

    private RequestBody(Map<String, Object> body, Set<String> fields, Class<?> options) {
        this.body = body;
        this.fields = fields;
        this.options = options;
    }

    /**
     * A body from the caller's request, deep-copied through Jackson: the caller's object is never changed and no
     * field of it can be left out.
     *
     * @param own     the caller's request object, or null
     * @param fields  every key the component may write (snake_case)
     * @param options the configuration class whose option declarations check values ({@link OptionValidator})
     */
    public static RequestBody of(Object own, Set<String> fields, Class<?> options) {
        return new RequestBody(own == null ? new LinkedHashMap<>() : AiJson.mapper().convertValue(own, MAP), fields,
                options);
    }

    /** The body, to send with {@link AiJson#write}. */
    public Map<String, Object> map() {
        return body;
    }

    public boolean has(String key) {
        return body.containsKey(key);
    }

    /** A changeable copy of a list the caller's request holds (empty when it has none). */
    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        return body.get(key) instanceof List<?> l ? new ArrayList<>((List<Object>) l) : new ArrayList<>();
    }

    /** Puts a field the component owns (messages, stream), replacing the caller's value. */
    public RequestBody set(String key, Object value) {
        body.put(declared(key), value);
        return this;
    }

    public RequestBody fill(String key, Object... values) {
        for (Object v : values) {
            if (v != null) {
                // most options are unset: no key lookups for them
                if (!body.containsKey(declared(key))) {
                    body.put(key, v);
                }
                return this;
            }
        }
        return this;
    }

    /** Replaces the caller's value when {@code value} is not null: a header that wins over the caller's request. */
    public RequestBody override(String key, Object value) {
        return value == null ? this : set(key, value);
    }

    /** Checks the value the body now holds (the caller's, a header's or the option's) against the option's range. */
    public RequestBody check(String key, String option) {
        OptionValidator.check(options, option, body.get(declared(key)));
        return this;
    }

    /** Pass-through keys (checked against the declared fields) for what the caller's request leaves unset. */
    public RequestBody passThrough(String prefix, Map<String, ?> values) {
        PassThrough.putAll(body, prefix, values, fields);
        return this;
    }

    /** {@code "stream": true} when streaming, else no {@code stream} key, whatever the caller's request said. */
    public RequestBody stream(boolean stream) {
        body.remove(declared("stream"));
        return stream ? set("stream", true) : this;
    }

    private String declared(String key) {
        if (!fields.contains(key)) {
            throw new IllegalStateException("Body key " + key + " is not among the declared fields " + fields);
        }
        return key;
    }
}
