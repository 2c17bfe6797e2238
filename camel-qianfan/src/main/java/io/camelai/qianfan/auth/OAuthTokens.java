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
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth access token of an application's API Key / Secret Key ("获取access_token",
 * https://cloud.baidu.com/doc/WENXINWORKSHOP/s/Ilkkrb0i5): fetched on first use, cached, and fetched again a margin
 * before it expires (a tenth of its lifetime, at most an hour) or when the API says it is invalid or expired (error
 * 110/111). One fetch at a time; callers waiting for it share its result. Each token
 * is handed to the endpoint's {@link SecretMasker}: an API error that echoes it shows a mask.
 */
public final class OAuthTokens {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokens.class);
    private static final Duration MAX_MARGIN = Duration.ofHours(1);

    private final OkHttpClient client;
    private final HttpUrl tokenUrl;
    private final String apiKey;
    private final String secretKey;
    private final Clock clock;
    private final SecretMasker masker;
    private String token;
    private Instant refreshAt = Instant.MIN;
    private int fetches;

    public OAuthTokens(OkHttpClient client, String authUrl, String apiKey, String secretKey, Clock clock,
            SecretMasker masker) {
        this.client = client;
        this.tokenUrl = HttpUrl.get(authUrl + "/oauth/2.0/token");
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.clock = clock;
        this.masker = masker;
    }

    /** A valid token, fetching one if none is cached or the cached one is due for refresh. */
    public synchronized String token() throws IOException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets {@code rejected} (the API said it is invalid or expired) unless a newer one replaced it already. */
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
        }
    }

    /** How many tokens were fetched (for tests and metrics). */
    public synchronized int fetches() {
        return fetches;
    }

    private void fetch() throws IOException {
        HttpUrl url = tokenUrl.newBuilder()
                .addQueryParameter("grant_type", "client_credentials")
                .addQueryParameter("client_id", apiKey)
                .addQueryParameter("client_secret", secretKey)
                .build();
        Request request = new Request.Builder().url(url).post(RequestBody.create(new byte[0])).build();
        Instant before = clock.instant();
        try (Response response = client.newCall(request).execute()) {
            JsonNode body = AiJson.readTreeOrNull(response.body().string());
            if (body == null || !body.hasNonNull("access_token")) {
                // the error fields name the problem; the URL (which holds the secret) is never included
                String error = body == null
                        ? ""
                        : body.path("error").asText("") + ": "
                                + body.path("error_description").asText("");
                throw new IOException("Qianfan OAuth token request failed (HTTP " + response.code() + ") "
                        + masker.mask(error) + " - check apiKey and secretKey");
            }
            long expiresIn = body.path("expires_in").asLong(2_592_000);
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration margin = lifetime.dividedBy(10);
            if (margin.compareTo(MAX_MARGIN) > 0) {
                margin = MAX_MARGIN;
            }
            token = body.get("access_token").asText();
            masker.addToken(token);
            refreshAt = before.plus(lifetime).minus(margin);
            fetches++;
            LOG.debug("Fetched a Qianfan OAuth access token valid for {} s; refreshing it after {}", expiresIn,
                    refreshAt);
        }
    }
}
