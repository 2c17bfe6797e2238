package io.camelai.starter.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Java type a starter property has for one component option of the component JSON. */
record PropertyType(String javaType, boolean isBeanReference) {

    static PropertyType of(JsonNode option) {
        String javaType = option.path("javaType").asText();
        String kind = option.path("type").asText();
        if ("duration".equals(kind)) {
            return new PropertyType("java.time.Duration", false);
        }
        switch (javaType) {
            case "boolean" :
                return new PropertyType("java.lang.Boolean", false);
            case "int" :
                return new PropertyType("java.lang.Integer", false);
            case "long" :
                return new PropertyType("java.lang.Long", false);
            case "double" :
                return new PropertyType("java.lang.Double", false);
            default :
                break;
        }
        if (javaType.startsWith("java.lang.") || javaType.startsWith("java.util.List<java.lang.")
                || javaType.startsWith("java.util.Map<java.lang.String, java.lang.")) {
            return new PropertyType(javaType, false);
        }
        if ("object".equals(kind)) {
            return new PropertyType("java.lang.String", true);
        }
        throw new IllegalArgumentException("No starter property type for option " + option.path("displayName")
                .asText() + " of type " + kind + " (" + javaType + "): teach PropertyType about it");
    }

    /** Writes the option's default into a metadata property, typed as Spring Boot shows it. */
    void putDefault(ObjectNode property, JsonNode defaultValue) {
        String text = defaultValue.asText();
        switch (javaType) {
            case "java.lang.Boolean" :
                property.put("defaultValue", Boolean.parseBoolean(text));
                break;
            case "java.lang.Integer" :
            case "java.lang.Long" :
                property.put("defaultValue", Long.parseLong(text));
                break;
            case "java.lang.Double" :
                property.put("defaultValue", Double.parseDouble(text));
                break;
            case "java.time.Duration" :
                property.put("defaultValue", text.matches("\\d+") ? text + "ms" : text);
                break;
            default :
                property.put("defaultValue", text);
        }
    }
}
