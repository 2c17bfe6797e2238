package io.camelai.azure.inference.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConfiguration;
import io.camelai.azure.inference.AzureInferenceConstants;
import io.camelai.azure.inference.AzureInferenceEndpoint;
import io.camelai.support.AiHeaders;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.embed.EmbeddingBatcher;
import io.camelai.support.embed.EmbeddingInputs;
import io.camelai.support.embed.EmbeddingProvider;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.embed.VectorJson;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.PassThrough;
import io.camelai.support.openai.OpenAiChatFormat;
import okhttp3.Request;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Azure AI Model Inference's embeddings for {@link io.camelai.support.embed.EmbeddingProducer}:
 * {@code POST /embeddings} (texts) and {@code POST /images/embeddings} (data URIs or URLs, or maps with
 * {@code image} and optional {@code text}), one embedding per input in {@code encodingFormat}.
 */
public final class AzureEmbed implements EmbeddingProvider<Object, AzureInferenceConfiguration> {

    /** The body keys this producer writes: no extra key may name one. */
    public static final Set<String> FIELDS = Set.of("input", "model", "input_type", "encoding_format", "dimensions");

    private final AzureInferenceEndpoint endpoint;
    private final boolean images;

    public AzureEmbed(AzureInferenceEndpoint endpoint, boolean images) {
        this.endpoint = endpoint;
        this.images = images;
    }

    @Override
    public String name() {
        return AzureInferenceConstants.SCHEME;
    }

    /** The most inputs one call carries unless batchSize says otherwise (the Cohere and Mistral models' limit). */
    @Override
    public int providerLimit() {
        return 96;
    }

    @Override
    public List<Object> inputs(Message in) {
        return images ? imageInputs(in) : new ArrayList<>(EmbeddingInputs.texts(in, name()));
    }

    @Override
    public EmbeddingBatcher.BatchCall<Object, Batch> call(Exchange exchange, AzureInferenceConfiguration cfg,
            List<Object> inputs) {
        Message in = exchange.getMessage();
        String inputType = in.getHeader(AzureInferenceConstants.INPUT_TYPE, cfg.getInputType(), String.class);
        OptionValidator.check(AzureInferenceConfiguration.class, "inputType", inputType);
        String model = in.getHeader(AiHeaders.MODEL, cfg.getModel(), String.class);
        String format = cfg.getEncodingFormat() == null ? "float" : cfg.getEncodingFormat();
        // checked again for this exchange's configuration (CamelAiOptions may not set extra: endpoint only)
        PassThrough.check("extra.", cfg.getExtra(), FIELDS);

        return (batch, offset) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("input", batch);
            body.put("model", model);
            body.put("input_type", inputType);
            body.put("encoding_format", cfg.getEncodingFormat());
            body.put("dimensions", cfg.getDimensions());
            PassThrough.putAll(body, "extra.", cfg.getExtra(), FIELDS);
            Request request = new Request.Builder()
                    .url(endpoint.url(images ? "/images/embeddings" : "/embeddings"))
                    .post(AiJson.requestBody(body))
                    .build();
            JsonNode r = endpoint.httpClient().executeJson(exchange, request,
                    response -> VectorJson.read(response, VectorJson.OPENAI), (response, json) -> json);
            String answered = r.hasNonNull("model") ? r.get("model").asText() : null;
            return Batch.of(format, EmbeddingVectors.ofData(r, format), OpenAiChatFormat.usage(r.get("usage")),
                    answered, r);
        };
    }

    private static List<Object> imageInputs(Message in) {
        Object body = in.getBody();
        Collection<?> items = body instanceof Collection<?> c ? c : body == null ? List.of() : List.of(body);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("The message body is empty: image-embed needs an image (a data URI"
                    + " or URL), a list of them, or maps with image and text");
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) {
            if (o instanceof Map<?, ?> m && m.get("image") != null) {
                out.add(m);
            } else if (o instanceof CharSequence s && !s.isEmpty()) {
                out.add(Map.of("image", s.toString()));
            } else {
                throw new IllegalArgumentException("Input " + out.size() + " of image-embed must be an image (a data"
                        + " URI or URL) or a map with image (and text), found "
                        + (o == null ? "null" : o.getClass().getName()));
            }
        }
        return out;
    }
}
