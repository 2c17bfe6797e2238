package io.camelai.support.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ToolCall;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the tool calls of one assistant turn and turns each outcome into the tool message the model reads. The calls
 * come from the model, so: only a tool offered for this exchange runs (any other name, even a started
 * {@code llm-tool} route, gets {@code {"error": "unknown tool ..."}}); at most {@code maxCalls} calls run (each one
 * beyond gets an error result); arguments are checked by {@link ToolArguments} before the tool sees them. With
 * {@code failFast} ({@code toolErrors=fail}, {@code failOnError()}) each of these fails the exchange instead; an
 * over-long turn then fails before any of its calls runs. Refusals are logged at WARN without the arguments.
 */
final class ToolTurn {

    private static final Logger LOG = LoggerFactory.getLogger(ToolTurn.class);
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    /** Error texts go back to the model and into logs: long ones (a tool echoing its input) are cut. */
    private static final int MAX_ERROR_CHARS = 500;

    private final Predicate<String> offered;
    private final Function<String, Tool> executable;
    private final int maxCalls;
    private final String capOption;
    private final boolean failFast;

    /**
     * @param offered    whether a tool of this name was offered for this exchange
     * @param executable what runs an offered tool, or null when nothing does (its route is not started)
     * @param maxCalls   the most calls of one turn that run
     * @param capOption  the name of the option that set {@code maxCalls}, for messages
     * @param failFast   fail the exchange instead of giving the model an error result
     */
    ToolTurn(Predicate<String> offered, Function<String, Tool> executable, int maxCalls, String capOption,
            boolean failFast) {
        this.offered = offered;
        this.executable = executable;
        this.maxCalls = maxCalls;
        this.capOption = capOption;
        this.failFast = failFast;
    }

    /** One tool message per call, in the model's order; the calls run one after the other. */
    List<ChatMessage> run(Exchange exchange, List<ToolCall> calls) throws Exception {
        if (calls.size() > maxCalls) {
            LOG.warn("The model asked for {} tool calls in one turn; {}={}: the calls beyond it do not run",
                    calls.size(), capOption, maxCalls);
            if (failFast) {
                throw new IllegalStateException("The model asked for " + calls.size() + " tool calls in one turn,"
                        + " more than " + capOption + "=" + maxCalls + "; none of them ran");
            }
        }
        List<ChatMessage> out = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            String result = i < maxCalls
                    ? runOne(exchange, call)
                    : ToolResults.error("too many tool calls in one turn (" + capOption + "=" + maxCalls + ")");
            out.add(ChatMessage.tool(call.id(), call.name(), result));
        }
        return out;
    }

    private String runOne(Exchange exchange, ToolCall call) throws Exception {
        String name = printable(call.name());
        if (!offered.test(call.name())) {
            return refuse(call, "unknown tool '" + name + "'", "it was not offered for this exchange");
        }
        Tool tool = executable.apply(call.name());
        if (tool == null) {
            return refuse(call, "tool '" + name + "' is not available",
                    "it was offered but nothing runs it (no started llm-tool route of that name)");
        }
        try {
            ToolArguments.parse(call, tool.definition());
            return ToolResults.toJson(tool.invoke(exchange, call));
        } catch (InvalidToolArgumentsException e) {
            String message = bounded(e.getMessage());
            if (failFast) {
                throw new InvalidToolArgumentsException("The model's arguments for the tool '" + name
                        + "' were refused: " + message);
            }
            LOG.warn("Refused the arguments of the tool '{}' (call {}): {}", name, printable(call.id()), message);
            return ToolResults.error("invalid arguments for tool '" + name + "': " + message);
        } catch (Exception e) {
            if (failFast) {
                throw e;
            }
            String message = bounded(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            LOG.warn("Tool '{}' failed (call {}); the model gets the error: {}: {}", name, printable(call.id()),
                    e.getClass().getName(), message);
            return ToolResults.error("tool '" + name + "' failed: " + message);
        }
    }

    private String refuse(ToolCall call, String result, String why) {
        LOG.warn("Refused the model's call of the tool '{}' (call {}): {}", printable(call.name()),
                printable(call.id()), why);
        if (failFast) {
            throw new IllegalStateException("The model called the tool '" + printable(call.name()) + "' but " + why);
        }
        return ToolResults.error(result);
    }

    /** A model-chosen name or id as it may appear in a log line or message: short, printable ASCII. */
    static String printable(String s) {
        if (s == null || PLAIN_NAME.matcher(s).matches()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 64; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return s.length() > 64 ? sb.append("...").toString() : sb.toString();
    }

    private static String bounded(String s) {
        return s.length() <= MAX_ERROR_CHARS ? s : s.substring(0, MAX_ERROR_CHARS) + "...";
    }
}
