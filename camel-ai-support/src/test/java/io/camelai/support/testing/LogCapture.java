package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Captures every log line written during a test (all loggers, all levels, with stack traces), so a test can prove a
 * secret never reached a log. Register with {@code @RegisterExtension LogCapture logs = new LogCapture();}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final List<String> lines = new ArrayList<>();
    private Appender appender;
    private org.apache.logging.log4j.Level previousRoot;

    @Override
    public void beforeEach(ExtensionContext context) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = new Appender("capture-" + UUID.randomUUID());
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        previousRoot = root.getLevel();
        root.addAppender(appender, org.apache.logging.log4j.Level.ALL, null);
        root.setLevel(org.apache.logging.log4j.Level.ALL);
        config.getLoggers().values().forEach(l -> {
            if (l != root) {
                l.addAppender(appender, org.apache.logging.log4j.Level.ALL, null);
            }
        });
        ctx.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getLoggers().values().forEach(l -> l.removeAppender(appender.getName()));
        config.getRootLogger().setLevel(previousRoot);
        ctx.updateLoggers();
        appender.stop();
    }

    /** Every line captured so far (message and stack trace). */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized String all() {
        return String.join("\n", lines);
    }

    /** Fails if any captured line contains the secret. */
    public void assertNoSecret(String secret) {
        for (String line : lines()) {
            assertFalse(line.contains(secret), "a log line contains the secret: " + line.replace(secret, "<SECRET>"));
        }
    }

    private synchronized void add(String line) {
        lines.add(line);
    }

    private final class Appender extends AbstractAppender {
        Appender(String name) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder sb = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getMessage().getFormattedMessage());
            Throwable t = event.getThrown();
            while (t != null) {
                sb.append(" | ").append(t);
                for (StackTraceElement el : t.getStackTrace()) {
                    sb.append(' ').append(el);
                }
                t = t.getCause();
            }
            add(sb.toString());
        }
    }
}
