package io.camelai.support.convert;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.TypeConversionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VectorConverterTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    private <T> T convert(Class<T> type, Object value) throws Exception {
        return context.getTypeConverter().mandatoryConvertTo(type, value);
    }

    @Test
    void embeddingsConvertToListsAndBack() throws Exception {
        assertEquals(List.of(0.5f, -1.25f), convert(List.class, new float[]{0.5f, -1.25f}));
        assertEquals(List.of(3, -7), convert(List.class, new int[]{3, -7}));
        assertArrayEquals(new float[]{0.5f, -1.25f}, convert(float[].class, List.of(0.5f, -1.25f)));
        assertArrayEquals(new int[]{3, -7}, convert(int[].class, List.of(3, -7)));
    }

    @Test
    void aListOfJsonNumbersIsAVector() throws Exception {
        assertArrayEquals(new float[]{0.5f, 2f}, convert(float[].class, List.of(0.5d, 2L)));
        assertArrayEquals(new int[]{3, 4}, convert(int[].class, List.of(3.0d, 4L)));
    }

    @Test
    void somethingElseThanNumbersIsRefusedNamingTheElement() {
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> convert(float[].class, List.of(1.0, "2")));
        assertEquals("Element 1 of the vector is not a number but java.lang.String", e.getCause().getMessage());
        e = assertThrows(TypeConversionException.class, () -> convert(int[].class, List.of(1, 2.5)));
        assertEquals("Element 1 of the vector is not an int: 2.5", e.getCause().getMessage());
    }
}
