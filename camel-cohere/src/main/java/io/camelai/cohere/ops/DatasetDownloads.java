package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.CohereErrorDecoder;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.http.AiHttpClient;
import io.camelai.support.http.OkHttpClients;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.HttpUrl;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Downloads a dataset's parts. A part's {@code url} is a pre-signed link the API hands out (a storage bucket, not the
 * API): it is fetched with a client that sends no API key, never logs (the link itself is a credential), and only
 * over https, unless the link points at the configured API root itself (the simulator, a private deployment). A part
 * must come as binary (an Avro container file); an HTML or JSON page in its place fails naming what came.
 */
final class DatasetDownloads {

    /** What a storage bucket serves an Avro part as. */
    static final StreamMediaTypes PART_TYPES = StreamMediaTypes.of("application/avro", "avro/binary",
            "application/octet-stream", "binary/octet-stream");

    private final AiHttpClient client;
    private final HttpUrl apiRoot;

    DatasetDownloads(CohereEndpoint endpoint) {
        AiConfiguration cfg = endpoint.getConfiguration();
        this.client = new AiHttpClient(CohereConstants.SCHEME,
                OkHttpClients.unary(cfg.getHttpClient(), cfg.timeouts(), List.of(), false, endpoint.secretMasker(),
                        cfg.getMaxResponseBytes()),
                OkHttpClients.streaming(cfg.getHttpClient(), cfg.timeouts(), List.of(), false,
                        endpoint.secretMasker()),
                cfg.retryPolicy(), new CohereErrorDecoder(), endpoint.secretMasker());
        this.apiRoot = HttpUrl.get(endpoint.baseUrl());
    }

    /** The records of the dataset's parts, in part order; nothing is fetched until the first is read. */
    DatasetRecords records(Exchange exchange, JsonNode dataset) {
        List<HttpUrl> urls = new ArrayList<>();
        for (JsonNode part : dataset.path("dataset_parts")) {
            urls.add(partUrl(dataset.path("id").asText(), part));
        }
        DatasetRecords records = new DatasetRecords(client, exchange, urls);
        // like a ChatStream body: records the route never finishes (filtered out, failed before the split) must not
        // keep a part's HTTP response open after their exchange
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                records.close();
            }
        });
        return records;
    }

    private HttpUrl partUrl(String dataset, JsonNode part) {
        String name = part.path("name").asText(part.path("id").asText("?"));
        HttpUrl url = HttpUrl.parse(part.path("url").asText(""));
        if (url == null) {
            throw new IllegalStateException("Dataset " + dataset + ": part " + name + " has no download url");
        }
        boolean sameOrigin = url.scheme().equals(apiRoot.scheme()) && url.host().equals(apiRoot.host())
                && url.port() == apiRoot.port();
        if (!url.isHttps() && !sameOrigin) {
            throw new IllegalStateException("Dataset " + dataset + ": part " + name + " has a download url that is"
                    + " neither https nor under the API root (" + url.scheme() + "://"
                    + url.host() + "); it is not fetched");
        }
        return url;
    }
}
