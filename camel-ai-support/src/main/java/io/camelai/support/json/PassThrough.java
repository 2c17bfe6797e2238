package io.camelai.support.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.camelai.support.config.Printable;

/**
 * Pass-through body keys: options such as {@code extra.<key>=<value>} whose keys go into a request body as they are,
 * for parameters the component does not know. Such a key may never name a field the component writes itself (set in
 * this request or not): a second {@code model} or {@code messages} would replace the billed model or the
 * conversation in every parser that keeps the last key. Keys are compared ignoring case, {@code _} and {@code -},
 * because some services bind body keys case-insensitively or across naming conventions ({@code maxTokens},
 * {@code MAX_TOKENS}), and must be plain ASCII names so no Unicode case folding can make them match either.
 */
public final class PassThrough {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private PassThrough() {}

    /**
     * Checks the keys of a pass-through option against the fields the component writes.
     *
     * @param  prefix                   the option's prefix as a URI writes it, e.g. {@code extra.}
     * @param  values                   the option's keys and values (null: nothing to check)
     * @param  reserved                 the body fields the component writes (snake_case)
     * @throws IllegalArgumentException naming the first bad key ({@code Option extra.model}), the rule and the
     *                                  reserved fields
     */
    public static void check(String prefix, Map<String, ?> values, Collection<String> reserved) {
        if (values == null) {
            return;
        }
        for (String key : values.keySet()) {
            checkKey("Option " + prefix + Printable.of(key), key, reserved);
        }
    }

    /**
     * Checks one pass-through key.
     *
     * @param source how the message names the key, e.g. {@code Option extra.model}
     */
    public static void checkKey(String source, String key, Collection<String> reserved) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(source + " is not allowed: a pass-through key is 1 to 64 ASCII"
                    + " letters, digits, '_', '-' or '.'");
        }
        String normal = normal(key);
        for (String field : reserved) {
            if (normal(field).equals(normal)) {
                throw new IllegalArgumentException(source + " is not allowed: '" + field + "' is a request field"
                        + " the component sets itself (from its options, headers or the"
                        + " request body), so it cannot be passed through. Pass-through"
                        + " keys are for parameters the API does not define; reserved"
                        + " (compared ignoring case, '_' and '-'): "
                        + String.join(", ", reserved.stream().sorted().toList()));
            }
        }
    }

    /**
     * Puts the checked keys of a pass-through option into a body map, each value as {@link AiJson#jsonOrString}.
     * A key the body already has (the caller's own request set it) keeps the caller's value: nothing is ever put twice.
     */
    public static void putAll(Map<String, Object> body, String option, Map<String, ?> values,
            Collection<String> reserved) {
        if (values == null) {
            return;
        }
        check(option, values, reserved);
        values.forEach((k, v) -> {
            if (!body.containsKey(k)) {
                body.put(k, AiJson.jsonOrString(v));
            }
        });
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
