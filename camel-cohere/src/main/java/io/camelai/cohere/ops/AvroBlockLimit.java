package io.camelai.cohere.ops;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Passes an Avro object container file through unchanged while checking the sizes it declares, so a dataset part
 * from an untrusted server cannot make the reader allocate what it likes: Avro's {@code DataFileStream} allocates a
 * block's declared size before reading it (up to 2 GiB) and inflates a deflate block whole. Every block, metadata
 * key and value must declare at most {@code maxBlockBytes}, and a deflate block must inflate to at most that many
 * bytes (counted here by inflating it once more); codecs other than {@code null} and {@code deflate} are refused, as
 * their output cannot be bounded here.
 *
 * @see <a href="https://avro.apache.org/docs/1.12.0/specification/#object-container-files">Avro object container
 *      files</a>
 */
final class AvroBlockLimit extends FilterInputStream {

    private enum State {
        MAGIC, META_COUNT, META_SIZE, META_KEY_LENGTH, META_KEY, META_VALUE_LENGTH, META_VALUE, HEADER_SYNC, BLOCK_COUNT, BLOCK_SIZE, BLOCK, BLOCK_SYNC
    }

    private static final int SYNC_BYTES = 16;

    private final long maxBlockBytes;
    private State state = State.MAGIC;
    private long remaining = 4; // bytes left in the current fixed-size field
    private long varint;
    private int varintShift;
    private long entriesLeft;
    private final StringBuilder key = new StringBuilder();
    private boolean codecValue;
    private final StringBuilder codec = new StringBuilder();
    private Inflater inflater;
    private long inflated;
    private final byte[] scratch = new byte[8192];

    AvroBlockLimit(InputStream in, long maxBlockBytes) {
        super(in);
        this.maxBlockBytes = maxBlockBytes;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            check(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            check(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // through read(), so skipped bytes are checked too
        int len = (int) Math.min(n, scratch.length);
        int read = read(new byte[len], 0, len);
        return Math.max(read, 0);
    }

    @Override
    public void close() throws IOException {
        if (inflater != null) {
            inflater.end();
        }
        super.close();
    }

    private void check(byte[] b, int off, int len) throws IOException {
        int i = off;
        int end = off + len;
        while (i < end) {
            switch (state) {
                case MAGIC, HEADER_SYNC, BLOCK_SYNC, META_KEY, META_VALUE, BLOCK -> {
                    int n = (int) Math.min(remaining, end - i);
                    consume(b, i, n);
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        next();
                    }
                }
                default -> {
                    if (readVarint(b[i++])) {
                        long value = (varint >>> 1) ^ -(varint & 1); // zig-zag
                        varint = 0;
                        varintShift = 0;
                        onLong(value);
                    }
                }
            }
        }
    }

    private boolean readVarint(byte b) throws IOException {
        if (varintShift > 63) {
            throw new IOException("the dataset part is not a readable Avro file: a length is not a valid long");
        }
        varint |= (long) (b & 0x7f) << varintShift;
        varintShift += 7;
        return (b & 0x80) == 0;
    }

    private void consume(byte[] b, int off, int n) throws IOException {
        if (state == State.META_KEY) {
            key.append(new String(b, off, n, StandardCharsets.UTF_8));
        } else if (state == State.META_VALUE && codecValue) {
            codec.append(new String(b, off, n, StandardCharsets.UTF_8));
        } else if (state == State.BLOCK && inflater != null) {
            inflate(b, off, n);
        }
    }

    private void inflate(byte[] b, int off, int n) throws IOException {
        inflater.setInput(b, off, n);
        try {
            int out;
            while ((out = inflater.inflate(scratch)) > 0) {
                inflated += out;
                if (inflated > maxBlockBytes) {
                    throw new IOException("the dataset part has a deflate block that inflates to more than "
                            + maxBlockBytes + " bytes: refused");
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("the dataset part is not a readable Avro file: " + e.getMessage(), e);
        }
    }

    private void onLong(long value) throws IOException {
        switch (state) {
            case META_COUNT -> {
                if (value == 0) {
                    checkCodec();
                    state = State.HEADER_SYNC;
                    remaining = SYNC_BYTES;
                } else {
                    entriesLeft = Math.abs(value);
                    state = value < 0 ? State.META_SIZE : State.META_KEY_LENGTH;
                }
            }
            case META_SIZE -> state = State.META_KEY_LENGTH;
            case META_KEY_LENGTH -> {
                remaining = length(value, "metadata key");
                key.setLength(0);
                state = State.META_KEY;
                skipEmpty();
            }
            case META_VALUE_LENGTH -> {
                remaining = length(value, "metadata value");
                codecValue = "avro.codec".equals(key.toString());
                state = State.META_VALUE;
                skipEmpty();
            }
            case BLOCK_COUNT -> state = State.BLOCK_SIZE;
            case BLOCK_SIZE -> {
                remaining = length(value, "block");
                if (inflater != null) {
                    inflater.reset();
                    inflated = 0;
                }
                state = State.BLOCK;
                skipEmpty();
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** A field of zero bytes ends at once: no byte of it will arrive to move the state on. */
    private void skipEmpty() throws IOException {
        if (remaining == 0) {
            next();
        }
    }

    private void next() throws IOException {
        switch (state) {
            case MAGIC -> state = State.META_COUNT;
            case META_KEY -> state = State.META_VALUE_LENGTH;
            case META_VALUE -> {
                entriesLeft--;
                state = entriesLeft == 0 ? State.META_COUNT : State.META_KEY_LENGTH;
            }
            case HEADER_SYNC, BLOCK_SYNC -> state = State.BLOCK_COUNT;
            case BLOCK -> {
                state = State.BLOCK_SYNC;
                remaining = SYNC_BYTES;
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private long length(long value, String what) throws IOException {
        if (value < 0 || value > maxBlockBytes) {
            throw new IOException("the dataset part declares a " + what + " of " + value + " bytes, more than the "
                    + maxBlockBytes + " allowed: refused");
        }
        return value;
    }

    private void checkCodec() throws IOException {
        String name = codec.length() == 0 ? "null" : codec.toString();
        if ("deflate".equals(name)) {
            inflater = new Inflater(true); // Avro's deflate blocks are raw deflate (RFC 1951)
        } else if (!"null".equals(name)) {
            throw new IOException("the dataset part uses the Avro codec '" + name
                    + "': only null and deflate are read (their sizes can be bounded)");
        }
    }
}
