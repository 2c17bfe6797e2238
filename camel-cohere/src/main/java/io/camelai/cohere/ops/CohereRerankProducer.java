package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.api.RerankResult;
import io.camelai.support.AiHeaders;
import io.camelai.support.TextBody;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.PassThrough;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code POST /v2/rerank} ({@code /v1/rerank} with apiVersion=v1). The body is the documents (Strings, or Maps on v1)
 * with the query in {@code CamelCohereQuery}, or the query with the documents in {@code CamelCohereDocuments}. The
 * result is a {@code List<RerankResult>}, most relevant first, each carrying its input document.
 */
public final class CohereRerankProducer extends CohereApiProducer {

    /** The body keys of {@code /v1/rerank} and {@code /v2/rerank} the component writes: no extra.* key may name one. */
    public static final Set<String> FIELDS = Set.of("model", "query", "documents", "top_n", "return_documents",
            "rank_fields", "max_chunks_per_doc", "max_tokens_per_doc", "priority");

    public CohereRerankProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
        Message in = exchange.getMessage();
        String query = in.getHeader(CohereConstants.QUERY, String.class);
        List<?> documents;
        if (in.getBody() instanceof Collection<?> c) {
            documents = new ArrayList<>(c);
        } else {
            documents = in.getHeader(CohereConstants.DOCUMENTS, List.class);
            if (query == null) {
                query = CohereTextProducers.text(in);
            }
        }
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("cohere:rerank needs a query: the body (with the documents in header "
                    + CohereConstants.DOCUMENTS + ") or header " + CohereConstants.QUERY
                    + " (with the documents as the body)");
        }
        if (documents == null || documents.isEmpty()) {
            throw new IllegalArgumentException("cohere:rerank needs documents: a List body or header "
                    + CohereConstants.DOCUMENTS);
        }
        boolean v1 = "v1".equals(cfg.getApiVersion());
        List<Object> docs = new ArrayList<>(documents.size());
        for (Object d : documents) {
            if (d instanceof Map<?, ?> && !v1) {
                // v2 takes strings only: a map document is sent as its YAML-like JSON text
                docs.add(AiJson.writeString(d));
            } else if (d instanceof Map<?, ?>) {
                docs.add(d);
            } else if (TextBody.isText(exchange.getContext(), d)) {
                docs.add(TextBody.of(exchange, d));
            } else {
                throw new IllegalArgumentException("Document " + docs.size() + " is a " + TextBody.typeOf(d)
                        + ": cohere:rerank ranks Strings or Maps of fields");
            }
        }
        Map<String, Object> body = body("model", header(in, AiHeaders.MODEL, cfg.getModel()), "query", query,
                "documents", docs, "top_n", cfg.getTopN());
        if (v1) {
            body.put("return_documents", cfg.getReturnDocuments());
            body.put("rank_fields", cfg.getRankFields());
            body.put("max_chunks_per_doc", cfg.getMaxChunksPerDoc());
        } else {
            body.put("max_tokens_per_doc", cfg.getMaxTokensPerDoc());
            body.put("priority", cfg.getPriority());
        }
        PassThrough.putAll(body, "extra.", cfg.getExtra(), FIELDS);
        JsonNode r = post(exchange, v1 ? "/v1/rerank" : "/v2/rerank", body);
        List<RerankResult> results = new ArrayList<>();
        for (JsonNode item : r.path("results")) {
            int index = item.path("index").asInt();
            Object document = item.hasNonNull("document")
                    ? AiJson.mapper().convertValue(item.get("document"),
                            Object.class)
                    : index < documents.size() ? documents.get(index) : null;
            results.add(new RerankResult(index, item.path("relevance_score").asDouble(), document));
        }
        answer(in, results, r);
        usage(in, r);
    }
}
