package io.camelai.support;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * A request the provider's content filter rejected (Azure's {@code content_filter} 400). Besides the fields of
 * {@link AiHttpException} it carries the filter's verdict per category ({@code hate}, {@code jailbreak},
 * {@code self_harm}, {@code sexual}, {@code violence}, ...), so a route can tell which policy fired. Never retryable:
 * the same prompt is filtered again.
 */
public class AiContentFilterException extends AiHttpException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Category> categories;

    public AiContentFilterException(Builder b, Exchange exchange, Map<String, Category> categories) {
        super(b.retryable(false), exchange);
        this.categories = Map.copyOf(categories);
    }

    /** The filter's result for every category it reported, by category name. */
    public Map<String, Category> getCategories() {
        return categories;
    }

    /** The names of the categories that caused the rejection (sorted). */
    public List<String> getFilteredCategories() {
        return categories.values().stream().filter(Category::filtered).map(Category::name).sorted().toList();
    }

    /**
     * One category's verdict.
     *
     * @param severity {@code safe}, {@code low}, {@code medium} or {@code high}, or null when the category reports
     *                 detection instead (jailbreak, protected material)
     * @param detected for detection categories, whether it was detected; else null
     */
    public record Category(String name, boolean filtered, String severity, Boolean detected) {}
}
