package io.camelai.support.embed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.camelai.support.json.AiJson;
import io.camelai.support.stream.MalformedStreamException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorJsonTest {

    private static final Pattern COHERE = Pattern.compile("/embeddings(/[a-z0-9]+)?/\\d+");

    private static JsonNode read(String json, Pattern vectors) throws IOException {
        return VectorJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), vectors);
    }

    @Test
    void vectorsAtTheGivenPathsBecomeFloatArraysAndTheRestStaysATree() throws IOException {
        String json = "{\"object\":\"list\",\"data\":[{\"index\":1,\"embedding\":[0.5,-1.25,3.0]},"
                + "{\"index\":0,\"embedding\":[0.001,2.0]}],\"usage\":{\"prompt_tokens\":7},\"scores\":[0.1,0.2]}";
        JsonNode tree = read(json, VectorJson.OPENAI);

        JsonNode first = tree.at("/data/0/embedding");
        assertInstanceOf(POJONode.class, first);
        assertArrayEquals(new float[]{0.5f, -1.25f, 3f}, (float[]) ((POJONode) first).getPojo());
        assertArrayEquals(new float[]{0.001f, 2f}, (float[]) ((POJONode) tree.at("/data/1/embedding")).getPojo());
        assertEquals(7, tree.at("/usage/prompt_tokens").asInt());
        assertTrue(tree.get("scores").isArray(), "an array elsewhere stays a JSON array");
        assertEquals(AiJson.readTree(json), AiJson.readTree(AiJson.writeString(tree)),
                "the tree writes as the JSON it was read from");
        assertEquals(AiJson.readTree(json), AiJson.readTree(tree.toString()), "and prints as it, too");
    }

    @Test
    void cohereVectorsByTypeAreDecodedAndBase64StaysText() throws IOException {
        JsonNode tree = read("{\"embeddings\":{\"float\":[[1.5,2.5]],\"int8\":[[-3,4]],\"base64\":[\"AAA=\"]},"
                + "\"texts\":[\"a\"]}", COHERE);

        assertArrayEquals(new float[]{1.5f, 2.5f},
                (float[]) ((POJONode) tree.at("/embeddings/float/0")).getPojo());
        assertArrayEquals(new int[]{-3, 4}, (int[]) EmbeddingVectors.of(tree.at("/embeddings/int8/0"), "int8"));
        assertEquals("AAA=", EmbeddingVectors.of(tree.at("/embeddings/base64/0"), "base64"));
    }

    @Test
    void theBodyVectorIsTheResponsesArrayNotACopy() throws IOException {
        JsonNode tree = read("{\"embeddings\":[[0.25,0.75]]}", COHERE);
        Object vector = EmbeddingVectors.of(tree.at("/embeddings/0"), "float");
        assertSame(((POJONode) tree.at("/embeddings/0")).getPojo(), vector);
    }

    @Test
    void aVectorLongerThanTheFirstBufferIsReadWhole() throws IOException {
        StringBuilder json = new StringBuilder("{\"data\":[{\"embedding\":[");
        for (int i = 0; i < 3072; i++) {
            json.append(i == 0 ? "" : ",").append(i).append(".5");
        }
        float[] v = (float[]) ((POJONode) read(json + "]}]}", VectorJson.OPENAI).at("/data/0/embedding")).getPojo();
        assertEquals(3072, v.length);
        assertEquals(3071.5f, v[3071]);
    }

    @Test
    void aNonNumberInsideAVectorIsAMalformedAnswerNamingWhere() {
        MalformedStreamException e = assertThrows(MalformedStreamException.class,
                () -> read("{\"data\":[{\"embedding\":[1.0,\"x\"]}]}", VectorJson.OPENAI));
        assertTrue(e.getMessage().contains("/data/0/embedding"), e.getMessage());
    }

    @Test
    void anEmptyBodyIsAnEmptyObjectAndTrailingContentIsRefused() throws IOException {
        assertEquals(AiJson.mapper().createObjectNode(), read("", VectorJson.OPENAI));
        assertThrows(MalformedStreamException.class, () -> read("{\"data\":[]} {}", VectorJson.OPENAI));
    }

    @Test
    void floatsMatchWhatJacksonReadsIntoAFloatArray() throws IOException {
        String values = "[0.0123456789,-0.987654321,1.17549435E-38,3.4028235E38,-0.0,0.1]";
        float[] expected = AiJson.mapper().readValue(values, float[].class);
        float[] v = (float[]) ((POJONode) read("{\"data\":[{\"embedding\":" + values + "}]}", VectorJson.OPENAI)
                .at("/data/0/embedding")).getPojo();
        assertArrayEquals(expected, v);
    }
}
