package io.camelai.qianfan.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Baidu Cloud's {@code bce-auth-v1} request signature ("生成认证字符串",
 * https://cloud.baidu.com/doc/Reference/s/njwvz1yfu): an HMAC-SHA256 signing key derived from the secret key and the
 * auth string prefix, then an HMAC-SHA256 of the canonical request (method, URI-encoded path, sorted query, sorted
 * signed headers; the body is not signed).
 */
public final class BceSigner {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private BceSigner() {}

    /** The UTC timestamp a signature and the {@code x-bce-date} header carry. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /**
     * The {@code Authorization} header value.
     *
     * @param query   the query parameters (null or empty values sign as {@code key=})
     * @param headers the headers to sign, by name; headers with empty values are skipped
     */
    public static String authorization(String accessKey, String secretKey, String timestamp, int expirationSeconds,
            String method, String path, Map<String, String> query,
            Map<String, String> headers) {
        String prefix = "bce-auth-v1/" + accessKey + "/" + timestamp + "/" + expirationSeconds;
        String signingKey = hmacHex(secretKey, prefix);
        TreeMap<String, String> canonicalHeaders = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                String lower = name.toLowerCase(Locale.ROOT);
                canonicalHeaders.put(uriEncode(lower), uriEncode(lower) + ":" + uriEncode(value.trim()));
            }
        });
        String canonical = method.toUpperCase(Locale.ROOT) + "\n" + canonicalUri(path) + "\n"
                + canonicalQuery(query) + "\n" + String.join("\n", canonicalHeaders.values());
        String signed = String.join(";", canonicalHeaders.keySet());
        return prefix + "/" + signed + "/" + hmacHex(signingKey, canonical);
    }

    /**
     * The headers BCE signs when a caller names none: host, content-length, content-type, content-md5 and every
     * {@code x-bce-*} header except {@code x-bce-request-id}.
     */
    public static Map<String, String> defaultHeadersToSign(Map<String, String> headers) {
        Map<String, String> out = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-length") || lower.equals("content-type")
                    || lower.equals("content-md5")
                    || (lower.startsWith("x-bce-") && !lower.equals("x-bce-request-id"))) {
                out.put(lower, value);
            }
        });
        return out;
    }

    static String canonicalQuery(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((k, v) -> {
            if (!"authorization".equalsIgnoreCase(k)) {
                pairs.add(uriEncode(k) + "=" + (v == null || v.isEmpty() ? "" : uriEncode(v)));
            }
        });
        pairs.sort(null);
        return String.join("&", pairs);
    }

    static String canonicalUri(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        return (p.startsWith("/") ? "" : "/") + uriEncode(p).replace("%2F", "/");
    }

    /** RFC 3986 encoding: unreserved characters as they are, every other byte as %XX (upper case). */
    static String uriEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String hmacHex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
