package io.camelai.support.tools;

import io.camelai.support.chat.ToolCall;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one tool call and turns the outcome into the JSON result the model reads. */
final class ToolExecution {

    private static final Logger LOG = LoggerFactory.getLogger(ToolExecution.class);

    private ToolExecution() {
    }

    /**
     * @param  tool      the tool of that name, or null when there is none
     * @param  failFast  {@code toolErrors=fail}: rethrow a tool's exception instead of reporting it to the model
     * @return           the result as JSON; an {@code {"error": ...}} object when the tool is unknown or failed
     */
    static String run(Exchange exchange, ToolCall call, Tool tool, boolean failFast) throws Exception {
        if (tool == null) {
            LOG.warn("The model called the unknown tool '{}' (call {})", call.name(), call.id());
            if (failFast) {
                throw new IllegalStateException("The model called the unknown tool '" + call.name() + "'");
            }
            return ToolResults.error("unknown tool '" + call.name() + "'");
        }
        try {
            return ToolResults.toJson(tool.invoke(exchange, call));
        } catch (Exception e) {
            if (failFast) {
                throw e;
            }
            LOG.warn("Tool '{}' failed (call {}); the model gets the error: {}", call.name(), call.id(),
                    e.toString());
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return ToolResults.error("tool '" + call.name() + "' failed: " + message);
        }
    }
}
