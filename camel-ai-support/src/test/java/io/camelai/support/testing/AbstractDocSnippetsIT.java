package io.camelai.support.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.AiSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the YAML examples of a component's {@code .adoc} pages runnable: every {@code [source,yaml]} block is loaded
 * with Camel's YAML routes loader into its own Camel context whose component points at the simulator (so the snippets
 * need no URL or key), and every route starting {@code from: direct:...} is sent a sample body and must answer without
 * an exception. Every operation must have a YAML and a Java example, and a Java example starting at the same
 * {@code direct:} endpoint as a YAML one must call the same endpoints. Each component's IT extends this.
 */
public abstract class AbstractDocSnippetsIT {

    private static final Pattern YAML_BLOCK = Pattern.compile("\\[source,yaml]\\n----\\n(.*?)\\n----\\n",
            Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("\\[source,java]\\n----\\n(.*?)\\n----\\n",
            Pattern.DOTALL);
    private static final Pattern JAVA_FROM = Pattern.compile("from\\(\"([^\"]+)\"\\)");
    private static final Pattern JAVA_TO = Pattern
            .compile("\\.toV?\\(((?:\\s*\\+?\\s*\"[^\"]*\"[ \\t]*(?://[^\\n]*)?)+)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final String DEFAULT_BODY = "What is Apache Camel?";

    @RegisterExtension
    protected static AiSimulatorExtension sim = new AiSimulatorExtension();

    /** The adoc pages whose YAML examples run, relative to the module directory. */
    protected abstract List<Path> adocs();

    /** The component's scheme, e.g. {@code cohere}. */
    protected abstract String scheme();

    /** Every operation, as written in a URI. */
    protected abstract List<String> operations();

    /** Points the component at the simulator with a test credential, and binds the beans the snippets name. */
    protected abstract void configure(CamelContext context, AiSimulator simulator) throws Exception;

    /**
     * The message a route starting at a given {@code direct:} URI is sent, when the text {@value #DEFAULT_BODY} does
     * not suit it (a list of documents, token ids, headers).
     */
    protected Map<String, Consumer<Message>> samples() {
        return Map.of();
    }

    @TestFactory
    Stream<DynamicTest> everyYamlExampleLoadsAndAnswersItsSampleMessage() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path adoc : adocs()) {
            List<String> snippets = blocks(adoc, YAML_BLOCK);
            for (int i = 0; i < snippets.size(); i++) {
                String yaml = snippets.get(i);
                tests.add(DynamicTest.dynamicTest(adoc.getFileName() + " yaml example " + (i + 1), () -> run(yaml)));
            }
        }
        assertFalse(tests.isEmpty(), "no [source,yaml] block in " + adocs());
        return tests.stream();
    }

    @Test
    void everyOperationHasAYamlAndAJavaExample() throws IOException {
        List<String> yaml = new ArrayList<>();
        List<String> java = new ArrayList<>();
        for (Path adoc : adocs()) {
            yaml.addAll(blocks(adoc, YAML_BLOCK));
            java.addAll(blocks(adoc, JAVA_BLOCK));
        }
        for (String operation : operations()) {
            Pattern uri = Pattern.compile("\\b" + Pattern.quote(scheme() + ":" + operation) + "(?![\\w-])");
            assertTrue(yaml.stream().anyMatch(s -> uri.matcher(s).find()), "no YAML example of " + operation);
            assertTrue(java.stream().anyMatch(s -> uri.matcher(s).find()), "no Java example of " + operation);
        }
    }

    @Test
    void everyJavaExampleCallsTheSameEndpointsAsTheYamlExampleOfItsRoute() throws Exception {
        for (Path adoc : adocs()) {
            Map<String, List<String>> javaExamples = new HashMap<>(); // start -> the endpoints it calls
            for (String java : blocks(adoc, JAVA_BLOCK)) {
                Matcher from = JAVA_FROM.matcher(java);
                if (from.find() && from.group(1).startsWith("direct:")) {
                    List<String> uris = new ArrayList<>();
                    Matcher to = JAVA_TO.matcher(java);
                    while (to.find()) {
                        uris.add(
                                LITERAL.matcher(to.group(1)).results().map(r -> r.group(1)).reduce("", String::concat));
                    }
                    javaExamples.put(from.group(1), uris);
                }
            }
            Set<String> matched = new HashSet<>();
            for (String yaml : blocks(adoc, YAML_BLOCK)) {
                try (CamelContext context = load(yaml)) {
                    Set<Endpoint> starts = new HashSet<>();
                    context.getRoutes().forEach(r -> starts.add(r.getEndpoint()));
                    javaExamples.forEach((start, uris) -> {
                        if (starts.contains(context.hasEndpoint(start))
                                && uris.stream().allMatch(u -> context.hasEndpoint(u) != null)) {
                            matched.add(start);
                        }
                    });
                }
            }
            for (Map.Entry<String, List<String>> java : javaExamples.entrySet()) {
                boolean hasYaml = blocks(adoc, YAML_BLOCK).stream()
                        .anyMatch(y -> y.contains("uri: " + java.getKey() + "\n"));
                assertTrue(!hasYaml || matched.contains(java.getKey()), adoc.getFileName() + ": the Java example of "
                        + java.getKey() + " calls " + java.getValue()
                        + ", which no YAML example of that route does");
            }
        }
    }

    private void run(String yaml) throws Exception {
        sim.get().reset();
        try (CamelContext context = load(yaml)) {
            List<String> starts = context.getRoutes().stream().map(Route::getEndpoint)
                    .map(e -> e.getEndpointUri().replaceFirst("^direct://", "direct:"))
                    .filter(u -> u.startsWith("direct:")).toList();
            for (String start : starts) {
                Consumer<Message> sample = samples().getOrDefault(start, m -> m.setBody(DEFAULT_BODY));
                Exchange out = context.createProducerTemplate().request(start, e -> sample.accept(e.getMessage()));
                if (out.getException() != null) {
                    fail(start + " failed: " + out.getException(), out.getException());
                }
                assertNotNull(out.getMessage().getBody(), start + " answered no body");
            }
            assertTrue(starts.isEmpty() || sim.get().requestCount() > 0, "the example called no API: " + starts);
        }
    }

    /** A started context, its component on the simulator, with the example's routes. */
    private CamelContext load(String yaml) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            configure(context, sim.get());
            context.start();
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("snippet.yaml", yaml));
            return context;
        } catch (Exception e) {
            context.close();
            throw e;
        }
    }

    private static List<String> blocks(Path adoc, Pattern block) throws IOException {
        String text = Files.readString(adoc, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> found = new ArrayList<>();
        Matcher m = block.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
