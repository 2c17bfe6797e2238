package io.camelai.support.convert;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Converter;

/**
 * Embedding vectors between the arrays the embed operations return ({@code float[]}, {@code int[]} for int8 and binary
 * types) and lists, as JSON, YAML and vector stores have them. A list of any numbers converts (JSON numbers are
 * doubles); a fractional value refused for {@code int[]}, a non-number element refused.
 */
@Converter(generateLoader = true)
public final class VectorConverter {

    private VectorConverter() {}

    @Converter
    public static List<Float> toList(float[] vector) {
        List<Float> out = new ArrayList<>(vector.length);
        for (float f : vector) {
            out.add(f);
        }
        return out;
    }

    @Converter
    public static List<Integer> toList(int[] vector) {
        List<Integer> out = new ArrayList<>(vector.length);
        for (int i : vector) {
            out.add(i);
        }
        return out;
    }

    @Converter
    public static float[] toFloatArray(List<?> list) {
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(list, i).floatValue();
        }
        return out;
    }

    @Converter
    public static int[] toIntArray(List<?> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            Number n = number(list, i);
            double d = n.doubleValue();
            if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Element " + i + " of the vector is not an int: " + n);
            }
            out[i] = n.intValue();
        }
        return out;
    }

    private static Number number(List<?> list, int i) {
        if (list.get(i) instanceof Number n) {
            return n;
        }
        Object o = list.get(i);
        throw new IllegalArgumentException("Element " + i + " of the vector is not a number but "
                + (o == null ? "null" : o.getClass().getName()));
    }
}
