package io.camelai.cohere.ops;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import io.camelai.support.AiHttpException;
import io.camelai.support.http.AiHttpClient;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;

/**
 * The records of a dataset as a lazy iterator of Maps (field name to value: Strings, numbers, booleans, Lists, Maps,
 * byte[] for bytes): each part (an Avro container file, as Cohere stores datasets) is fetched when the records before
 * it are read, and read block by block, so a dataset of any size streams through {@code .split(body()).streaming()}.
 * Closing it (or a split that stops early) closes the part being read.
 * <p>
 * A part that cannot be fetched or read throws a {@link RuntimeCamelException} whose cause is an
 * {@link AiHttpException}.
 */
public final class DatasetRecords implements Iterator<Map<String, Object>>, Closeable {

    /**
     * The most a part's block (and a deflate block once inflated) may hold: Avro writers default to blocks of about
     * 64 KB, so this only stops a part that declares sizes meant to exhaust memory.
     */
    static final long MAX_BLOCK_BYTES = 64L << 20;

    private final AiHttpClient client;
    private final Exchange exchange;
    private final List<HttpUrl> parts;
    private int nextPart;
    private Response response;
    private Request request;
    private DataFileStream<GenericRecord> reader;
    private boolean closed;
    private long read;

    DatasetRecords(AiHttpClient client, Exchange exchange, List<HttpUrl> parts) {
        this.client = client;
        this.exchange = exchange;
        this.parts = List.copyOf(parts);
    }

    /** How many parts the dataset has. */
    public int parts() {
        return parts.size();
    }

    /** How many records were read so far. */
    public long recordsRead() {
        return read;
    }

    @Override
    public boolean hasNext() {
        try {
            while (!closed && (reader == null || !reader.hasNext())) {
                closePart();
                if (nextPart >= parts.size()) {
                    return false;
                }
                openPart(parts.get(nextPart++));
            }
            return !closed;
        } catch (AiHttpException e) {
            close();
            throw new RuntimeCamelException(e);
        } catch (IOException | RuntimeException e) {
            close();
            throw new RuntimeCamelException(client.readFailure(exchange, request, asIo(e)));
        }
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the dataset has no more records");
        }
        try {
            GenericRecord record = reader.next();
            read++;
            return record(record);
        } catch (RuntimeException e) {
            close();
            throw new RuntimeCamelException(client.readFailure(exchange, request, asIo(e)));
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closePart();
        }
    }

    private void openPart(HttpUrl url) throws IOException, AiHttpException {
        request = new Request.Builder().url(url).get().build();
        response = client.open(exchange, request, DatasetDownloads.PART_TYPES, r -> r);
        reader = new DataFileStream<>(new AvroBlockLimit(response.body().byteStream(), MAX_BLOCK_BYTES),
                new GenericDatumReader<>());
    }

    private void closePart() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // the response is closed below either way
            }
            reader = null;
        }
        if (response != null) {
            response.close();
            response = null;
        }
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io
                ? io
                : new IOException("the dataset part is not a readable Avro file: " + e, e);
    }

    /** A record as a Map in its schema's field order. */
    static Map<String, Object> record(GenericRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Field f : record.getSchema().getFields()) {
            out.put(f.name(), value(record.get(f.pos())));
        }
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof GenericRecord r) {
            return record(r);
        }
        if (v instanceof CharSequence || v instanceof GenericEnumSymbol<?>) {
            return v.toString(); // Avro's Utf8 strings and enum symbols
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            c.forEach(item -> list.add(value(item)));
            return list;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, item) -> map.put(k.toString(), value(item)));
            return map;
        }
        if (v instanceof ByteBuffer b) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return bytes;
        }
        if (v instanceof GenericFixed f) {
            return f.bytes().clone();
        }
        return v;
    }
}
