package io.camelai.support.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camelai.support.AiHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.util.ObjectHelper;

/**
 * The {@code CamelAiOptions} header: per-exchange overrides of an endpoint's options, applied to a copy of its
 * configuration. What may change per exchange is decided here and only here:
 * <ul>
 * <li>{@code model}, and the options labelled {@code producer}: the request parameters of the model (sampling,
 * lengths, formats, ...);</li>
 * <li>never an option that is {@code secret}, labelled {@code tools} ({@code tools}, {@code toolExecution},
 * {@code toolErrors}, {@code maxToolIterations} and any later tool option) or marked {@link EndpointOnly}
 * ({@code stream}, {@code batchSize}, {@code parallelCalls}, provider options that grant a capability or add request
 * content the API does not define);</li>
 * <li>never an option that is not labelled {@code producer}: credentials, URLs, timeouts, retries, the HTTP
 * client.</li>
 * </ul>
 * Values are converted by Camel's type converters only, never bound as property values: a property placeholder
 * ({@code {{env:...}}}) or a {@code #class:}/{@code #bean:} reference in a header would otherwise read the
 * environment or instantiate classes. Resources are never loaded from a header either: see
 * {@link io.camelai.support.json.JsonSchemaOption}.
 */
public final class ExchangeOptions {

    /** Labels whose options only the endpoint's configuration sets. */
    static final Set<String> ENDPOINT_ONLY_LABELS = Set.of("tools");

    private static final String RULE = "only model request parameters (sampling, lengths, formats, model) change per"
            + " exchange; tools, tool execution, streaming, batching, retries, timeouts,"
            + " credentials and URLs come from the endpoint's configuration";

    /** The options of each configuration class by lower-case name (bounded by the number of classes). */
    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    private ExchangeOptions() {}

    /**
     * The configuration for one exchange: {@code base} itself without overrides, else a validated copy with the
     * header's values.
     *
     * @param  header                   the {@code CamelAiOptions} header's value, or null
     * @throws IllegalArgumentException naming the header and the option when the header is not a Map, names an
     *                                  option that cannot change per exchange, or has a bad value
     */
    @SuppressWarnings("unchecked")
    public static <C extends AiConfiguration> C apply(CamelContext context, C base, Object header) {
        if (header == null) {
            return base;
        }
        if (!(header instanceof Map<?, ?> overrides)) {
            throw new IllegalArgumentException("Header " + AiHeaders.OPTIONS + " must be a Map of option names to"
                    + " values (e.g. {\"temperature\": 0.2}), found a "
                    + header.getClass().getName());
        }
        if (overrides.isEmpty()) {
            return base;
        }
        C copy = (C) base.copy();
        overrides.forEach((k, v) -> {
            String name = String.valueOf(k);
            String problem = perExchangeProblem(copy.getClass(), name);
            if (problem != null) {
                throw new IllegalArgumentException("Header " + AiHeaders.OPTIONS + " cannot set option '" + name
                        + "': " + problem);
            }
            set(context, copy, field(copy.getClass(), name), v);
        });
        OptionValidator.validate(copy);
        // a responseFormat or jsonSchema for this exchange may not contradict the endpoint's outputClass
        copy.validateOutput();
        return copy;
    }

    /** Why the header may not set an option, or null when it may. */
    public static String perExchangeProblem(Class<?> configurationClass, String option) {
        Field f = field(configurationClass, option);
        if (f == null) {
            return "there is no such option";
        }
        if ("model".equals(f.getName())) {
            return null;
        }
        UriParam param = f.getAnnotation(UriParam.class);
        List<String> labels = List.of(param.label().split(","));
        if (param.secret() || !labels.contains("producer") || f.isAnnotationPresent(EndpointOnly.class)
                || labels.stream().anyMatch(ENDPOINT_ONLY_LABELS::contains)) {
            return RULE;
        }
        return null;
    }

    private static Field field(Class<?> type, String option) {
        return FIELDS.computeIfAbsent(type, ExchangeOptions::scan).get(option.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Field> scan(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                UriParam param = f.getAnnotation(UriParam.class);
                if (param != null && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    String name = param.name().isEmpty() ? f.getName() : param.name();
                    fields.putIfAbsent(name.toLowerCase(Locale.ROOT), f);
                }
            }
        }
        return Map.copyOf(fields);
    }

    private static void set(CamelContext context, Object target, Field f, Object value) {
        Object converted;
        if (value == null) {
            if (f.getType().isPrimitive()) {
                throw new IllegalArgumentException("Header " + AiHeaders.OPTIONS + " gives no value for option '"
                        + f.getName() + "'");
            }
            converted = null;
        } else if (List.class.isAssignableFrom(f.getType())) {
            converted = list(f, value);
        } else if (Map.class.isAssignableFrom(f.getType())) {
            converted = map(f, value);
        } else {
            converted = convert(context, f, ObjectHelper.convertPrimitiveTypeToWrapperType(f.getType()), value);
        }
        try {
            f.set(target, converted);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list of Strings from a List (of scalars) or a comma-separated String. */
    private static List<String> list(Field f, Object value) {
        Collection<?> items;
        if (value instanceof Collection<?> c) {
            items = c;
        } else if (value instanceof CharSequence text) {
            items = ListOptions.split(text.toString());
        } else {
            throw badValue(f, "a list of strings", value);
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!isScalar(item)) {
                throw badValue(f, "a list of strings", item);
            }
            out.add(item.toString());
        }
        return out;
    }

    /** A map of names to scalar values ({@code metadata}): nothing nested. */
    private static Map<String, Object> map(Field f, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw badValue(f, "a Map", value);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!isScalar(v)) {
                throw badValue(f, "a Map of names to strings, numbers or booleans", v);
            }
            out.put(String.valueOf(k), v);
        });
        return out;
    }

    private static Object convert(CamelContext context, Field f, Class<?> type, Object value) {
        if (!isScalar(value) && !type.isInstance(value)) {
            throw badValue(f, describe(type), value);
        }
        try {
            Object converted = context.getTypeConverter().mandatoryConvertTo(type, value);
            if (converted == null) {
                throw badValue(f, describe(type), value);
            }
            return converted;
        } catch (NoTypeConversionAvailableException | TypeConversionException e) {
            throw badValue(f, describe(type), value);
        }
    }

    private static boolean isScalar(Object v) {
        return v instanceof CharSequence || v instanceof Number || v instanceof Boolean;
    }

    private static String describe(Class<?> type) {
        String name = type == List.class ? "list" : type.getSimpleName();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static IllegalArgumentException badValue(Field f, String expected, Object value) {
        String shown = isScalar(value) ? "'" + abbreviate(value.toString()) + "'" : "a " + value.getClass().getName();
        return new IllegalArgumentException("Header " + AiHeaders.OPTIONS + ": option '" + f.getName() + "' needs "
                + expected + ", got " + shown);
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
