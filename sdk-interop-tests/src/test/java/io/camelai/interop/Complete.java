package io.camelai.interop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that an SDK response object carries every field its class declares: each getter (recursively, through
 * lists and nested SDK types) returns a value and each {@code Optional} is present, except the properties named as
 * optional (the real service leaves them out too, e.g. tool calls on a text answer). For a Fern union (cohere-java's
 * event and message types) the variant it holds is checked.
 */
final class Complete {

    private static final List<String> SDK_PACKAGES = List.of("com.cohere.api", "com.azure.ai.inference.models",
            "com.baidubce.qianfan.model");

    private Complete() {}

    /** @param optional property names (getter without get/is, first letter lower case) that may be absent */
    static void assertComplete(Object response, String... optional) {
        List<String> missing = new ArrayList<>();
        walk(response, response == null ? "response" : response.getClass().getSimpleName(), Set.of(optional),
                missing, 0);
        assertTrue(missing.isEmpty(), "fields the SDK declares but the simulator left out: " + missing);
    }

    private static void walk(Object value, String path, Set<String> optional, List<String> missing, int depth) {
        if (value == null) {
            missing.add(path);
            return;
        }
        if (value instanceof Optional<?> o) {
            if (o.isEmpty()) {
                missing.add(path);
            } else {
                walk(o.get(), path, optional, missing, depth);
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", optional, missing, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> || depth > 12 || !isSdkType(value.getClass()) || value.getClass().isEnum()) {
            return;
        }
        if (isUnion(value.getClass())) {
            walkUnion(value, path, optional, missing, depth);
            return;
        }
        for (Method m : getters(value.getClass())) {
            String property = property(m);
            Object v = invoke(m, value);
            if (optional.contains(property) && (v == null || (v instanceof Optional<?> o && o.isEmpty()))) {
                continue;
            }
            walk(v, path + "." + property, optional, missing, depth + 1);
        }
    }

    /** Fern unions have a visit method and one Optional getter per variant: the held one must be complete. */
    private static void walkUnion(Object value, String path, Set<String> optional, List<String> missing, int depth) {
        for (Method m : getters(value.getClass())) {
            if (m.getReturnType() == Optional.class && invoke(m, value) instanceof Optional<?> o && o.isPresent()) {
                walk(o.get(), path + "<" + property(m) + ">", optional, missing, depth + 1);
                return;
            }
        }
    }

    private static boolean isSdkType(Class<?> type) {
        return SDK_PACKAGES.stream().anyMatch(p -> type.getName().startsWith(p));
    }

    private static boolean isUnion(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("visit"));
    }

    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class && isSdkType(m.getDeclaringClass())
                        && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                        && !m.getName().equals("getAdditionalProperties") && !m.getName().startsWith("_"))
                .sorted(Comparator.comparing(Method::getName)).toList();
    }

    private static String property(Method m) {
        String name = m.getName().startsWith("is") ? m.getName().substring(2) : m.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(m.toString(), e);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the SDK failed reading " + m.getName() + ": " + e.getCause(), e.getCause());
        }
    }
}
