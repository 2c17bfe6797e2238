package io.camelai.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutates a valid stream transcript into broken ones, deterministically per seed: flipped and dropped bytes,
 * truncations, duplicated and shuffled lines, injected garbage, huge lines, lone CRs and NULs. Tests feed the
 * results to a stream reader or a provider's chunk source and assert it never hangs, never runs out of memory, and
 * fails (if it fails) with its own clear exception type.
 */
public final class StreamFuzzer {

    private final byte[] seed;

    public StreamFuzzer(String validTranscript) {
        this.seed = validTranscript.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} mutated transcripts, the same ones for the same {@code randomSeed}. */
    public List<byte[]> cases(int count, long randomSeed) {
        Random r = new Random(randomSeed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(mutate(r));
        }
        return out;
    }

    private byte[] mutate(Random r) {
        byte[] b = seed.clone();
        int mutations = 1 + r.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            b = switch (r.nextInt(8)) {
                case 0 -> flip(b, r);
                case 1 -> truncate(b, r);
                case 2 -> drop(b, r);
                case 3 -> insert(b, r, randomBytes(r, 1 + r.nextInt(64)));
                case 4 -> insert(b, r, "\n\ndata: {\"type\":".getBytes(StandardCharsets.UTF_8));
                case 5 ->
                    insert(b, r, ("data: " + "9".repeat(1000 + r.nextInt(100_000))).getBytes(StandardCharsets.UTF_8));
                case 6 -> insert(b, r, new byte[]{'\r', 0, '\r', ':', '\n'});
                default -> duplicate(b, r);
            };
        }
        return b;
    }

    private static byte[] flip(byte[] b, Random r) {
        if (b.length > 0) {
            b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
    }

    private static byte[] truncate(byte[] b, Random r) {
        return b.length == 0 ? b : java.util.Arrays.copyOf(b, r.nextInt(b.length));
    }

    private static byte[] drop(byte[] b, Random r) {
        if (b.length < 2) {
            return b;
        }
        int from = r.nextInt(b.length - 1);
        int len = 1 + r.nextInt(Math.min(32, b.length - from - 1) + 1);
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, from + len, out, from, b.length - from - len);
        return out;
    }

    private static byte[] insert(byte[] b, Random r, byte[] what) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private static byte[] duplicate(byte[] b, Random r) {
        if (b.length < 2) {
            return b;
        }
        int from = r.nextInt(b.length - 1);
        int len = 1 + r.nextInt(Math.min(200, b.length - from - 1));
        byte[] part = java.util.Arrays.copyOfRange(b, from, from + len);
        return insert(b, r, part);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] out = new byte[n];
        r.nextBytes(out);
        return out;
    }
}
