package io.camelai.support.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces an endpoint's credentials with {@value #MASK} in the text it writes: exception messages, provider
 * messages, stream-broken messages and HTTP logs. A provider's error body may echo the key, secret or token it
 * rejected; that text is not trusted to be free of them.
 * <p>
 * One per endpoint, fed with the credentials it was configured with ({@link #add}) and the tokens its auth
 * interceptors fetch ({@link #addToken}; the last {@value #REMEMBERED_TOKENS} are kept, as an error may echo the one
 * just replaced). An endpoint never sees another endpoint's secrets. Values shorter than {@value #MIN_LENGTH}
 * characters are not masked: masking them would garble every message. Each secret is also masked in its URL-encoded
 * and JSON-escaped forms. Thread-safe; reads take no lock.
 */
public final class SecretMasker {

    public static final String MASK = "******";
    public static final int MIN_LENGTH = 4;
    static final int REMEMBERED_TOKENS = 8;
    private static final int MAX_CAUSES = 16;

    private final Set<String> fixed = new LinkedHashSet<>();
    private final Deque<String> tokens = new ArrayDeque<>();
    /** Every form of every secret, longest first (a secret containing another is masked whole). */
    private volatile String[] forms = new String[0];

    /** A masker that masks nothing, for clients that hold no credentials. */
    public static SecretMasker none() {
        return new SecretMasker();
    }

    /** Adds a configured credential (an API key, a secret key); null and short values are ignored. */
    public synchronized void add(String secret) {
        if (maskable(secret) && fixed.add(secret)) {
            rebuild();
        }
    }

    /**
     * A SHA-256 fingerprint of the configured credentials (not the tokens), or null when there are none: equal for
     * equal credentials, so endpoints can share what belongs to a key (its rate limit) without holding the key.
     */
    public synchronized String fingerprint() {
        if (fixed.isEmpty()) {
            return null;
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            fixed.stream().sorted().forEach(s -> {
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Adds a token an auth interceptor just obtained; the oldest of more than a few is forgotten. */
    public synchronized void addToken(String token) {
        if (!maskable(token) || fixed.contains(token) || tokens.contains(token)) {
            return;
        }
        tokens.addLast(token);
        while (tokens.size() > REMEMBERED_TOKENS) {
            tokens.removeFirst();
        }
        rebuild();
    }

    /** The text with every secret replaced by {@value #MASK}; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : forms) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }

    /** Whether the text contains a secret. */
    public boolean reveals(String text) {
        if (text == null) {
            return false;
        }
        for (String s : forms) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The throwable itself when no message in its cause chain contains a secret, else a copy of the chain whose
     * messages are masked (same class names in the text, same stack traces), so a printed trace shows no secret.
     */
    public Throwable mask(Throwable t) {
        if (t == null || forms.length == 0 || !chainReveals(t)) {
            return t;
        }
        return copy(t, 0);
    }

    private boolean chainReveals(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (reveals(c.getMessage()) || reveals(c.toString())) {
                return true;
            }
        }
        return false;
    }

    private Throwable copy(Throwable t, int depth) {
        Throwable cause = t.getCause() == null || t.getCause() == t || depth >= MAX_CAUSES
                ? null
                : copy(t.getCause(), depth + 1);
        Masked m = new Masked(mask(t.toString()), cause);
        m.setStackTrace(t.getStackTrace());
        return m;
    }

    private static boolean maskable(String secret) {
        return secret != null && secret.strip().length() >= MIN_LENGTH;
    }

    private void rebuild() {
        Set<String> all = new LinkedHashSet<>();
        List<String> secrets = new ArrayList<>(fixed);
        secrets.addAll(tokens);
        for (String s : secrets) {
            all.add(s);
            all.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
            all.add(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        }
        forms = all.stream().filter(f -> f.length() >= MIN_LENGTH)
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }

    @Override
    public String toString() {
        // never the values
        return "SecretMasker[" + forms.length + " forms]";
    }

    /** A masked copy of an exception: its text is the original's {@code toString()} with the secrets masked. */
    static final class Masked extends Exception {

        private static final long serialVersionUID = 1L;

        Masked(String text, Throwable cause) {
            super(text, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
