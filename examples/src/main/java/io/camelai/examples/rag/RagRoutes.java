package io.camelai.examples.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.api.RerankResult;
import org.apache.camel.builder.RouteBuilder;

/**
 * Retrieval-augmented generation with Cohere: the knowledge base is embedded once (search_document), a question is
 * embedded (search_query), the nearest passages by cosine similarity are reranked, and the best ones are given to
 * chat as documents, so the answer comes with citations.
 */
public class RagRoutes extends RouteBuilder {

    /** The passages and their embeddings: a stand-in for a vector store. */
    private final List<String> passages = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();

    @Override
    public void configure() {
        from("direct:index")
                .to("cohere:embed?model=embed-v4.0&inputType=search_document")
                .process(e -> {
                    @SuppressWarnings("unchecked")
                    List<float[]> embedded = e.getMessage().getBody(List.class);
                    @SuppressWarnings("unchecked")
                    List<String> texts = e.getMessage().getHeader("passages", List.class);
                    synchronized (passages) {
                        passages.addAll(texts);
                        vectors.addAll(embedded);
                    }
                    e.getMessage().setBody(passages.size());
                });

        from("direct:ask")
                .setHeader("question", body())
                .to("cohere:embed?model=embed-v4.0&inputType=search_query")
                .process(e -> {
                    float[] query = (float[]) e.getMessage().getBody(List.class).get(0);
                    e.getMessage().setBody(nearest(query, 5));
                    e.getMessage().setHeader(CohereConstants.QUERY, e.getMessage().getHeader("question"));
                })
                .to("cohere:rerank?model=rerank-v3.5&topN=2")
                .process(e -> {
                    @SuppressWarnings("unchecked")
                    List<RerankResult> best = e.getMessage().getBody(List.class);
                    List<Map<String, String>> documents = new ArrayList<>();
                    for (RerankResult r : best) {
                        documents.add(Map.of("id", "passage-" + r.index(), "text", (String) r.document()));
                    }
                    e.getMessage().setHeader(CohereConstants.DOCUMENTS, documents);
                    e.getMessage().setBody(e.getMessage().getHeader("question"));
                })
                .to("cohere:chat?model=command-a-03-2025&maxTokens=300");
    }

    private List<String> nearest(float[] query, int n) {
        synchronized (passages) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < passages.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble(i -> -cosine(query, vectors.get(i))));
            return order.subList(0, Math.min(n, order.size())).stream().map(passages::get).toList();
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
