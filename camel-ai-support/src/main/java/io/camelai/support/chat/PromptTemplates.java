package io.camelai.support.chat;

import io.camelai.support.AiHeaders;
import io.camelai.support.MessageHeaders;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;

/**
 * The endpoint's {@code userMessage} and {@code systemMessage} options as Simple expressions, parsed once when the
 * endpoint starts and evaluated for each exchange. The expression comes from the endpoint's configuration (trusted);
 * what it reads from the exchange (the body, a header) is inserted as text and never evaluated again, so a body
 * holding {@code ${sys.user.home}} reaches the model as those characters. The {@code CamelAiUserMessage} and
 * {@code CamelAiSystemMessage} headers are literal texts that take precedence over the options.
 */
public final class PromptTemplates {

    /** No templates: the body is the chat input, the system message comes from the header or the literal option. */
    public static final PromptTemplates NONE = new PromptTemplates(null, null);

    private final Expression userMessage;
    private final Expression systemMessage;

    private PromptTemplates(Expression userMessage, Expression systemMessage) {
        this.userMessage = userMessage;
        this.systemMessage = systemMessage;
    }

    /** Parses the options (fails at endpoint start, naming the option, on a Simple syntax error). */
    public static PromptTemplates parse(CamelContext context, AiConfiguration configuration) {
        Expression user = simple(context, "userMessage", configuration.getUserMessage());
        Expression system = simple(context, "systemMessage", configuration.getSystemMessage());
        return user == null && system == null ? NONE : new PromptTemplates(user, system);
    }

    /** A Simple expression from a trusted option, or null when the option is unset. */
    public static Expression simple(CamelContext context, String option, String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("Option " + option + " is blank: give a Simple expression such as"
                    + " 'Summarise: ${body}' or leave it unset");
        }
        try {
            Expression e = context.resolveLanguage("simple").createExpression(text);
            e.init(context);
            return e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option " + option + " is not a valid Simple expression: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The user message: the {@code CamelAiUserMessage} header, else the {@code userMessage} expression's value, else
     * null (the body is the input).
     *
     * @throws IllegalArgumentException when the header or the evaluated expression is empty
     */
    public String userMessage(Exchange exchange) {
        String header = MessageHeaders.get(exchange.getMessage(), AiHeaders.USER_MESSAGE, String.class);
        if (header != null) {
            if (header.isBlank()) {
                throw new IllegalArgumentException("Header " + AiHeaders.USER_MESSAGE + " is empty: a chat needs a"
                        + " user message");
            }
            return header;
        }
        String text = evaluate(exchange, userMessage);
        if (userMessage != null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("Option userMessage gave an empty text for this exchange: a chat"
                    + " needs a user message");
        }
        return text;
    }

    /** The {@code CamelAiSystemMessage} header, else the {@code systemMessage} expression's value, else null. */
    public String systemMessage(Exchange exchange) {
        String header = MessageHeaders.get(exchange.getMessage(), AiHeaders.SYSTEM_MESSAGE, String.class);
        if (header != null) {
            return header;
        }
        String text = evaluate(exchange, systemMessage);
        return text == null || text.isBlank() ? null : text;
    }

    private static String evaluate(Exchange exchange, Expression expression) {
        return expression == null ? null : expression.evaluate(exchange, String.class);
    }
}
