package io.camelai.cohere;

import io.camelai.support.testing.WireTestSupport;

/** The wire tests' endpoint URIs: against the mock server standing in for api.cohere.com, key {@code k}, retries after 1 ms. */
abstract class CohereWireTestSupport extends WireTestSupport {

    /** A {@code cohere:<operation>} URI against the mock server; {@code options} are more URI options, or empty. */
    protected String uri(String operation, String options) {
        return "cohere:" + operation + "?apiKey=k&retryBackoff=1&baseUrl=" + serverUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }
}
