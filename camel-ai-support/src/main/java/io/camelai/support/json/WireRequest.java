package io.camelai.support.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A provider request in its wire shape: snake_case body keys to values, written as they are, so every key set here
 * reaches the body ({@link RequestBody#of} copies it whole). A subclass's typed setters {@link #set} their key (null
 * unsets it); its getters read it back converted to their type, the same for a request read from JSON.
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

    @JsonAnyGetter
    public Map<String, Object> fields() {
        return fields;
    }

    @SuppressWarnings("unchecked")
    protected T set(String key, Object value) {
        if (value == null) {
            fields.remove(key);
            return (T) this;
        }
        return put(key, value);
    }

    protected <V> V get(String key, Class<V> type) {
        return AiJson.mapper().convertValue(fields.get(key), type);
    }

    protected <V> V get(String key, TypeReference<V> type) {
        return AiJson.mapper().convertValue(fields.get(key), type);
    }

    /** The list a key holds, changeable in place (one given by the caller or read from JSON is copied once). */
    @SuppressWarnings("unchecked")
    protected List<Object> list(String key) {
        if (!(fields.get(key) instanceof ArrayList<?>)) {
            fields.put(key, fields.get(key) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>());
        }
        return (List<Object>) fields.get(key);
    }
}
