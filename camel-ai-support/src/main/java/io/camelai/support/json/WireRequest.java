package io.camelai.support.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A provider's request in its wire shape: snake_case body keys to values, written by Jackson as they are, so a key
 * set here always reaches the body (a mapper copies it whole with {@link RequestBody#of}). A subclass's typed setters
 * {@link #set} their key (null unsets it) and its getters read it back converted to their type, so a request read
 * from JSON answers with the same types as one built in code.
 *
 * @param <T> the subclass, returned by the fluent setters
 */
public abstract class WireRequest<T extends WireRequest<T>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Sets a body key (snake_case, as the API names it). */
    @JsonAnySetter
    @SuppressWarnings("unchecked")
    public T put(String key, Object value) {
        fields.put(key, value);
        return (T) this;
    }

    /** A typed field: set, or unset when null. */
    @SuppressWarnings("unchecked")
    protected T set(String key, Object value) {
        if (value == null) {
            fields.remove(key);
            return (T) this;
        }
        return put(key, value);
    }

    /** The body keys and values as they are sent. */
    @JsonAnyGetter
    public Map<String, Object> fields() {
        return fields;
    }

    protected <V> V get(String key, Class<V> type) {
        Object v = fields.get(key);
        return v == null ? null : AiJson.mapper().convertValue(v, type);
    }

    protected <V> V get(String key, TypeReference<V> type) {
        Object v = fields.get(key);
        return v == null ? null : AiJson.mapper().convertValue(v, type);
    }

    /** The list a key holds, made changeable in place (a list read from JSON or given by the caller is copied once). */
    @SuppressWarnings("unchecked")
    protected List<Object> list(String key) {
        Object v = fields.get(key);
        if (!(v instanceof ArrayList<?>)) {
            v = v instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            fields.put(key, v);
        }
        return (List<Object>) v;
    }
}
