package io.camelai.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kamelet of this module, as packaged (under {@code kamelets/}, the version filtered in): a well-formed action
 * kamelet whose template uses only the properties it declares and declares only the properties it uses, sets only
 * options its component has, and marks exactly the component's secret options as credentials.
 */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\??)([^}]+)}}");

    static List<Path> kamelets() throws IOException, URISyntaxException {
        Path dir = Path.of(KameletDefinitionsTest.class.getResource("/kamelets").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".kamelet.yaml")).sorted().toList();
        }
    }

    @Test
    void theModuleShipsTheActionKameletsOfTheThreeComponents() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Path p : kamelets()) {
            names.add(p.getFileName().toString().replace(".kamelet.yaml", ""));
        }
        assertEquals(new TreeSet<>(List.of("azure-inference-chat-action", "azure-inference-embed-action",
                "cohere-chat-action", "cohere-embed-action", "cohere-rerank-action", "qianfan-chat-action",
                "qianfan-embed-action")), names);
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void aKameletIsAnActionNamedAfterItsFileThatDependsOnItsComponentAtThisVersion(Path file) throws Exception {
        Map<String, Object> k = load(file);
        assertEquals("camel.apache.org/v1", k.get("apiVersion"));
        assertEquals("Kamelet", k.get("kind"));
        Map<String, Object> metadata = map(k.get("metadata"));
        assertEquals(file.getFileName().toString().replace(".kamelet.yaml", ""), metadata.get("name"));
        assertEquals("action", map(metadata.get("labels")).get("camel.apache.org/kamelet.type"));
        assertEquals("kamelet:source", map(template(k).get("from")).get("uri"));

        String scheme = componentUri(k).split(":")[0];
        List<?> dependencies = (List<?>) map(k.get("spec")).get("dependencies");
        String version = System.getProperty("project.version", "");
        assertTrue(dependencies.contains("mvn:io.camelai:camel-" + scheme + ":" + version),
                "declares its component at version " + version + ": " + dependencies);
        assertTrue(dependencies.contains("camel:kamelet"), dependencies.toString());
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyPlaceholderIsADeclaredPropertyAndEveryPropertyIsUsed(Path file) throws Exception {
        Map<String, Object> k = load(file);
        Map<String, Object> definition = map(map(k.get("spec")).get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));
        List<?> required = definition.get("required") == null ? List.of() : (List<?>) definition.get("required");

        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, Object> p : parameters(k).entrySet()) {
            Matcher m = PLACEHOLDER.matcher(String.valueOf(p.getValue()));
            assertTrue(m.matches(), p + " is one placeholder");
            String name = m.group(2);
            used.add(name);
            assertTrue(properties.containsKey(name), "{{" + name + "}} has a property");
            boolean optional = !m.group(1).isEmpty();
            Object defaultValue = map(properties.get(name)).get("default");
            if (!optional) {
                assertTrue(defaultValue != null || required.contains(name),
                        name + " is used as {{" + name + "}}, so it is required or has a default");
            } else {
                assertTrue(defaultValue == null && !required.contains(name),
                        name + " is used as {{?" + name + "}}, so it is neither required nor defaulted");
            }
        }
        assertEquals(new TreeSet<>(properties.keySet()), used, "every property is used in the template");
        assertTrue(properties.keySet().containsAll(required), "every required property is declared");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void theComponentsSecretOptionsAreExactlyThePropertiesMarkedAsCredentials(Path file) throws Exception {
        Map<String, Object> k = load(file);
        Map<String, Object> properties = map(map(map(k.get("spec")).get("definition")).get("properties"));
        JsonNode options = componentOptions(componentUri(k).split(":")[0]);

        for (Map.Entry<String, Object> p : parameters(k).entrySet()) {
            JsonNode option = options.get(p.getKey());
            assertTrue(option != null, p.getKey() + " is an option of " + componentUri(k));
            Matcher m = PLACEHOLDER.matcher(String.valueOf(p.getValue()));
            assertTrue(m.matches());
            Map<String, Object> property = map(properties.get(m.group(2)));
            boolean secret = option.path("secret").asBoolean(false);
            assertEquals(secret, "password".equals(property.get("format")), p.getKey() + ": format password");
            assertEquals(secret, List.of("urn:camel:group:credentials").equals(property.get("x-descriptors")),
                    p.getKey() + ": x-descriptors credentials");
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyPropertyHasATitleADescriptionAndAType(Path file) throws Exception {
        Map<String, Object> properties = map(map(map(load(file).get("spec")).get("definition")).get("properties"));
        properties.forEach((name, value) -> {
            Map<String, Object> p = map(value);
            for (String key : List.of("title", "description", "type")) {
                assertFalse(String.valueOf(p.get(key)).isBlank() || p.get(key) == null, name + " has a " + key);
            }
        });
    }

    private static Map<String, Object> load(Path file) throws IOException {
        String text = Files.readString(file);
        assertFalse(text.contains("@project.version@"), "the version is filtered in");
        return map(new Load(LoadSettings.builder().build()).loadFromString(text));
    }

    private static Map<String, Object> template(Map<String, Object> kamelet) {
        return map(map(kamelet.get("spec")).get("template"));
    }

    /** The one {@code to} step of the template. */
    private static Map<String, Object> to(Map<String, Object> kamelet) {
        List<?> steps = (List<?>) map(template(kamelet).get("from")).get("steps");
        assertEquals(1, steps.size(), "one step");
        return map(map(steps.get(0)).get("to"));
    }

    private static String componentUri(Map<String, Object> kamelet) {
        return String.valueOf(to(kamelet).get("uri"));
    }

    private static Map<String, Object> parameters(Map<String, Object> kamelet) {
        return map(to(kamelet).get("parameters"));
    }

    private static JsonNode componentOptions(String scheme) throws Exception {
        // the component's generated metadata, next to its class: META-INF/<package>/<scheme>.json
        try (CamelContext context = new DefaultCamelContext()) {
            Class<?> component = context.getComponent(scheme).getClass();
            String resource = "META-INF/" + component.getPackageName().replace('.', '/') + "/" + scheme + ".json";
            try (InputStream json = component.getClassLoader().getResourceAsStream(resource)) {
                assertTrue(json != null, resource + " is on the classpath");
                return new ObjectMapper().readTree(json).get("properties");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "a mapping: " + o);
        return (Map<String, Object>) o;
    }
}
