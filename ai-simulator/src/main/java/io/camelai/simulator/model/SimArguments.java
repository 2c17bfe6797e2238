package io.camelai.simulator.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.camelai.simulator.SimJson;

/**
 * The arguments the simulated model gives a tool, taken from the user's message where the tool's JSON Schema allows,
 * so that a tool-calling demo reads like a real one, and deterministic (the same message and schema give the same
 * arguments):
 * <ul>
 * <li>a string parameter about a place (named or described with city, location, place, country, airport, origin,
 * destination, from, to) takes a name from the message (a capitalised word or run of words not starting a
 * sentence): an origin the one after "from", a destination the one after "to", a place the one after "in", "at"
 * or "for", else the next name not used yet;</li>
 * <li>a string parameter named like query, question, text, prompt, search or message takes the message itself
 * (at most 500 characters);</li>
 * <li>an enum takes the value the message mentions, else its default or its first value;</li>
 * <li>a number takes the first number of the message that fits the schema's {@code minimum}/{@code maximum} (and is
 * whole, for an integer), else the default, else 1 (1.5 for a number) moved into the range;</li>
 * <li>a boolean its default, else true; an object its own properties; an array one item;</li>
 * <li>any other string its default, else a fixed value of its {@code format} ({@code date}, {@code date-time},
 * {@code time}, {@code duration}, {@code email}, {@code uri}, {@code uuid}), else its first example, else
 * {@code sample-<name>}.</li>
 * </ul>
 * As the instance of a structured-output schema ({@link #instance}) it also follows local {@code $ref}s
 * ({@code #/$defs/...}), takes a {@code const}, the first non-null alternative of {@code anyOf}/{@code oneOf}, and
 * stops a recursive schema after {@value #MAX_DEPTH} levels (an empty array, else null).
 */
