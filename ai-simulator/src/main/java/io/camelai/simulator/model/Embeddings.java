package io.camelai.simulator.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.camelai.simulator.SimJson;

/**
 * The embedding models the simulator knows (their real vector sizes and which sizes they accept) and the wire
 * encodings of a vector, as Cohere's embed API (https://docs.cohere.com/reference/embed) and Azure AI Model
 * Inference (https://learn.microsoft.com/azure/ai-foundry/model-inference/reference/reference-model-inference-api)
 * define them:
 * <ul>
 * <li>{@code float}: the values;</li>
 * <li>{@code int8} / {@code uint8}: one value per dimension, scaled so the largest magnitude is 127 (uint8 adds
 * 128);</li>
 * <li>{@code ubinary}: bit-packed, one unsigned byte (0..255) per 8 dimensions, the first dimension in the highest
 * bit, a bit set for a positive value; {@code binary}: the same bytes as signed int8 (ubinary - 128). So a
 * 1024-dimension model gives 128 values;</li>
 * <li>{@code base64}: the little-endian float32 bytes.</li>
 * </ul>
 */
public final class Embeddings {

    /** An embedding model: its default size and the sizes it can be asked for (none: it takes no size option). */
    public record Model(String name, int dimensions, List<Integer> sizes, String provider) {

        public boolean acceptsSize(int size) {
            return sizes.contains(size);
        }
    }

    private static final List<Integer> V4_SIZES = List.of(256, 512, 1024, 1536);

    private Embeddings() {}

    /**
     * Cohere's embed models (https://docs.cohere.com/docs/cohere-embed): embed-v4.0 1536 by default and
     * {@code output_dimension} 256/512/1024/1536; the v3.0 models 1024, their light variants 384; the v2.0 models
     * 4096 (english), 1024 (english-light) and 768 (multilingual). v1 embed without a model uses
     * embed-english-v2.0. An unknown model is taken as a v3.0 model (1024).
     */
    public static Model cohere(String model) {
        String m = model == null ? "embed-english-v2.0" : model;
        if (m.startsWith("embed-v4")) {
            return new Model(m, 1536, V4_SIZES, "Cohere");
        }
        if (m.contains("light-v3")) {
            return new Model(m, 384, List.of(), "Cohere");
        }
        return switch (m) {
            case "embed-english-v2.0" -> new Model(m, 4096, List.of(), "Cohere");
            case "embed-english-light-v2.0" -> new Model(m, 1024, List.of(), "Cohere");
            case "embed-multilingual-v2.0" -> new Model(m, 768, List.of(), "Cohere");
            default -> new Model(m, 1024, List.of(), "Cohere");
        };
    }

    /**
     * The embedding models of Azure AI Foundry's catalog: Cohere-embed-v3-english / -multilingual 1024 (no
     * {@code dimensions}), embed-v-4-0 1536 (256/512/1024/1536), OpenAI's text-embedding-3-small 1536 and -large 3072
     * (any size up to that), text-embedding-ada-002 1536. Null when the name is not an embedding model.
     */
    public static Model azure(String model) {
        if (model == null) {
            return null;
        }
        String m = model.toLowerCase();
        if (m.startsWith("cohere-embed-v3")) {
            return new Model(model, 1024, List.of(), "Cohere");
        }
        if (m.startsWith("embed-v-4") || m.startsWith("cohere-embed-v-4") || m.startsWith("embed-v4")) {
            return new Model(model, 1536, V4_SIZES, "Cohere");
        }
        if (m.startsWith("text-embedding-3-small")) {
            return new Model(model, 1536, range(1536), "OpenAI");
        }
        if (m.startsWith("text-embedding-3-large")) {
            return new Model(model, 3072, range(3072), "OpenAI");
        }
        if (m.startsWith("text-embedding-ada")) {
            return new Model(model, 1536, List.of(), "OpenAI");
        }
        return m.contains("embed") ? generic(model) : null;
    }

    /** A model the simulator does not know: 1024 dimensions by default, any size up to that on request. */
    public static Model generic(String model) {
        return new Model(model, 1024, range(1024), "Simulator");
    }

    /**
     * Qianfan's embedding models (https://cloud.baidu.com/doc/WENXINWORKSHOP/index.html): Embedding-V1 384,
     * bge-large-zh / bge-large-en 1024, tao-8k 1024; by v1 endpoint ({@code embedding-v1}, {@code bge_large_zh},
     * {@code tao_8k}) or v2 model name. An unknown one is taken as Embedding-V1.
     */
    public static Model qianfan(String modelOrEndpoint) {
        String m = modelOrEndpoint == null ? "embedding-v1" : modelOrEndpoint.toLowerCase().replace('_', '-');
        if (m.startsWith("bge-large") || m.startsWith("tao-8k")) {
            return new Model(modelOrEndpoint, 1024, List.of(), "Baidu");
        }
        return new Model(modelOrEndpoint, 384, List.of(), "Baidu");
    }

    private static List<Integer> range(int max) {
        return java.util.stream.IntStream.rangeClosed(1, max).boxed().toList();
    }

    /** One vector in a wire encoding: float, int8, uint8, binary, ubinary or base64. */
    public static JsonNode encode(float[] v, String type) {
        switch (type) {
            case "base64" -> {
                ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : v) {
                    buf.putFloat(f);
                }
                return TextNode.valueOf(Base64.getEncoder().encodeToString(buf.array()));
            }
            case "int8", "uint8" -> {
                float max = 0;
                for (float f : v) {
                    max = Math.max(max, Math.abs(f));
                }
                ArrayNode a = SimJson.array();
                for (float f : v) {
                    int q = max == 0 ? 0 : Math.round(f / max * 127);
                    a.add("uint8".equals(type) ? q + 128 : q);
                }
                return a;
            }
            case "binary", "ubinary" -> {
                ArrayNode a = SimJson.array();
                for (int packed : packBits(v)) {
                    a.add("binary".equals(type) ? packed - 128 : packed);
                }
                return a;
            }
            default -> {
                ArrayNode a = SimJson.array();
                for (float f : v) {
                    a.add(f);
                }
                return a;
            }
        }
    }

    /** One unsigned byte per 8 dimensions, the first dimension in the highest bit; a bit is set for a value > 0. */
    public static int[] packBits(float[] v) {
        int[] out = new int[(v.length + 7) / 8];
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0) {
                out[i / 8] |= 1 << (7 - i % 8);
            }
        }
        return out;
    }
}
