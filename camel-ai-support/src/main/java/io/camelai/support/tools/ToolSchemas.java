package io.camelai.support.tools;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema of a Java type, as tool argument schemas need it: primitives and their boxes, String (and
 * other string-like values), enums, arrays and collections, maps, and records/POJOs (their Jackson properties, so
 * the names match how the arguments bind back).
 */
public final class ToolSchemas {

    private ToolSchemas() {}

    public static ObjectNode of(Type type) {
        return schema(ToolJson.mapper().constructType(type), new HashSet<>());
    }

    private static ObjectNode schema(JavaType type, Set<Class<?>> visiting) {
        ObjectNode s = ToolJson.mapper().createObjectNode();
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw == char.class || raw == Character.class || raw == UUID.class
                || CharSequence.class.isAssignableFrom(raw) || TemporalAccessor.class.isAssignableFrom(raw)) {
            s.put("type", "string");
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class
                || raw == Integer.class || raw == Long.class || raw == Short.class || raw == Byte.class
                || raw == BigInteger.class) {
            s.put("type", "integer");
        } else if (raw == double.class || raw == float.class || Number.class.isAssignableFrom(raw)
                || raw == BigDecimal.class) {
            s.put("type", "number");
        } else if (raw.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object c : raw.getEnumConstants()) {
                values.add(((Enum<?>) c).name());
            }
        } else if (type.isArrayType() || type.isCollectionLikeType()) {
            s.put("type", "array");
            s.set("items", schema(type.getContentType(), visiting));
        } else if (type.isMapLikeType()) {
            s.put("type", "object");
            s.set("additionalProperties", schema(type.getContentType(), visiting));
        } else if (raw == Object.class) {
            // any JSON value: no constraint
        } else {
            objectSchema(type, s, visiting);
        }
        return s;
    }

    private static void objectSchema(JavaType type, ObjectNode s, Set<Class<?>> visiting) {
        s.put("type", "object");
        if (!visiting.add(type.getRawClass())) {
            return; // a recursive type: stop at the second level rather than loop
        }
        BeanDescription bean = ToolJson.mapper().getDeserializationConfig().introspect(type);
        ObjectNode properties = s.putObject("properties");
        ArrayNode required = ToolJson.mapper().createArrayNode();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (!p.couldDeserialize()) {
                continue;
            }
            JavaType pt = p.getPrimaryType();
            properties.set(p.getName(), schema(pt, visiting));
            if (pt.isPrimitive() || type.getRawClass().isRecord()) {
                required.add(p.getName());
            }
        }
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        visiting.remove(type.getRawClass());
    }

}
