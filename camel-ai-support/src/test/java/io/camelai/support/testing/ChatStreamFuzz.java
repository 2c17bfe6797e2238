package io.camelai.support.testing;

import java.time.Duration;
import java.util.function.Function;

import io.camelai.support.AiStreamException;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatStream;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds a provider's stream decoder with mutated copies of a valid transcript (see {@link StreamFuzzer}) through a
 * {@link ChatStream}, as a route would read it: every case must end, either normally or with an
 * {@link AiStreamException} that says what broke; never a hang, another exception type, or an error.
 */
public final class ChatStreamFuzz {

    private ChatStreamFuzz() {}

    /** @return how many mutated streams still ended normally */
    public static int run(String transcript, String contentType, int cases, long seed,
            Function<Response, ChatChunkSource> decoder) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int ok = 0;
            DefaultCamelContext context = new DefaultCamelContext();
            for (byte[] input : new StreamFuzzer(transcript).cases(cases, seed)) {
                Response response = new Response.Builder()
                        .request(new Request.Builder().url("http://localhost/stream").build())
                        .protocol(Protocol.HTTP_1_1).code(200).message("OK")
                        .body(ResponseBody.create(input, MediaType.get(contentType)))
                        .build();
                Exchange exchange = new DefaultExchange(context);
                try (ChatStream stream = new ChatStream("fuzz", exchange, decoder.apply(response))) {
                    while (stream.hasNext()) {
                        stream.next();
                    }
                    ok++;
                } catch (RuntimeCamelException e) {
                    AiStreamException ase = assertInstanceOf(AiStreamException.class, e.getCause(),
                            "a broken stream is reported as AiStreamException, not " + e.getCause());
                    assertNotNull(ase.getProviderMessage());
                    assertTrue(ase.getProviderMessage().startsWith("stream broken after"), ase.getProviderMessage());
                }
            }
            return ok;
        });
    }
}
