package io.camelai.support.telemetry;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelai.support.AiEndpoint;
import io.camelai.support.chat.Usage;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AiMetrics} on a Micrometer {@link MeterRegistry}: the GenAI client metrics, tagged with the semconv
 * attributes. Loaded only when Micrometer is present. Recording never fails a call: a registry that refuses a meter
 * (Prometheus wants one tag-key set per name, and {@code error.type} is only on failures) is logged once.
 */
final class MicrometerAiMetrics implements AiMetrics {

    /** The name camel-micrometer binds its registry under; else the one {@code MeterRegistry} of the registry. */
    static final String REGISTRY_NAME = "metricsRegistry";

    static final String TOKEN_USAGE = "gen_ai.client.token.usage";
    static final String DURATION = "gen_ai.client.operation.duration";
    static final String TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";
    static final String RETRIES = "camel.ai.client.retries";
    static final String TOOL_LOOP_MODEL_CALLS = "camel.ai.tool_loop.model_calls";
    static final String RATE_LIMIT_WAIT = "camel.ai.client.rate_limit.wait";

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerAiMetrics.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final MeterRegistry registry;
    private final Tags common;
    private final String defaultModel;
    private final boolean timesHttpCalls;

    MicrometerAiMetrics(MeterRegistry registry, String provider, String operation, String defaultModel) {
        this.registry = registry;
        this.common = Tags.of(GenAiNames.OPERATION, operation, GenAiNames.PROVIDER, provider);
        this.defaultModel = defaultModel;
        this.timesHttpCalls = !GenAiNames.isModelOperation(operation);
    }

    static AiMetrics forEndpoint(AiEndpoint<?> endpoint) {
        Registry beans = endpoint.getCamelContext().getRegistry();
        MeterRegistry registry = beans.lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        if (registry == null) {
            registry = beans.findSingleByType(MeterRegistry.class);
        }
        if (registry == null) {
            return NONE;
        }
        return new MicrometerAiMetrics(registry, GenAiNames.provider(endpoint.providerName()),
                GenAiNames.operation(GenAiNames.camelOperation(endpoint)), endpoint.getConfiguration().getModel());
    }

    @Override
    public ModelCall start(String requestModel, boolean streaming) {
        return new Call(withModel(common, requestModel), streaming, System.nanoTime());
    }

    @Override
    public void retried(Throwable failure) {
        record(() -> registry.counter(RETRIES, withModel(common, null)
                .and(GenAiNames.ERROR_TYPE, GenAiNames.errorType(failure))).increment());
    }

    @Override
    public void rateLimitWaited(long nanos) {
        record(() -> Timer.builder(RATE_LIMIT_WAIT)
                .description("Time a call waited for its turn under the endpoint's requestsPerMinute/tokensPerMinute")
                .tags(withModel(common, null))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS));
    }

    @Override
    public void toolLoopEnded(String requestModel, int modelCalls) {
        record(() -> DistributionSummary.builder(TOOL_LOOP_MODEL_CALLS)
                .description("Model calls of one automatic tool loop")
                .baseUnit("{call}")
                .tags(withModel(common, requestModel))
                .register(registry)
                .record(modelCalls));
    }

    @Override
    public boolean timesHttpCalls() {
        return timesHttpCalls;
    }

    private Tags withModel(Tags tags, String requestModel) {
        String model = requestModel != null ? requestModel : defaultModel;
        return model == null || model.isEmpty() ? tags : tags.and(GenAiNames.REQUEST_MODEL, model);
    }

    private static void record(Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn("A GenAI metric could not be recorded (this is logged once): {}", e.toString());
            }
        }
    }

    /** One model call: its duration, tokens and time to first chunk, recorded once. */
    private final class Call implements ModelCall {
        private final Tags tags;
        private final boolean streaming;
        private final long start;
        private final AtomicBoolean firstChunk = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();

        Call(Tags tags, boolean streaming, long start) {
            this.tags = tags;
            this.streaming = streaming;
            this.start = start;
        }

        @Override
        public void firstChunk() {
            if (streaming && firstChunk.compareAndSet(false, true)) {
                long elapsed = System.nanoTime() - start;
                record(() -> Timer.builder(TIME_TO_FIRST_CHUNK)
                        .description("Time from the request to the first chunk of a streamed answer")
                        .tags(tags)
                        .register(registry)
                        .record(elapsed, TimeUnit.NANOSECONDS));
            }
        }

        @Override
        public void succeeded(String responseModel, Usage usage) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            Tags ended = responseModel == null || responseModel.isEmpty()
                    ? tags
                    : tags.and(GenAiNames.RESPONSE_MODEL, responseModel);
            duration(ended);
            if (usage != null) {
                tokens(ended, "input", usage.inputTokens());
                tokens(ended, "output", usage.outputTokens());
            }
        }

        @Override
        public void failed(String errorType) {
            if (done.compareAndSet(false, true)) {
                duration(tags.and(GenAiNames.ERROR_TYPE, errorType));
            }
        }

        private void duration(Tags ended) {
            long elapsed = System.nanoTime() - start;
            record(() -> Timer.builder(DURATION)
                    .description("GenAI operation duration")
                    .tags(ended)
                    .register(registry)
                    .record(elapsed, TimeUnit.NANOSECONDS));
        }

        private void tokens(Tags ended, String type, Long count) {
            if (count != null) {
                record(() -> DistributionSummary.builder(TOKEN_USAGE)
                        .description("Number of input and output tokens used")
                        .baseUnit("{token}")
                        .tags(ended.and(GenAiNames.TOKEN_TYPE, type))
                        .register(registry)
                        .record(count));
            }
        }
    }
}
