package io.camelai.qianfan.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.http.SecretMasker;
import io.camelai.support.json.AiJson;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The bearer token of the v2 API: a fixed console API key, or a token obtained from IAM with an access key
 * ({@code GET /v1/BCE-BEARER/token}, signed with bce-auth-v1), cached until a minute (or a tenth of its lifetime)
 * before its {@code expireTime}. An IAM token is handed to the endpoint's {@link SecretMasker} when it is fetched.
 */
public final class BearerTokens {

    private final String fixed;
    private final OkHttpClient client;
    private final HttpUrl tokenUrl;
    private final IamSigningInterceptor signer;
    private final Clock clock;
    private final SecretMasker masker;
    private String token;
    private Instant refreshAt = Instant.MIN;

    private BearerTokens(String fixed, OkHttpClient client, HttpUrl tokenUrl, IamSigningInterceptor signer,
            Clock clock, SecretMasker masker) {
        this.fixed = fixed;
        this.client = client;
        this.tokenUrl = tokenUrl;
        this.signer = signer;
        this.clock = clock;
        this.masker = masker;
    }

    public static BearerTokens fixed(String token) {
        return new BearerTokens(token, null, null, null, null, null);
    }

    public static BearerTokens fromIam(OkHttpClient client, String iamUrl, String accessKey, String secretKey,
            int expirationSeconds, Clock clock, SecretMasker masker) {
        HttpUrl url = HttpUrl.get(iamUrl + "/v1/BCE-BEARER/token").newBuilder()
                .addQueryParameter("expireInSeconds", String.valueOf(expirationSeconds)).build();
        return new BearerTokens(null, client, url,
                new IamSigningInterceptor(accessKey, secretKey, expirationSeconds, clock), clock, masker);
    }

    public synchronized String token() throws IOException {
        if (fixed != null) {
            return fixed;
        }
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /** Whether a rejected token can be replaced (it came from IAM). */
    public boolean refreshable() {
        return fixed == null;
    }

    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
        }
    }

    private void fetch() throws IOException {
        Request request = signer.sign(new Request.Builder().url(tokenUrl).get().build());
        try (Response response = client.newCall(request).execute()) {
            JsonNode body = AiJson.readTreeOrNull(response.body().string());
            if (!response.isSuccessful() || body == null || !body.hasNonNull("token")) {
                String message = body == null ? "" : masker.mask(body.path("message").asText(""));
                throw new IOException("Qianfan IAM bearer token request failed (HTTP " + response.code() + ") "
                        + message + " - check accessKey and secretKey");
            }
            token = body.get("token").asText();
            masker.addToken(token);
            Instant expires = body.hasNonNull("expireTime")
                    ? Instant.parse(body.get("expireTime").asText())
                    : clock.instant().plusSeconds(3600);
            Duration lifetime = Duration.between(clock.instant(), expires);
            Duration margin = lifetime.dividedBy(10);
            if (margin.compareTo(Duration.ofMinutes(1)) > 0) {
                margin = Duration.ofMinutes(1);
            }
            refreshAt = expires.minus(margin);
        }
    }
}
