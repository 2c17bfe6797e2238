package io.camelai.support.config;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.UriParam;

/**
 * Checks option values against what their declarations allow: {@code @UriParam(enums = ...)} on String options,
 * {@link ValueRange} on numbers, {@link MaxItems} on lists. The rules are read once per configuration class, so the
 * annotation that documents an option is also the one that validates it, at endpoint creation and per header.
 * <p>
 * Every message names the option and what it allows.
 */
public final class OptionValidator {

    private static final Map<Class<?>, Map<String, Rule>> RULES = new ConcurrentHashMap<>();

    private OptionValidator() {
    }

    /** Validates every annotated option of a configuration object; throws on the first bad one. */
    public static void validate(Object configuration) {
        for (Rule rule : rules(configuration.getClass()).values()) {
            Object value;
            try {
                value = rule.field.get(configuration);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            rule.check(value);
        }
    }

    /**
     * Validates one value for an option of a configuration class: a header overriding an endpoint option is checked
     * by the same rule as the option. Unknown options and null values pass.
     */
    public static void check(Class<?> configurationClass, String option, Object value) {
        Rule rule = rules(configurationClass).get(option);
        if (rule != null) {
            rule.check(value);
        }
    }

    /** The allowed values of an enumerated option, or an empty list. */
    public static List<String> allowedValues(Class<?> configurationClass, String option) {
        Rule rule = rules(configurationClass).get(option);
        return rule == null ? List.of() : rule.enums;
    }

    private static Map<String, Rule> rules(Class<?> type) {
        return RULES.computeIfAbsent(type, OptionValidator::scan);
    }

    private static Map<String, Rule> scan(Class<?> type) {
        Map<String, Rule> rules = new ConcurrentHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                UriParam param = f.getAnnotation(UriParam.class);
                ValueRange range = f.getAnnotation(ValueRange.class);
                MaxItems maxItems = f.getAnnotation(MaxItems.class);
                List<String> enums = param != null && !param.enums().isEmpty() && !f.getType().isPrimitive()
                        && f.getType() != Boolean.class
                        ? Arrays.stream(param.enums().split(",")).map(String::trim).toList()
                        : List.of();
                if (enums.isEmpty() && range == null && maxItems == null) {
                    continue;
                }
                f.setAccessible(true);
                String name = param != null && !param.name().isEmpty() ? param.name() : f.getName();
                rules.putIfAbsent(name, new Rule(name, f, enums, range, maxItems));
            }
        }
        return rules;
    }

    private record Rule(String option, Field field, List<String> enums, ValueRange range, MaxItems maxItems) {

        void check(Object value) {
            if (value == null) {
                return;
            }
            if (!enums.isEmpty() && !enums.contains(value.toString())) {
                throw new IllegalArgumentException("Invalid value '" + value + "' for option " + option
                                                   + ": allowed values are " + String.join(", ", enums));
            }
            if (range != null) {
                double d = toDouble(value);
                boolean belowMin = range.minExclusive() ? d <= range.min() : d < range.min();
                if (belowMin || d > range.max() || Double.isNaN(d)) {
                    throw new IllegalArgumentException("Invalid value " + value + " for option " + option
                                                       + ": must be in " + describe(range));
                }
            }
            if (maxItems != null) {
                int size = size(value);
                if (size > maxItems.value()) {
                    throw new IllegalArgumentException("Invalid value for option " + option + ": at most "
                                                       + maxItems.value() + " items are allowed, got " + size);
                }
            }
        }

        private double toDouble(Object value) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            try {
                return Double.parseDouble(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid value '" + value + "' for option " + option
                                                   + ": a number in " + describe(range) + " is required");
            }
        }

        private static int size(Object value) {
            if (value instanceof Collection<?> c) {
                return c.size();
            }
            if (value instanceof Map<?, ?> m) {
                return m.size();
            }
            if (value instanceof Object[] a) {
                return a.length;
            }
            if (value instanceof String s) {
                return new ArrayList<>(Arrays.asList(s.split(","))).size();
            }
            return 1;
        }

        private static String describe(ValueRange r) {
            String lo = r.min() == Double.NEGATIVE_INFINITY ? "-inf" : format(r.min());
            String hi = r.max() == Double.POSITIVE_INFINITY ? "+inf" : format(r.max());
            return (r.minExclusive() ? "(" : "[") + lo + ", " + hi + "]";
        }

        private static String format(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