final class SimArguments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_TEXT = 500;
    private static final int MAX_DEPTH = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Set<String> ORIGIN = Set.of("origin", "from", "source", "departure", "depart", "start");
    private static final Set<String> DESTINATION = Set.of("destination", "dest", "to", "arrival", "arrive", "target");
    private static final Set<String> PLACE = Set.of("city", "location", "place", "town", "country", "region",
            "airport", "origin", "destination", "from", "to");
    private static final Set<String> TEXT = Set.of("query", "question", "text", "prompt", "search", "message", "q");

    /** A name the message mentions, with the word before it ("from", "to", ...). */
    private record Name(String text, String before) {}

    private final String message;
    private final List<Name> names;
    private final Set<String> used = new HashSet<>();
    /** The schema local {@code $ref}s point into. */
    private final JsonNode root;
    private int depth;

    private SimArguments(String message, JsonNode root) {
        this.message = message == null ? "" : message;
        this.names = names(this.message);
        this.root = root;
    }

    /** Arguments for every property of a JSON Schema object, read from the user's message where possible. */
    static ObjectNode of(JsonNode schema, String userMessage) {
        return new SimArguments(userMessage, schema).object(schema);
    }

    /** A value that conforms to a JSON Schema (of any type), read from the user's message where possible. */
    static JsonNode instance(JsonNode schema, String userMessage) {
        return new SimArguments(userMessage, schema).value("value", schema);
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode args = SimJson.object();
        JsonNode props = schema == null ? null : schema.get("properties");
        if (props == null) {
            return args;
        }
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            args.set(p.getKey(), value(p.getKey(), p.getValue()));
        }
        return args;
    }

    private JsonNode value(String name, JsonNode schema) {
        JsonNode s = resolve(schema);
        if (depth >= MAX_DEPTH) {
            return "array".equals(type(s)) ? SimJson.array() : NODES.nullNode();
        }
        depth++;
        try {
            return resolvedValue(name, s);
        } finally {
            depth--;
        }
    }

    /** The schema a {@code $ref} or the first non-null {@code anyOf}/{@code oneOf} alternative stands for. */
    private JsonNode resolve(JsonNode s) {
        for (int hops = 0; hops < MAX_DEPTH && s != null; hops++) {
            if (s.path("$ref").isTextual() && s.get("$ref").asText().startsWith("#")) {
                JsonNode target = root.at(s.get("$ref").asText().substring(1));
                s = target.isMissingNode() ? SimJson.object() : target;
            } else if (s.path("anyOf").isArray() || s.path("oneOf").isArray()) {
                JsonNode options = s.has("anyOf") ? s.get("anyOf") : s.get("oneOf");
                JsonNode pick = options.path(0);
                for (JsonNode o : options) {
                    if (!"null".equals(o.path("type").asText())) {
                        pick = o;
                        break;
                    }
                }
                s = pick.isMissingNode() ? SimJson.object() : pick;
            } else {
                return s;
            }
        }
        return s == null ? SimJson.object() : s;
    }

    private JsonNode resolvedValue(String name, JsonNode s) {
        if (s.has("const")) {
            return s.get("const");
        }
        JsonNode enumValues = s.get("enum");
        if (enumValues != null && enumValues.isArray() && !enumValues.isEmpty()) {
            return enumValue(enumValues, s.get("default"));
        }
        return switch (type(s)) {
            case "integer", "int" -> number(s, true);
            case "number", "float" -> number(s, false);
            case "boolean", "bool" -> s.path("default").isBoolean() ? s.get("default") : NODES.booleanNode(true);
            case "object" -> object(s);
            case "array" -> {
                ArrayNode items = SimJson.array();
                if (depth < MAX_DEPTH) {
                    // a recursive schema ends with an empty array, not an item cut off
                    items.add(value(name, s.has("items") ? s.get("items") : SimJson.object()));
                }
                yield items;
            }
            default -> new TextNode(string(name, s));
        };
    }

    private static String type(JsonNode s) {
        JsonNode type = s.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type == null || !type.isTextual() ? "string" : type.asText().toLowerCase(Locale.ROOT);
    }

    private JsonNode enumValue(JsonNode values, JsonNode defaultValue) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (JsonNode v : values) {
            if (v.isTextual() && !v.asText().isEmpty()
                    && Pattern.compile("\\b" + Pattern.quote(v.asText().toLowerCase(Locale.ROOT)) + "\\b")
                            .matcher(lower).find()) {
                return v;
            }
        }
        for (JsonNode v : values) {
            if (v.equals(defaultValue)) {
                return v;
            }
        }
        return values.get(0);
    }

    private JsonNode number(JsonNode s, boolean integer) {
        BigDecimal min = s.path("minimum").isNumber() ? s.get("minimum").decimalValue() : null;
        BigDecimal max = s.path("maximum").isNumber() ? s.get("maximum").decimalValue() : null;
        Matcher m = NUMBER.matcher(message);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group());
            if ((!integer || n.stripTrailingZeros().scale() <= 0) && (min == null || n.compareTo(min) >= 0)
                    && (max == null || n.compareTo(max) <= 0)) {
                return numberNode(n, integer);
            }
        }
        if (s.path("default").isNumber()) {
            return s.get("default");
        }
        BigDecimal n = integer ? BigDecimal.ONE : new BigDecimal("1.5");
        if (min != null && n.compareTo(min) < 0) {
            n = min;
        }
        if (max != null && n.compareTo(max) > 0) {
            n = max;
        }
        return numberNode(n, integer);
    }

    private static JsonNode numberNode(BigDecimal n, boolean integer) {
        return integer
                ? NODES.numberNode(n.setScale(0, RoundingMode.HALF_UP).longValue())
                : NODES.numberNode(n.doubleValue());
    }

    private String string(String name, JsonNode s) {
        Set<String> nameWords = words(name);
        Set<String> described = new HashSet<>(nameWords);
        described.addAll(words(s.path("description").asText("")));
        if (described.stream().anyMatch(PLACE::contains)) {
            String place = place(nameWords);
            if (place != null) {
                return place;
            }
        } else if (nameWords.stream().anyMatch(TEXT::contains) && !message.isBlank()) {
            return message.length() > MAX_TEXT ? message.substring(0, MAX_TEXT) : message;
        }
        if (s.path("default").isTextual()) {
            return s.get("default").asText();
        }
        String formatted = formatted(s.path("format").asText(""));
        if (formatted != null) {
            return formatted;
        }
        if (s.path("examples").isArray() && s.get("examples").path(0).isTextual()) {
            return s.get("examples").get(0).asText();
        }
        return "sample-" + name;
    }

    /** A fixed value of a string format ({@code date}, {@code date-time}, ...), so that a typed parser accepts it. */
    private static String formatted(String format) {
        return switch (format) {
            case "date" -> "2026-01-01";
            case "date-time" -> "2026-01-01T12:00:00Z";
            case "time" -> "12:00:00";
            case "duration" -> "PT1H";
            case "email" -> "someone@example.com";
            case "uri" -> "https://example.com/";
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            default -> null;
        };
    }

    /** The name for a place parameter: after the preposition its role suggests, else the next one not used. */
    private String place(Set<String> nameWords) {
        Set<String> prepositions = nameWords.stream().anyMatch(ORIGIN::contains)
                ? Set.of("from")
                : nameWords.stream().anyMatch(DESTINATION::contains)
                        ? Set.of("to")
                        : Set.of("in", "at", "for");
        for (Name n : names) {
            if (!used.contains(n.text()) && prepositions.contains(n.before())) {
                used.add(n.text());
                return n.text();
            }
        }
        for (Name n : names) {
            if (used.add(n.text())) {
                return n.text();
            }
        }
        return null;
    }

    /** The words of a parameter name or description, lower case: snake_case, kebab-case and camelCase split. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Capitalised words and runs of them ("New York") that do not start a sentence, with the word before each. */
    private static List<Name> names(String message) {
        String text = message.length() > MAX_TEXT * 8 ? message.substring(0, MAX_TEXT * 8) : message;
        List<Name> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        String before = "";
        StringBuilder run = null;
        String runBefore = null;
        int lastEnd = 0;
        while (m.find()) {
            String gap = text.substring(lastEnd, m.start());
            boolean sentenceStart = lastEnd == 0 || gap.matches("(?s).*[.?!:;\\n].*");
            String word = m.group();
            boolean capital = Character.isUpperCase(word.codePointAt(0)) && !word.equals("I");
            if (capital && !sentenceStart && run != null && gap.equals(" ")) {
                run.append(' ').append(word);
            } else {
                flush(out, run, runBefore);
                run = capital && !sentenceStart ? new StringBuilder(word) : null;
                runBefore = before;
            }
            before = word.toLowerCase(Locale.ROOT);
            lastEnd = m.end();
        }
        flush(out, run, runBefore);
        return out;
    }

    private static void flush(List<Name> out, StringBuilder run, String before) {
        if (run != null) {
            out.add(new Name(run.toString(), before));
        }
    }
}
