package io.camelai.embedding.jobs;

import java.util.List;
import java.util.function.Function;

import io.camelai.support.AiHttpException;
import org.apache.camel.ProducerTemplate;

/**
 * What the job does when the provider rejects a batch's input: it embeds the batch's lines one by one, so only the
 * lines the provider rejects become dead letters, each with the provider's reason. Shared by the single-machine job
 * and the Kafka workers.
 */
public final class RejectedLines {

    /** Where each line of a narrowed-down batch goes. */
    public interface Outcome<T> {

        void embedded(T line, Object embedding) throws Exception;

        void rejected(T line, String reason) throws Exception;
    }

    private RejectedLines() {}

    /**
     * Embeds each line alone; a line the provider rejects goes to {@link Outcome#rejected}. Any other failure (auth,
     * rate limits or an outage after the endpoint's retries) is thrown: the batch is not finished.
     */
    public static <T> void embedOneByOne(ProducerTemplate template, String embedUri, List<T> lines,
            Function<T, String> text, Outcome<T> outcome) throws Exception {
        for (T line : lines) {
            List<?> one;
            try {
                one = template.requestBody(embedUri, List.of(text.apply(line)), List.class);
            } catch (Exception e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (!isInputProblem(cause)) {
                    throw e;
                }
                outcome.rejected(line, reason(cause));
                continue;
            }
            outcome.embedded(line, one.get(0));
        }
    }

    /** A 4xx other than auth, a missing model or rate limits: the input is at fault, not the service. */
    public static boolean isInputProblem(Throwable t) {
        if (t instanceof AiHttpException e) {
            int s = e.getStatusCode();
            return s >= 400 && s < 500 && s != 401 && s != 403 && s != 404 && s != 408 && s != 429;
        }
        return t instanceof IllegalArgumentException;
    }

    /** The dead letter's reason: the provider's status and message. */
    public static String reason(Throwable t) {
        if (t instanceof AiHttpException e) {
            return "HTTP " + e.getStatusCode() + ": " + (e.getProviderMessage() != null
                    ? e.getProviderMessage()
                    : e.getMessage());
        }
        return t.getMessage();
    }
}
