package io.camelai.interop;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the SDKs report while a test runs: every line written to {@code System.err} (cohere-java prints its stream
 * parse errors there) and every log event (azure-core logs through SLF4J). After each test it fails when a line on
 * stderr, a warning or error, or any line about parsing was seen, unless the test allowed it with {@link #allow}
 * (for what the real service causes too).
 */
public final class SdkLogs implements BeforeEachCallback, AfterEachCallback {

    private static final Pattern PARSE = Pattern.compile("(?i)pars(e|ing)|deserializ|malformed|unexpected");

    private final List<String> problems = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();
    private final List<Pattern> allowed = new ArrayList<>();
    private PrintStream originalErr;
    private Appender appender;

    /** Lets lines matching this pattern pass (say why at the call site). */
    public SdkLogs allow(String regex) {
        allowed.add(Pattern.compile(regex));
        return this;
    }

    /** Every line seen so far in this test (stderr and log events). */
    public synchronized List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        originalErr = System.err;
        System.setErr(new PrintStream(new LineTee(originalErr), true, StandardCharsets.UTF_8));
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = new Appender("sdk-logs-" + UUID.randomUUID());
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        config.getLoggers().values().forEach(l -> {
            if (l != config.getRootLogger()) {
                l.addAppender(appender, Level.ALL, null);
            }
        });
        ctx.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setErr(originalErr);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getLoggers().values().forEach(l -> l.removeAppender(appender.getName()));
        ctx.updateLoggers();
        appender.stop();
        List<String> unexpected;
        synchronized (this) {
            unexpected = problems.stream().filter(p -> allowed.stream().noneMatch(a -> a.matcher(p).find())).toList();
            problems.clear();
            seen.clear();
            allowed.clear();
        }
        if (!unexpected.isEmpty()) {
            fail("the SDK reported problems:\n  " + String.join("\n  ", unexpected));
        }
    }

    private synchronized void record(String line, boolean problem) {
        seen.add(line);
        if (problem || PARSE.matcher(line).find()) {
            problems.add(line);
        }
    }

    /** Passes stderr through and records it line by line. */
    private final class LineTee extends OutputStream {
        private final PrintStream through;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineTee(PrintStream through) {
            this.through = through;
        }

        @Override
        public synchronized void write(int b) {
            through.write(b);
            if (b == '\n') {
                record("stderr: " + line.toString(StandardCharsets.UTF_8), true);
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    private final class Appender extends AbstractAppender {
        Appender(String name) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder sb = new StringBuilder(event.getLevel().toString()).append(' ')
                    .append(event.getLoggerName()).append(" - ").append(event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                sb.append(" | ").append(event.getThrown());
            }
            record(sb.toString(), event.getLevel().isMoreSpecificThan(Level.WARN));
        }
    }
}
