package io.camelai.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.cohere.api.core.ObjectMappers;
import com.cohere.api.types.EmbedByTypeResponse;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.embed.VectorJson;
import io.camelai.support.json.AiJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding one Cohere v2 embed answer of {@value #VECTORS} vectors (the most one call returns), one benchmark operation
 * per vector: raw Jackson databind into {@code float[][]} (the baseline; again with Jackson's fast float parser, which
 * {@link VectorJson} uses), the components' reader ({@link VectorJson}, then {@link EmbeddingVectors} as the producer
 * does), the components' earlier path (a whole Jackson tree, then the floats), and the cohere-java SDK's response type
 * (boxed {@code List<List<Double>>}; its base64 vectors stay Strings). Base64 rows decode to {@code float[]} except the
 * SDK's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EmbeddingDecodeBenchmark {

    static final int VECTORS = 96;
    private static final Pattern COHERE_VECTORS = Pattern.compile("/embeddings(/[a-z0-9]+)?/\\d+");
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** The same with Jackson's fast float parser, as {@link VectorJson} reads. */
    private static final ObjectMapper FAST = JsonMapper.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    @Param({"1024", "1536"})
    public int dimensions;

    @Param({"float", "base64"})
    public String encoding;

    private byte[] answer;

    /** What a hand-written client declares: the vectors as primitive arrays. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RawAnswer(RawEmbeddings embeddings) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RawEmbeddings(@JsonProperty("float") float[][] floats, @JsonProperty("base64") List<String> base64) {}

    @Setup
    public void setup() throws IOException {
        Random random = new Random(42);
        StringBuilder json = new StringBuilder("{\"id\":\"5807ee2e-0cda-445a-9ec8-864c60a06606\",\"texts\":[],")
                .append("\"embeddings\":{\"").append(encoding).append("\":[");
        for (int v = 0; v < VECTORS; v++) {
            float[] vector = new float[dimensions];
            for (int i = 0; i < dimensions; i++) {
                vector[i] = (float) (random.nextGaussian() * 0.05);
            }
            json.append(v == 0 ? "" : ",");
            if ("float".equals(encoding)) {
                json.append(PLAIN.writeValueAsString(vector));
            } else {
                ByteBuffer bytes = ByteBuffer.allocate(dimensions * 4).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(vector);
                json.append('"').append(Base64.getEncoder().encodeToString(bytes.array())).append('"');
            }
        }
        json.append("]},\"meta\":{\"api_version\":{\"version\":\"2\"},\"billed_units\":{\"input_tokens\":96}},")
                .append("\"response_type\":\"embeddings_by_type\"}");
        answer = json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static float[] fromBase64(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public void rawJacksonFloatArrays(Blackhole bh) throws IOException {
        raw(PLAIN, bh);
    }

    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public void rawJacksonFastFloatArrays(Blackhole bh) throws IOException {
        raw(FAST, bh);
    }

    private void raw(ObjectMapper mapper, Blackhole bh) throws IOException {
        RawEmbeddings e = mapper.readValue(new ByteArrayInputStream(answer), RawAnswer.class).embeddings();
        if (e.floats() != null) {
            for (float[] v : e.floats()) {
                bh.consume(v);
            }
        } else {
            for (String text : e.base64()) {
                bh.consume(fromBase64(text));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public void camelAiVectorJson(Blackhole bh) throws IOException {
        JsonNode r = VectorJson.read(new ByteArrayInputStream(answer), COHERE_VECTORS);
        for (JsonNode v : r.path("embeddings").path(encoding)) {
            bh.consume(EmbeddingVectors.of(v, "float"));
        }
    }

    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public void camelAiTreeBefore(Blackhole bh) throws IOException {
        JsonNode r = AiJson.mapper().readTree(new ByteArrayInputStream(answer));
        for (JsonNode v : r.path("embeddings").path(encoding)) {
            bh.consume(EmbeddingVectors.of(v, "float"));
        }
    }

    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public void cohereSdkTypes(Blackhole bh) throws IOException {
        EmbedByTypeResponse r = ObjectMappers.JSON_MAPPER.readValue(new ByteArrayInputStream(answer),
                EmbedByTypeResponse.class);
        r.getEmbeddings().getFloat().ifPresent(list -> list.forEach(bh::consume));
        r.getEmbeddings().getBase64().ifPresent(list -> list.forEach(bh::consume));
    }
}
