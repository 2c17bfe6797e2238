package io.camelai.embedding.jobs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input files are untrusted bytes: a line that is not valid UTF-8 (or, in JSONL, not valid JSON) becomes a dead
 * letter with the reason, and the rest of the file is embedded as usual; the file completes.
 */
class EmbeddingJobDecodingTest extends CamelTestSupport {

    @TempDir
    static Path dir;

    private final StandInEmbeddings embeddings = new StandInEmbeddings();

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("d.txt"), bytes(
                utf8("\uFEFFgood one\n"),
                utf8("bad "), new byte[]{(byte) 0xC3, 0x28}, utf8(" line\n"),
                utf8("café ☕ ok\r\n"),
                utf8("ends mid-character "), new byte[]{(byte) 0xE2, (byte) 0x82}, utf8("\n"),
                utf8("last\n")));
        Files.write(in.resolve("e.jsonl"), bytes(
                utf8("{\"id\":\"e1\",\"text\":\"première\"}\n"),
                utf8("{\"id\":\"e2\",\"text\":\"caf"), new byte[]{(byte) 0xC3, 0x28}, utf8("\"}\n"),
                utf8("{\"id\":\"e3\",\"text\":\"third\"}\n"),
                utf8("{broken\n")));
        return new RoutesBuilder[]{
                embeddings,
                new EmbeddingJobRoutes(in.toString(), dir.resolve("out").toString(), StandInEmbeddings.URI, 10)};
    }

    @Test
    void undecodableLinesAreDeadLetteredWithTheReasonAndTheFileCompletes() throws Exception {
        Path out = dir.resolve("out");
        EmbeddingJobTest.awaitDone(out, "d.txt", "e.jsonl");

        Map<Integer, JsonNode> d = EmbeddingJobTest.records(out, "d.txt");
        assertEquals(5, d.size(), "one record per line: " + d);
        assertEquals("not valid UTF-8 (byte 0xC3 at offset 4)", d.get(2).get("reason").asText());
        assertFalse(d.get(2).has("embedding"));
        assertEquals("not valid UTF-8 (byte 0xE2 at offset 19)", d.get(4).get("reason").asText());
        for (int line : List.of(1, 3, 5)) {
            assertTrue(d.get(line).has("embedding"), "d.txt line " + line + " embedded: " + d.get(line));
        }

        Map<Integer, JsonNode> e = EmbeddingJobTest.records(out, "e.jsonl");
        assertEquals(4, e.size(), "one record per line: " + e);
        assertEquals("e1", e.get(1).get("id").asText());
        assertEquals("not valid UTF-8 (byte 0xC3 at offset 22)", e.get(2).get("reason").asText());
        assertEquals("e3", e.get(3).get("id").asText());
        assertTrue(e.get(4).get("reason").asText().startsWith("invalid JSON"), e.get(4).toString());

        // valid multi-byte text arrives intact; the byte order mark and the CR of a CRLF line are not text
        assertEquals(List.of("good one", "café ☕ ok", "last", "première", "third"), embeddings.texts());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
