package io.camelai.support.embed;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.camelai.support.json.AiJson;
import io.camelai.support.stream.MalformedStreamException;
import okhttp3.Response;

/**
 * Reads an embedding answer in one pass: every numeric vector (an array at one of the provider's vector paths) goes
 * straight into a {@code float[]}, everything else into a Jackson tree. The vector stands in the tree as a
 * {@link POJONode} holding that array, so the response header and the body share one copy of each vector (about 4
 * bytes per dimension) instead of one {@code DoubleNode} object per number, and the tree still writes as the same
 * JSON.
 */
public final class VectorJson {

    /** The vectors of an OpenAI-style answer (Azure AI Model Inference, Qianfan): {@code data[i].embedding}. */
    public static final Pattern OPENAI = Pattern.compile("/data/\\d+/embedding");

    /** Fast float parsing (Jackson's FastDoubleParser): correctly rounded, several times faster than the JDK's. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final JsonNodeFactory NODES = AiJson.mapper().getNodeFactory();

    private final JsonParser parser;
    private final Pattern vectors;
    private float[] scratch = new float[1024];

    private VectorJson(JsonParser parser, Pattern vectors) {
        this.parser = parser;
        this.vectors = vectors;
    }

    /** The response body as a tree, its vectors decoded; an empty body is an empty object. */
    public static JsonNode read(Response response, Pattern vectors) throws IOException {
        return read(response.body().byteStream(), vectors);
    }

    /**
     * @param vectors the JSON pointers ({@code /embeddings/float/0}) of the arrays that are vectors; an array there
     *                holds numbers only
     */
    public static JsonNode read(InputStream in, Pattern vectors) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.setCodec(AiJson.mapper());
            JsonToken first = p.nextToken();
            if (first == null) {
                return NODES.objectNode();
            }
            JsonNode tree = new VectorJson(p, vectors).value(first);
            if (p.nextToken() != null) {
                throw new MalformedStreamException("trailing content after the JSON answer");
            }
            return tree;
        }
    }

    private JsonNode value(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> vectors.matcher(parser.getParsingContext().pathAsPointer().toString()).matches()
                    ? new POJONode(vector())
                    : array();
            default -> parser.readValueAsTree();
        };
    }

    private ObjectNode object() throws IOException {
        ObjectNode o = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            o.set(name, value(parser.nextToken()));
        }
        return o;
    }

    private ArrayNode array() throws IOException {
        ArrayNode a = NODES.arrayNode();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            a.add(value(t));
        }
        return a;
    }

    /** The numbers of one vector, collected in a reused buffer and copied once at their exact size. */
    private float[] vector() throws IOException {
        int n = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                throw new MalformedStreamException("an embedding holds a non-number (" + t + ") at "
                        + parser.getParsingContext().pathAsPointer());
            }
            if (n == scratch.length) {
                scratch = Arrays.copyOf(scratch, n * 2);
            }
            scratch[n++] = parser.getFloatValue();
        }
        return Arrays.copyOf(scratch, n);
    }
}
