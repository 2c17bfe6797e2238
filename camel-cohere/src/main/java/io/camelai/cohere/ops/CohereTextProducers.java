package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.api.Classification;
import io.camelai.support.AiHeaders;
import io.camelai.support.TextBody;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.embed.EmbeddingInputs;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The small text operations: classify, tokenize, detokenize, generate (legacy), summarize (legacy). */
public final class CohereTextProducers {

    private CohereTextProducers() {}

    /** {@code POST /v1/classify}: a String or List of inputs in, a {@code List<Classification>} out. */
    public static final class Classify extends CohereApiProducer {
        public Classify(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            List<String> inputs = new ArrayList<>();
            if (in.getBody() != null) {
                inputs.addAll(EmbeddingInputs.texts(in, "cohere:classify"));
            }
            if (inputs.isEmpty() || inputs.size() > 96) {
                throw new IllegalArgumentException("cohere:classify takes 1 to 96 inputs, got " + inputs.size());
            }
            JsonNode r = post(exchange, "/v1/classify", body("inputs", inputs,
                    "examples", in.getHeader(CohereConstants.EXAMPLES, List.class),
                    "model", header(in, AiHeaders.MODEL, cfg.getModel()), "preset", cfg.getPreset(),
                    "truncate", cfg.getTruncate()));
            List<Classification> out = new ArrayList<>();
            for (JsonNode c : r.path("classifications")) {
                Map<String, Double> labels = new LinkedHashMap<>();
                c.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(),
                        e.getValue().path("confidence").asDouble()));
                out.add(new Classification(c.path("input").asText(null), c.path("prediction").asText(null),
                        c.path("confidence").asDouble(), labels));
            }
            answer(in, out, r);
            usage(in, r);
        }
    }

    /** {@code POST /v1/tokenize}: text in, {@code List<Integer>} tokens out, the token strings in a header. */
    public static final class Tokenize extends CohereApiProducer {
        public Tokenize(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            String text = text(in);
            if (text == null || text.isEmpty() || text.length() > 65536) {
                throw new IllegalArgumentException("cohere:tokenize takes a text of 1 to 65536 characters");
            }
            JsonNode r = post(exchange, "/v1/tokenize", body("text", text, "model", model(in, cfg)));
            List<Integer> tokens = new ArrayList<>();
            r.path("tokens").forEach(t -> tokens.add(t.asInt()));
            List<String> strings = new ArrayList<>();
            r.path("token_strings").forEach(t -> strings.add(t.asText()));
            answer(in, tokens, r);
            in.setHeader(CohereConstants.TOKEN_STRINGS, strings);
        }
    }

    /** {@code POST /v1/detokenize}: a List of token ids (or an int[]) in, the text out. */
    public static final class Detokenize extends CohereApiProducer {
        public Detokenize(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            List<Integer> tokens = new ArrayList<>();
            Object body = in.getBody();
            if (body instanceof int[] a) {
                for (int t : a) {
                    tokens.add(t);
                }
            } else if (body instanceof Collection<?> c) {
                for (Object o : c) {
                    tokens.add(o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o).trim()));
                }
            }
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("cohere:detokenize takes a List<Integer> or int[] of token ids");
            }
            JsonNode r = post(exchange, "/v1/detokenize", body("tokens", tokens, "model", model(in, cfg)));
            answer(in, r.path("text").asText(""), r);
        }
    }

    /**
     * {@code POST /v1/generate} (legacy): a prompt in (the {@code CamelAiUserMessage} header, else the
     * {@code userMessage} option, else the body), the first generation's text out.
     */
    public static final class Generate extends CohereApiProducer {
        public Generate(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            String prompt = getEndpoint().promptTemplates().userMessage(exchange);
            if (prompt == null) {
                prompt = required(in, "cohere:generate needs a prompt as the body");
            }
            JsonNode r = post(exchange, "/v1/generate", body("prompt", prompt,
                    "model", header(in, AiHeaders.MODEL, cfg.getModel()), "num_generations", cfg.getNumGenerations(),
                    "max_tokens", checked(cfg, "maxTokens",
                            in.getHeader(AiHeaders.MAX_TOKENS, cfg.getMaxTokens(), Integer.class)),
                    "truncate", cfg.getTruncate(),
                    "temperature", checked(cfg, "temperature",
                            in.getHeader(AiHeaders.TEMPERATURE, cfg.getTemperature(), Double.class)),
                    "seed", cfg.getSeed(), "preset", cfg.getPreset(), "end_sequences", cfg.getEndSequences(),
                    "stop_sequences", cfg.getStopSequences(), "k", cfg.getK(), "p", cfg.getP(),
                    "frequency_penalty", cfg.getFrequencyPenalty(), "presence_penalty", cfg.getPresencePenalty(),
                    "return_likelihoods", cfg.getReturnLikelihoods(), "raw_prompting", cfg.getRawPrompting()));
            JsonNode generations = r.path("generations");
            answer(in, generations.path(0).path("text").asText(""), r);
            in.setHeader(CohereConstants.GENERATIONS, generations);
            usage(in, r);
        }
    }

    /** {@code POST /v1/summarize} (legacy): a text in, the summary out. */
    public static final class Summarize extends CohereApiProducer {
        public Summarize(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            String text = required(in, "cohere:summarize needs a text as the body");
            JsonNode r = post(exchange, "/v1/summarize", body("text", text, "length", cfg.getLength(),
                    "format", cfg.getFormat(), "model", header(in, AiHeaders.MODEL, cfg.getModel()),
                    "extractiveness", cfg.getExtractiveness(),
                    "temperature", checked(cfg, "temperature",
                            in.getHeader(AiHeaders.TEMPERATURE, cfg.getTemperature(), Double.class)),
                    "additional_command", cfg.getAdditionalCommand()));
            answer(in, r.path("summary").asText(""), r);
            usage(in, r);
        }
    }

    static String model(Message in, CohereConfiguration cfg) {
        return CohereApiProducer.header(in, CohereConstants.MODEL_NAME,
                CohereApiProducer.header(in, AiHeaders.MODEL, cfg.getModel()));
    }

    /** A header value overriding an option, checked against the option's range for this endpoint's operation. */
    static <T> T checked(CohereConfiguration cfg, String option, T value) {
        OptionValidator.check(CohereConfiguration.class, option, value, cfg.optionScope());
        return value;
    }

    static String required(Message in, String message) {
        String text = text(in);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }

    /** The body as text; a body that is not text (a Map, a POJO) fails instead of being sent as its toString(). */
    static String text(Message in) {
        Object body = in.getBody();
        if (body != null && !TextBody.isText(in.getExchange().getContext(), body)) {
            throw new IllegalArgumentException("The message body is a " + TextBody.typeOf(body) + ": this operation"
                    + " takes " + TextBody.ACCEPTED);
        }
        return TextBody.of(in.getExchange(), body);
    }
}
