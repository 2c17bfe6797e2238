package io.camelai.azure.inference;

import java.io.IOException;
import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.camelai.support.http.SecretMasker;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Authenticates with an Entra ID {@link TokenCredential}: a token for the configured scope, cached and fetched again
 * two minutes before it expires, sent as {@code Authorization: Bearer}; each new token is handed to the endpoint's
 * {@link SecretMasker}, so an error that echoes it shows a mask. Loaded only when the option is set, so
 * azure-core stays an optional dependency.
 */
final class TokenCredentialAuth implements Interceptor {

    private static final long REFRESH_MARGIN_SECONDS = 120;

    private final TokenCredential credential;
    private final TokenRequestContext context;
    private final SecretMasker masker;
    private volatile AccessToken token;

    TokenCredentialAuth(Object credential, String scope, SecretMasker masker) {
        if (!(credential instanceof TokenCredential tc)) {
            throw new IllegalArgumentException("Option tokenCredential must be a com.azure.core.credential"
                    + ".TokenCredential, found " + credential.getClass().getName());
        }
        this.credential = tc;
        this.context = new TokenRequestContext().addScopes(scope);
        this.masker = masker;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer " + token().getToken())
                .build());
    }

    private AccessToken token() throws IOException {
        AccessToken t = token;
        if (t == null || t.getExpiresAt().minusSeconds(REFRESH_MARGIN_SECONDS).isBefore(OffsetDateTime.now())) {
            synchronized (this) {
                t = token;
                if (t == null || t.getExpiresAt().minusSeconds(REFRESH_MARGIN_SECONDS)
                        .isBefore(OffsetDateTime.now())) {
                    try {
                        t = credential.getTokenSync(context);
                    } catch (RuntimeException e) {
                        // the credential's own message names what failed; it carries no secret
                        throw new IOException("tokenCredential could not get a token for scope "
                                + context.getScopes() + ": " + e.getMessage(), e);
                    }
                    masker.addToken(t.getToken());
                    token = t;
                }
            }
        }
        return t;
    }
}
