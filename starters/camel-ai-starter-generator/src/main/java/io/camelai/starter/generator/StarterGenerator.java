package io.camelai.starter.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a starter's {@code @ConfigurationProperties} class and its additional configuration metadata (defaults and
 * value hints) from the component JSON that Camel's build generates: one property per component option, so a starter
 * can never miss an option.
 * <p>
 * Property types are what a user writes in {@code application.yaml}: wrappers instead of primitives (an unset option
 * keeps the component's own default, which may depend on the operation), {@link java.time.Duration} for durations,
 * and a {@code String} bean reference ({@code #bean:name}) for object options, which Camel's property binding resolves
 * from the registry (the application context).
 */
public final class StarterGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String scheme;
    private final String packageName;
    private final String className;
    private final JsonNode component;
    private final Map<String, JsonNode> options = new TreeMap<>();

    private StarterGenerator(String scheme, String packageName, String className, JsonNode json) {
        this.scheme = scheme;
        this.packageName = packageName;
        this.className = className;
        this.component = json.path("component");
        json.path("componentProperties").properties().forEach(e -> options.put(e.getKey(), e.getValue()));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("The component JSON of " + scheme + " lists no componentProperties");
        }
    }

    /**
     * @param jsonResource the component JSON on the class path, e.g. {@code META-INF/io/camelai/cohere/cohere.json}
     * @param className    the simple name of the properties class, in {@code packageName}
     */
    public static StarterGenerator forComponent(String scheme, String jsonResource, String packageName,
            String className) {
        try (InputStream in = StarterGenerator.class.getClassLoader().getResourceAsStream(jsonResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No component JSON on the class path at " + jsonResource);
            }
            return new StarterGenerator(scheme, packageName, className, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes both files of a new starter (afterwards its StarterSourcesTest keeps them current): arguments scheme,
     * component JSON resource, package, class name, starter directory; the component on the class path.
     */
    public static void main(String[] args) {
        StarterGenerator generator = forComponent(args[0], args[1], args[2], args[3]);
        java.nio.file.Path starter = java.nio.file.Path.of(args[4]);
        System.setProperty(GeneratedFiles.UPDATE_PROPERTY, "true");
        GeneratedFiles.check(generator.javaFile(starter), generator.propertiesClass());
        GeneratedFiles.check(generator.metadataFile(starter), generator.additionalMetadata());
    }

    /** Where the properties class goes in a starter module. */
    public java.nio.file.Path javaFile(java.nio.file.Path starter) {
        return starter.resolve("src/generated/java").resolve(packageName.replace('.', '/'))
                .resolve(className + ".java");
    }

    /** Where the additional metadata goes in a starter module. */
    public java.nio.file.Path metadataFile(java.nio.file.Path starter) {
        return starter.resolve("src/generated/resources/META-INF/additional-spring-configuration-metadata.json");
    }

    /** The names of the component options, sorted. */
    public List<String> optionNames() {
        return new ArrayList<>(options.keySet());
    }

    /** The Java source of the properties class. */
    public String propertiesClass() {
        JavaSource src = new JavaSource();
        src.line("package " + packageName + ";");
        src.line("");
        src.line("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;");
        src.line("import org.springframework.boot.context.properties.ConfigurationProperties;");
        src.line("");
        src.javadoc(component.path("description").asText()
                + " Every option of the " + scheme + " component, bound from camel.component." + scheme
                + ".* (relaxed names: api-key, max-retries).");
        src.line("@javax.annotation.processing.Generated(\"" + getClass().getName() + "\")");
        src.line("@ConfigurationProperties(prefix = \"camel.component." + scheme + "\")");
        // the base class holds "enabled" and "customizer.enabled", as in Camel's own starters
        src.line("public class " + className + " extends ComponentConfigurationPropertiesCommon {");
        options.forEach((name, option) -> {
            src.line("");
            src.indent().javadoc(describe(option));
            if (option.path("deprecated").asBoolean()) {
                src.indent().line("@Deprecated");
            }
            src.indent().line("private " + PropertyType.of(option).javaType() + " " + name + ";");
        });
        options.forEach((name, option) -> accessors(src, name, PropertyType.of(option).javaType()));
        src.line("}");
        return src.toString();
    }

    /**
     * The additional metadata Spring Boot's configuration processor merges into
     * {@code META-INF/spring-configuration-metadata.json}: each option's default and the allowed values of enums.
     */
    public String additionalMetadata() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        options.forEach((name, option) -> {
            String key = "camel.component." + scheme + "." + kebab(name);
            if (option.hasNonNull("defaultValue")) {
                ObjectNode property = properties.addObject();
                property.put("name", key);
                property.put("type", PropertyType.of(option).javaType());
                PropertyType.of(option).putDefault(property, option.get("defaultValue"));
            }
            if (option.has("enum")) {
                ObjectNode hint = hints.addObject();
                hint.put("name", key);
                ArrayNode values = hint.putArray("values");
                option.get("enum").forEach(v -> values.addObject().put("value", v.asText()));
            }
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(JsonNode option) {
        StringBuilder text = new StringBuilder(option.path("description").asText().strip());
        if (text.length() > 0 && ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
            text.append('.');
        }
        PropertyType type = PropertyType.of(option);
        if (type.isBeanReference()) {
            text.append(" A reference to a bean of type ").append(option.path("javaType").asText())
                    .append(" in the application context: #bean:name.");
        }
        if (option.path("autowired").asBoolean()) {
            text.append(" Autowired: the single bean of this type in the application context is used when unset.");
        }
        if ("duration".equals(option.path("type").asText())) {
            text.append(" A duration: 10s, 2m, or milliseconds.");
        }
        if (option.path("secret").asBoolean()) {
            text.append(" This option is a secret: keep it out of source files (an environment variable or a"
                    + " secret store), it is never logged.");
        }
        return text.toString();
    }

    private static void accessors(JavaSource src, String name, String type) {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        src.line("");
        src.indent().line("public " + type + " get" + suffix + "() {");
        src.indent().indent().line("return " + name + ";");
        src.indent().line("}");
        src.line("");
        src.indent().line("public void set" + suffix + "(" + type + " " + name + ") {");
        src.indent().indent().line("this." + name + " = " + name + ";");
        src.indent().line("}");
    }

    /** Spring Boot's canonical property name: {@code maxRetries} as {@code max-retries}. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
