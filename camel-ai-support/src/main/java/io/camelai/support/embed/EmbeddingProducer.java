package io.camelai.support.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.camelai.support.AiEndpoint;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.json.AiJson;
import io.camelai.support.telemetry.AiMetrics;
import io.camelai.support.telemetry.ModelCall;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * The embedding producer of all three components: reads the inputs, sends them through the provider in calls of at
 * most {@code batchSize} (the provider's limit by default), {@code parallelCalls} at once, and writes the embeddings
 * in input order: a {@code List} for one embedding type, a {@code Map} by type for several. Usage is added up over
 * the calls. Only output headers are written ({@code CamelAiResponseModel}, the token counts, {@code CamelAiResponse}:
 * the response, or an array of them for a batched call); one no call reported removes what an earlier call left.
 */
public class EmbeddingProducer<I, C extends AiConfiguration> extends DefaultProducer {

    private final EmbeddingProvider<I, C> provider;
    private ExecutorService executor;

    public EmbeddingProducer(AiEndpoint<C> endpoint, EmbeddingProvider<I, C> provider) {
        super(endpoint);
        this.provider = provider;
    }

    @Override
    @SuppressWarnings("unchecked") // the endpoint given to the constructor
    public AiEndpoint<C> getEndpoint() {
        return (AiEndpoint<C>) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        executor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newCachedThreadPool(this, "AiEmbedBatch");
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(executor);
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        List<I> inputs = provider.inputs(message);
        C configuration = getEndpoint().configurationFor(exchange);
        List<EmbeddingProvider.Batch> batches = batcher()
                .run(inputs,
                        metered(provider.call(exchange, configuration, inputs), requestModel(message, configuration)));
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        Usage usage = null;
        String model = null;
        for (EmbeddingProvider.Batch batch : batches) {
            batch.vectors().forEach((type, v) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).addAll(v));
            usage = usage == null ? batch.usage() : usage.plus(batch.usage());
            model = batch.model() != null ? batch.model() : model;
        }
        byType.forEach((type, vectors) -> {
            if (vectors.size() != inputs.size()) { // never a silently shorter result
                throw new IllegalStateException(provider.name() + " returned " + vectors.size() + " " + type
                        + " embeddings for " + inputs.size() + " inputs");
            }
        });
        message.setBody(byType.size() == 1 ? byType.values().iterator().next() : byType);
        message.removeHeader(AiHeaders.RESPONSE_MODEL); // an output: an earlier call's model is not this call's
        if (model != null) {
            message.setHeader(AiHeaders.RESPONSE_MODEL, model);
        }
        provider.writeUsage(message, usage);
        message.setHeader(AiHeaders.RESPONSE, batches.size() == 1
                ? batches.get(0).response()
                // the responses as they are: a copy through valueToTree would turn each vector back into nodes
                : AiJson.mapper().createArrayNode()
                        .addAll(batches.stream().map(EmbeddingProvider.Batch::response).toList()));
    }

    /** Each batch is one model call: its duration, model and input tokens. */
    private EmbeddingBatcher.BatchCall<I, EmbeddingProvider.Batch> metered(
            EmbeddingBatcher.BatchCall<I, EmbeddingProvider.Batch> call, String requestModel) {
        AiMetrics metrics = getEndpoint().httpClient().metrics();
        if (metrics == AiMetrics.NONE) {
            return call;
        }
        return (batch, offset) -> {
            ModelCall measured = metrics.start(requestModel, false);
            try {
                EmbeddingProvider.Batch result = call.call(batch, offset);
                measured.succeeded(result.model(), result.usage());
                return result;
            } catch (Exception e) {
                measured.failed(e);
                throw e;
            }
        };
    }

    /** The model asked for: {@code CamelAiModel}, else the exchange's {@code model} option. */
    private static String requestModel(Message message, AiConfiguration configuration) {
        Object header = message.getHeader(AiHeaders.MODEL);
        return header instanceof String model && !model.isBlank() ? model : configuration.getModel();
    }

    /** The endpoint's {@code batchSize} (at most the provider's limit) and {@code parallelCalls}. */
    private EmbeddingBatcher batcher() {
        AiConfiguration cfg = getEndpoint().getConfiguration();
        int size = cfg.getBatchSize() != null ? cfg.getBatchSize() : provider.providerLimit();
        if (size > provider.providerLimit()) {
            throw new IllegalArgumentException("Invalid value " + size + " for option batchSize: "
                    + getEndpoint().providerName() + " accepts at most "
                    + provider.providerLimit() + " inputs per call");
        }
        return new EmbeddingBatcher(size, cfg.getParallelCalls(), executor);
    }
}
