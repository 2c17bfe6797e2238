package io.camelai.cohere.api;

import java.util.Map;

/** One classified input: the predicted label, its confidence, and every label's confidence. */
public record Classification(String input, String prediction, double confidence, Map<String, Double> labels) {}
