package io.camelai.simulator.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import io.camelai.simulator.SimJson;

/**
 * The simulator's deterministic "model". Tests can script its next replies ({@link #enqueue}); otherwise it:
 * <ul>
 * <li>calls a tool when tools are offered and the last message is the user's (the tool whose name shares a word
 * with the message, else the first), with arguments read from the message where the tool's schema allows
 * ({@link SimArguments}: "from Seattle to Miami" gives {@code origin_city} Seattle, {@code destination_city} Miami);</li>
 * <li>answers {@code "Tool results: <results>"} after tool results;</li>
 * <li>else answers {@code "Simulated answer to: <last user message>"}, followed by {@code " (saw N image(s))"} when
 * that message carried images.</li>
 * </ul>
 * A request for a JSON answer ({@link SimFormat}) gets, instead of either text, an instance of its JSON Schema (every
 * property, values read from the user's message where the schema allows, see {@link SimArguments}), or
 * {@code {"answer": "<text>"}} without a schema.
 * Tokens are words. {@code maxTokens} cuts the answer (finish {@code length}); a stop sequence cuts it (finish
 * {@code stop_sequence}). Embeddings are unit vectors seeded by the text, so equal texts embed equally.
 */
public final class SimModel {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    private final ConcurrentLinkedDeque<SimReply> scripted = new ConcurrentLinkedDeque<>();

    /** Queues replies used, in order, by the next chat requests (of any provider). */
    public void enqueue(SimReply... replies) {
        scripted.addAll(List.of(replies));
    }

    public void reset() {
        scripted.clear();
    }

    public SimReply reply(SimRequest request) {
        int input = countTokens(request);
        SimReply next = scripted.poll();
        SimReply reply = next != null ? next : defaultReply(request);
        if (reply.hasToolCalls()) {
            return new SimReply(reply.text(), reply.toolCalls(), "tool_calls", input, words(reply.text()) + 5);
        }
        return limit(reply.text(), request, input, reply.finishReason());
    }

    private SimReply defaultReply(SimRequest request) {
        SimMessage last = request.last();
        if (!request.tools().isEmpty() && last.isUser()) {
            SimTool tool = pickTool(request.tools(), last.text());
            String id = tool.name() + "_" + Integer.toHexString(hash(last.text() + request.toolRounds()));
            return SimReply.toolCall(id, tool.name(), SimJson.write(SimArguments.of(tool.schema(), last.text())));
        }
        if (last.isTool()) {
            StringBuilder sb = new StringBuilder("Tool results:");
            for (int i = request.messages().size() - 1; i >= 0 && request.messages().get(i).isTool(); i--) {
                sb.insert("Tool results:".length(), " " + request.messages().get(i).text());
            }
            return text(request, sb.toString());
        }
        String asked = request.lastUserText();
        int images = request.lastUserImages();
        if (images > 0) {
            asked += (asked.isEmpty() ? "" : " ") + "(saw " + images + (images == 1 ? " image)" : " images)");
        }
        return text(request, "Simulated answer to: " + asked);
    }

    private static SimReply text(SimRequest request, String text) {
        return SimReply.text(request.format().json() ? request.format().answer(request.lastUserText(), text) : text);
    }

    private SimReply limit(String text, SimRequest request, int input, String finish) {
        String out = text;
        for (String stop : request.stopSequences()) {
            int at = stop.isEmpty() ? -1 : out.indexOf(stop);
            if (at >= 0) {
                out = out.substring(0, at);
                finish = "stop_sequence";
            }
        }
        if (request.maxTokens() != null && words(out) > request.maxTokens()) {
            StringBuilder sb = new StringBuilder();
            List<String> pieces = pieces(out);
            for (int i = 0; i < request.maxTokens() && i < pieces.size(); i++) {
                sb.append(pieces.get(i));
            }
            out = sb.toString();
            finish = "length";
        }
        return new SimReply(out, List.of(), finish, input, words(out));
    }

    private static SimTool pickTool(List<SimTool> tools, String text) {
        String lower = text.toLowerCase();
        for (SimTool t : tools) {
            for (String part : t.name().toLowerCase().split("[_\\-]")) {
                if (part.length() > 3 && !part.equals("get") && lower.contains(part)) {
                    return t;
                }
            }
        }
        return tools.get(0);
    }

    /** A deterministic unit vector for a text. */
    public static float[] embed(String text, int dimensions) {
        Random random = new Random(hash(text));
        float[] v = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimensions; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** Relevance of a document to a query: the share of the query's words found in it. */
    public static double relevance(String query, String document) {
        String[] q = query.toLowerCase().split("\\W+");
        String doc = document.toLowerCase();
        int hits = 0;
        int total = 0;
        for (String w : q) {
            if (!w.isEmpty()) {
                total++;
                if (doc.contains(w)) {
                    hits++;
                }
            }
        }
        return total == 0 ? 0 : (double) hits / total;
    }

    /** The words of a text, each with its trailing whitespace: concatenated, they are the text again. */
    public static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    public static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static int countTokens(SimRequest request) {
        int n = 0;
        for (SimMessage m : request.messages()) {
            n += words(m.text()) + 1;
        }
        return Math.max(n, 1);
    }

    public static int hash(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
