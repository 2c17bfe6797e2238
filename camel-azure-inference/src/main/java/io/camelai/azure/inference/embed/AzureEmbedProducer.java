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
import io.camelai.support.chat.ChatHeaders;
import io.camelai.support.chat.Usage;
import io.camelai.support.embed.EmbeddingInputs;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.PassThrough;
import io.camelai.support.openai.OpenAiChatFormat;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code POST /embeddings} and {@code POST /images/embeddings}. The body is a String or a List of inputs (for images:
 * data URIs or URLs, or maps with {@code image} and optional {@code text}); the result is one embedding per input, in
 * input order, split into calls of at most {@code batchSize} inputs.
 */
public final class AzureEmbedProducer extends DefaultProducer {

    /** The most inputs one call carries unless batchSize says otherwise (the Cohere and Mistral models' limit). */
    static final int PROVIDER_LIMIT = 96;
    /** The body keys this producer writes: no extra key may name one. */
    public static final Set<String> FIELDS = Set.of("input", "model", "input_type", "encoding_format", "dimensions");
    private static final MediaType JSON = MediaType.get("application/json");

    private final boolean images;

    public AzureEmbedProducer(AzureInferenceEndpoint endpoint, boolean images) {
        super(endpoint);
        this.images = images;
    }

    @Override
    public AzureInferenceEndpoint getEndpoint() {
        return (AzureInferenceEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        AzureInferenceConfiguration cfg = (AzureInferenceConfiguration) getEndpoint().configurationFor(exchange);
        Message in = exchange.getMessage();
        List<Object> inputs = images ? imageInputs(in) : new ArrayList<>(EmbeddingInputs.texts(in,
                AzureInferenceConstants.SCHEME));
        String inputType = in.getHeader(AzureInferenceConstants.INPUT_TYPE, cfg.getInputType(), String.class);
        io.camelai.support.config.OptionValidator.check(AzureInferenceConfiguration.class, "inputType", inputType);
        String model = in.getHeader(AiHeaders.MODEL, cfg.getModel(), String.class);
        String format = cfg.getEncodingFormat() == null ? "float" : cfg.getEncodingFormat();
        // checked again for this exchange's configuration (CamelAiOptions may not set extra: endpoint only)
        PassThrough.check("extra.", cfg.getExtra(), FIELDS);

        List<JsonNode> responses = getEndpoint().embeddingBatcher(PROVIDER_LIMIT).run(inputs, (batch, offset) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("input", batch);
            body.put("model", model);
            body.put("input_type", inputType);
            body.put("encoding_format", cfg.getEncodingFormat());
            body.put("dimensions", cfg.getDimensions());
            PassThrough.putAll(body, "extra.", cfg.getExtra(), FIELDS);
            Request request = new Request.Builder()
                    .url(getEndpoint().url(images ? "/images/embeddings" : "/embeddings"))
                    .post(RequestBody.create(AiJson.write(body), JSON))
                    .build();
            return getEndpoint().httpClient().executeJson(exchange, request, (response, json) -> json);
        });

        List<Object> embeddings = new ArrayList<>(inputs.size());
        Usage usage = null;
        String usedModel = null;
        for (JsonNode r : responses) {
            List<JsonNode> data = new ArrayList<>();
            r.path("data").forEach(data::add);
            data.sort((a, b) -> Integer.compare(a.path("index").asInt(), b.path("index").asInt()));
            for (JsonNode d : data) {
                embeddings.add(EmbeddingVectors.of(d.get("embedding"), format));
            }
            Usage batch = OpenAiChatFormat.usage(r.get("usage"));
            usage = usage == null ? batch : usage.plus(batch);
            usedModel = batch != null && r.hasNonNull("model") ? r.get("model").asText() : usedModel;
        }
        if (embeddings.size() != inputs.size()) {
            throw new IllegalStateException("azure-inference returned " + embeddings.size() + " embeddings for "
                                            + inputs.size() + " inputs");
        }
        in.setBody(embeddings);
        // outputs only: CamelAiModel is an input, and a later call of the route must still see the caller's value
        in.removeHeader(AiHeaders.RESPONSE_MODEL);
        if (usedModel != null) {
            in.setHeader(AiHeaders.RESPONSE_MODEL, usedModel);
        }
        ChatHeaders.usage(in, usage);
        in.setHeader(AiHeaders.RESPONSE, responses.size() == 1 ? responses.get(0) : responses);
    }

    private static List<Object> imageInputs(Message in) {
        Object body = in.getBody();
        Collection<?> items = body instanceof Collection<?> c ? c : body == null ? List.of() : List.of(body);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("The message body is empty: image-embed needs an image (a data URI"
                                               + " or URL), a list of them, or maps with image and text");
        }
        List<Object> out = new ArrayList<>(items.size());
        int i = 0;
        for (Object o : items) {
            if (o instanceof Map<?, ?> m && m.get("image") != null) {
                out.add(m);
            } else if (o instanceof CharSequence s && !s.isEmpty()) {
                out.add(Map.of("image", s.toString()));
            } else {
                throw new IllegalArgumentException("Input " + i + " of image-embed must be an image (a data URI or"
                                                   + " URL) or a map with image (and text), found "
                                                   + (o == null ? "null" : o.getClass().getName()));
            }
            i++;
        }
        return out;
    }
}
