package io.camelai.cohere.ops;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvroBlockLimitTest {

    private static final Schema SCHEMA = SchemaBuilder.record("row").fields().requiredString("text").endRecord();

    @Test
    void aFileWithinTheLimitPassesThroughByteForByteAndReadsBackEveryRecord() throws Exception {
        for (CodecFactory codec : List.of(CodecFactory.nullCodec(), CodecFactory.deflateCodec(6))) {
            byte[] file = file(codec, 3000, "some text of a dataset row");

            assertArrayEquals(file, new AvroBlockLimit(new ByteArrayInputStream(file), 1 << 20).readAllBytes());
            assertEquals(3000, records(new AvroBlockLimit(new ByteArrayInputStream(file), 1 << 20)).size());
        }
    }

    @Test
    void aBlockDeclaringMoreThanTheLimitIsRefusedBeforeItsBytesArrive() throws Exception {
        byte[] header = header("null");
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write(header);
        writeLong(forged, 1); // one record
        writeLong(forged, Integer.MAX_VALUE); // a 2 GiB block that never comes
        forged.write(new byte[10]);

        IOException e = assertThrows(IOException.class,
                () -> records(new AvroBlockLimit(new ByteArrayInputStream(forged.toByteArray()), 1 << 20)));
        assertTrue(e.getMessage().contains("block of 2147483647 bytes, more than the 1048576 allowed"),
                e.getMessage());
    }

    @Test
    void aDeflateBlockInflatingBeyondTheLimitIsRefused() throws Exception {
        // 2 MB of one repeated letter deflates to a few KB: a small part that would inflate large
        byte[] bomb = file(CodecFactory.deflateCodec(9), 1, "a".repeat(2_000_000));
        assertTrue(bomb.length < 64 * 1024, "compressed to " + bomb.length);

        IOException e = assertThrows(IOException.class,
                () -> records(new AvroBlockLimit(new ByteArrayInputStream(bomb), 1 << 20)));
        assertTrue(e.getMessage().contains("inflates to more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void aCodecWhoseOutputCannotBeBoundedIsRefused() throws Exception {
        byte[] file = header("snappy");

        IOException e = assertThrows(IOException.class,
                () -> new AvroBlockLimit(new ByteArrayInputStream(file), 1 << 20).readAllBytes());
        assertTrue(e.getMessage().contains("codec 'snappy'"), e.getMessage());
    }

    private static List<GenericRecord> records(InputStream in) throws IOException {
        List<GenericRecord> out = new ArrayList<>();
        try (DataFileStream<GenericRecord> r = new DataFileStream<>(in, new GenericDatumReader<>())) {
            r.forEach(out::add);
        }
        return out;
    }

    private static byte[] file(CodecFactory codec, int rows, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<GenericRecord>(SCHEMA))) {
            w.setCodec(codec);
            w.setSyncInterval(4096);
            w.create(SCHEMA, out);
            for (int i = 0; i < rows; i++) {
                GenericData.Record r = new GenericData.Record(SCHEMA);
                r.put("text", text + i);
                w.append(r);
            }
        }
        return out.toByteArray();
    }

    /** The header of a container file (magic, schema and codec metadata, sync marker), written by hand. */
    private static byte[] header(String codec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{'O', 'b', 'j', 1});
        writeLong(out, 2);
        writeString(out, "avro.schema");
        writeString(out, SCHEMA.toString());
        writeString(out, "avro.codec");
        writeString(out, codec);
        writeLong(out, 0);
        out.write(new byte[16]);
        return out.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        writeLong(out, bytes.length);
        out.write(bytes);
    }

    private static void writeLong(ByteArrayOutputStream out, long n) {
        long z = (n << 1) ^ (n >> 63);
        while ((z & ~0x7FL) != 0) {
            out.write((int) ((z & 0x7F) | 0x80));
            z >>>= 7;
        }
        out.write((int) z);
    }
}
