package io.camelai.support.config;

/** Small helpers for resolving an option from its sources (request object, header, endpoint). */
public final class Options {

    private Options() {}

    /** The first non-null value: the order is the precedence (request object, header, endpoint option). */
    @SafeVarargs
    public static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
