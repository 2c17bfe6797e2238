package io.camelai.support.embed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;

/**
 * One embedding from a provider response in the Java type routes get: {@code float[]} for floats, {@code int[]} for
 * the integer encodings (int8, uint8, binary, ubinary), the text for base64 (or, when floats were asked for and the
 * provider sent base64, the little-endian float32 values it encodes). A response read by {@link VectorJson} hands
 * over its float vectors as they are: the body and the response header share them.
 */
public final class EmbeddingVectors {

    private EmbeddingVectors() {}

    /** @param type float, int8, uint8, binary, ubinary or base64 */
    public static Object of(JsonNode embedding, String type) {
        if (embedding == null || embedding.isNull()) {
            throw new IllegalStateException("the provider returned an item without an embedding");
        }
        if (embedding instanceof POJONode decoded && decoded.getPojo() instanceof float[] v) { // VectorJson
            return "float".equals(type) ? v : ints(v);
        }
        if (embedding.isTextual()) {
            return "float".equals(type) ? floatsFromBase64(embedding.asText()) : embedding.asText();
        }
        if ("float".equals(type)) {
            return floats(embedding);
        }
        int[] v = new int[embedding.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = embedding.get(i).asInt();
        }
        return v;
    }

    /**
     * The embeddings of an OpenAI-style answer ({@code data: [{index, embedding}]}, as Azure AI Model Inference and
     * Qianfan send), in {@code index} order.
     */
    public static List<Object> ofData(JsonNode response, String type) {
        List<JsonNode> data = new ArrayList<>();
        response.path("data").forEach(data::add);
        data.sort(Comparator.comparingInt(d -> d.path("index").asInt()));
        List<Object> vectors = new ArrayList<>(data.size());
        data.forEach(d -> vectors.add(of(d.get("embedding"), type)));
        return vectors;
    }

    private static float[] floats(JsonNode embedding) {
        float[] v = new float[embedding.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) embedding.get(i).asDouble();
        }
        return v;
    }

    private static int[] ints(float[] decoded) {
        int[] v = new int[decoded.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (int) decoded[i];
        }
        return v;
    }

    static float[] floatsFromBase64(String b64) {
        byte[] bytes = Base64.getDecoder().decode(b64);
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
