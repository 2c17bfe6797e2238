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
 * {@link ValueRange} on numbers, {@link MaxItems} on lists, {@link MaxLength} on strings and list elements. The rules
 * are read once per configuration class, so the annotation that documents an option is also the one that validates
 * it, at endpoint creation and per header. A range that depends on the operation or model is picked by the
 * {@link OptionScope} the check is given ({@link AiConfiguration#optionScope()} for a whole configuration).
 * <p>
 * Every message names the option, the operation or model when the range depends on it, and what it allows.
 */
public final class OptionValidator {

    private static final Map<Class<?>, Map<String, Rule>> RULES = new ConcurrentHashMap<>();

    private OptionValidator() {}

    /**
     * Validates every annotated option of a configuration object, in the scope it names (an
     * {@link AiConfiguration}'s {@link AiConfiguration#optionScope()}); throws on the first bad one.
     */
    public static void validate(Object configuration) {
        validate(configuration, configuration instanceof AiConfiguration c ? c.optionScope() : null);
    }

    /** Validates every annotated option of a configuration object for an operation or model (null: unscoped). */
    public static void validate(Object configuration, OptionScope scope) {
        for (Rule rule : rules(configuration.getClass()).values()) {
            Object value;
            try {
                value = rule.field.get(configuration);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            rule.check(value, scope);
        }
    }

    /**
     * Validates one value for an option of a configuration class: a header overriding an endpoint option is checked
     * by the same rule as the option. Unknown options and null values pass.
     */
    public static void check(Class<?> configurationClass, String option, Object value) {
        check(configurationClass, option, value, null);
    }

    /** Like {@link #check(Class, String, Object)}, with the range of this operation or model (null: unscoped). */
    public static void check(Class<?> configurationClass, String option, Object value, OptionScope scope) {
        if (value == null) {
            return; // nothing to check (most per-call overrides are absent): no rule lookup on the hot path
        }
        Rule rule = rules(configurationClass).get(option);
        if (rule != null) {
            rule.check(value, scope);
        }
    }

    private static Map<String, Rule> rules(Class<?> type) {
        return RULES.computeIfAbsent(type, OptionValidator::scan);
    }

    private static Map<String, Rule> scan(Class<?> type) {
        Map<String, Rule> rules = new ConcurrentHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                UriParam param = f.getAnnotation(UriParam.class);
                List<ValueRange> ranges = List.of(f.getAnnotationsByType(ValueRange.class));
                MaxItems maxItems = f.getAnnotation(MaxItems.class);
                MaxLength maxLength = f.getAnnotation(MaxLength.class);
                List<String> enums = param != null && !param.enums().isEmpty() && !f.getType().isPrimitive()
                        && f.getType() != Boolean.class
                                ? Arrays.stream(param.enums().split(",")).map(String::trim).toList()
                                : List.of();
                if (enums.isEmpty() && ranges.isEmpty() && maxItems == null && maxLength == null) {
                    continue;
                }
                f.setAccessible(true);
                String name = param != null && !param.name().isEmpty() ? param.name() : f.getName();
                rules.putIfAbsent(name, new Rule(name, f, enums, ranges, maxItems, maxLength));
            }
        }
        return rules;
    }

    private record Rule(String option, Field field, List<String> enums, List<ValueRange> ranges, MaxItems maxItems,
            MaxLength maxLength) {

        void check(Object value, OptionScope scope) {
            if (value == null) {
                return;
            }
            if (!enums.isEmpty() && !enums.contains(value.toString())) {
                throw new IllegalArgumentException("Invalid value '" + value + "' for option " + option
                        + ": allowed values are " + String.join(", ", enums));
            }
            ValueRange range = range(scope);
            if (range != null) {
                double d = toDouble(value, range);
                boolean belowMin = range.minExclusive() ? d <= range.min() : d < range.min();
                if (belowMin || d > range.max() || Double.isNaN(d)) {
                    throw new IllegalArgumentException("Invalid value " + value + " for option " + option
                            + where(scope) + ": must be in " + describe(range)
                            + others(range));
                }
            }
            if (maxItems != null) {
                int size = size(value);
                if (size > maxItems.value()) {
                    throw new IllegalArgumentException("Invalid value for option " + option + ": at most "
                            + maxItems.value() + " items are allowed, got " + size);
                }
            }
            if (maxLength != null) {
                for (String element : elements(value)) {
                    if (element.length() > maxLength.value()) {
                        throw new IllegalArgumentException("Invalid value '" + element + "' for option " + option
                                + ": at most " + maxLength.value() + " characters"
                                + (isList() ? " per element" : "") + " are allowed, got "
                                + element.length());
                    }
                }
            }
        }

        /** The range of this scope: the one naming it, else the unscoped one (null when there is none). */
        private ValueRange range(OptionScope scope) {
            ValueRange unscoped = null;
            for (ValueRange r : ranges) {
                if (r.scope().length == 0) {
                    unscoped = r;
                } else if (scope != null && Arrays.stream(r.scope()).anyMatch(n -> n.equalsIgnoreCase(scope.name()))) {
                    return r;
                }
            }
            return unscoped;
        }

        /** " with model X" when the range depends on the scope, so the message says which range applied. */
        private String where(OptionScope scope) {
            return ranges.size() > 1 && scope != null ? " with " + scope : "";
        }

        /** The other scopes' ranges, e.g. " ([0, 5] for generate, summarize)". */
        private String others(ValueRange applied) {
            StringBuilder sb = new StringBuilder();
            for (ValueRange r : ranges) {
                if (r != applied && r.scope().length > 0) {
                    sb.append(sb.length() == 0 ? " (" : "; ").append(describe(r)).append(" for ")
                            .append(String.join(", ", r.scope()));
                }
            }
            return sb.length() == 0 ? "" : sb.append(')').toString();
        }

        private boolean isList() {
            return Collection.class.isAssignableFrom(field.getType()) || field.getType().isArray();
        }

        private List<String> elements(Object value) {
            if (value instanceof Collection<?> c) {
                return c.stream().map(String::valueOf).toList();
            }
            if (value instanceof Object[] a) {
                return Arrays.stream(a).map(String::valueOf).toList();
            }
            return isList() ? Arrays.asList(value.toString().split(",")) : List.of(value.toString());
        }

        private double toDouble(Object value, ValueRange range) {
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
