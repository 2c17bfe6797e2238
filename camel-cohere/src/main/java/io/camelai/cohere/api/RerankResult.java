package io.camelai.cohere.api;

/**
 * One reranked document: its position in the input, its relevance to the query (0 to 1), and the document itself (the
 * input document, or the one Cohere returned with returnDocuments).
 */
public record RerankResult(int index, double relevanceScore, Object document) {}
