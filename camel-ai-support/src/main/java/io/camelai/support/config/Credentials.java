package io.camelai.support.config;

import java.util.function.Function;

/**
 * Finds a credential: the option's value, else the first environment variable that is set. A missing one fails at
 * route start with a message naming the option, its Camel Main property and the variables, never a value.
 */
public final class Credentials {

    private static volatile Function<String, String> environment = System::getenv;

    private Credentials() {}

    /** The option's value if set, else the first non-blank environment variable, else null. */
    public static String resolve(String optionValue, String... envVars) {
        if (optionValue != null && !optionValue.isBlank()) {
            return optionValue;
        }
        for (String name : envVars) {
            String v = environment.apply(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Like {@link #resolve} but fails when nothing is found. */
    public static String require(String scheme, String option, String optionValue, String... envVars) {
        String v = resolve(optionValue, envVars);
        if (v == null) {
            throw new IllegalArgumentException(missing(scheme, option, envVars));
        }
        return v;
    }

    public static String missing(String scheme, String option, String... envVars) {
        StringBuilder sb = new StringBuilder("No ").append(option).append(" for ").append(scheme)
                .append(": set the ").append(option).append(" option (camel.component.").append(scheme).append('.')
                .append(kebab(option)).append(')');
        if (envVars.length > 0) {
            sb.append(" or the environment variable ").append(String.join(" / ", envVars));
        }
        return sb.toString();
    }

    /** For tests: where environment variables are read from. */
    public static void environment(Function<String, String> lookup) {
        environment = lookup == null ? System::getenv : lookup;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
