package io.camelai.cohere;

import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A single OkHttpClient bean in the registry is the base of every endpoint's clients without being named. */
class CohereHttpClientAutowiringWireTest extends CohereWireTestSupport {

    private static final String REPLY = """
            {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[
              {"type":"text","text":"ok"}]},"usage":{"tokens":{"input_tokens":1,"output_tokens":1}}}
            """;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("corporateClient", new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("X-Corporate-Client", "yes").build()))
                .build());
        return context;
    }

    @Test
    void theRegistrysOnlyOkHttpClientIsAutowired() throws Exception {
        respond(REPLY);

        assertEquals("ok", template.requestBody(uri("chat", ""), "hello", String.class));

        RecordedRequest r = take();
        assertEquals("yes", r.getHeaders().get("X-Corporate-Client"));
        assertEquals("Bearer k", r.getHeaders().get("Authorization"), "the endpoint's auth still applies");
    }

    @Test
    void autowiringCanBeTurnedOffOnTheComponent() throws Exception {
        respond(REPLY);
        try (CamelContext other = new DefaultCamelContext()) {
            other.getRegistry().bind("corporateClient", context.getRegistry().lookupByName("corporateClient"));
            CohereComponent component = new CohereComponent();
            component.setAutowiredEnabled(false);
            other.addComponent("cohere", component);
            other.start();

            other.createProducerTemplate().requestBody(uri("chat", ""), "hello", String.class);
        }

        assertNull(take().getHeaders().get("X-Corporate-Client"));
    }
}
