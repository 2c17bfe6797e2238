package io.camelai.simulator.cohere;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimJson;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;

/**
 * Dataset rows as an Avro container file, the format Cohere's dataset parts are downloaded in (its SDKs read them
 * with an Avro reader). Fields are optional strings (JSON text for non-text values), except {@code embeddings}: a
 * record with one array per embedding type ({@code float} as floats, the integer types as ints).
 */
final class AvroParts {

    private AvroParts() {}

    /** The schema of rows with these fields; {@code embeddingTypes} non-empty adds the embeddings record. */
    static Schema schema(List<String> fields, List<String> embeddingTypes) {
        SchemaBuilder.FieldAssembler<Schema> b = SchemaBuilder.record("Row").namespace("simulator.cohere").fields();
        for (String f : fields) {
            b = b.name(f).type().optional().stringType();
        }
        if (!embeddingTypes.isEmpty()) {
            SchemaBuilder.FieldAssembler<Schema> e = SchemaBuilder.record("Embeddings").fields();
            for (String type : embeddingTypes) {
                e = "float".equals(type)
                        ? e.name(type).type().optional().array().items().floatType()
                        : e.name(type).type().optional().array().items().intType();
            }
            b = b.name("embeddings").type(e.endRecord()).noDefault();
        }
        return b.endRecord();
    }

    /** The rows written as one deflate-compressed Avro container file. */
    static byte[] write(Schema schema, List<ObjectNode> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataFileWriter<GenericRecord> writer = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            writer.setCodec(CodecFactory.deflateCodec(6));
            writer.create(schema, out);
            for (ObjectNode row : rows) {
                writer.append(record(schema, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static GenericRecord record(Schema schema, ObjectNode row) {
        GenericData.Record r = new GenericData.Record(schema);
        for (Schema.Field f : schema.getFields()) {
            JsonNode v = row.get(f.name());
            if (f.name().equals("embeddings") && f.schema().getType() == Schema.Type.RECORD) {
                GenericData.Record e = new GenericData.Record(f.schema());
                for (Schema.Field t : f.schema().getFields()) {
                    List<Object> values = new ArrayList<>();
                    v.path(t.name()).forEach(n -> values.add("float".equals(t.name())
                            ? (Object) n.floatValue()
                            : (Object) n.intValue()));
                    e.put(t.name(), values);
                }
                r.put(f.name(), e);
            } else if (v != null && !v.isNull()) {
                r.put(f.name(), v.isTextual() ? v.asText() : SimJson.write(v));
            }
        }
        return r;
    }
}
