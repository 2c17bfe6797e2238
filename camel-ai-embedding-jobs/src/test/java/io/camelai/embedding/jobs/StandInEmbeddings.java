package io.camelai.embedding.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelai.support.AiHttpException;
import org.apache.camel.builder.RouteBuilder;

/**
 * A stand-in for the embedding endpoint on {@code direct:embed}: records every batch of texts it receives, answers
 * each text with a one-number vector (the text's length), and rejects a batch holding a text with "REJECT" the way a
 * provider rejects bad input (HTTP 400).
 */
public final class StandInEmbeddings extends RouteBuilder {

    public static final String URI = "direct:embed";

    public final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate;

    public StandInEmbeddings() {
        this(new CountDownLatch(0));
    }

    /** Answers nothing until the gate opens, holding the job in the middle of its file. */
    StandInEmbeddings(CountDownLatch gate) {
        this.gate = gate;
    }

    @Override
    public void configure() {
        from(URI).process(e -> {
            List<?> texts = e.getMessage().getBody(List.class);
            batches.add(texts.stream().map(String::valueOf).toList());
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            for (Object t : texts) {
                if (String.valueOf(t).contains("REJECT")) {
                    throw AiHttpException.builder("test").status(400)
                            .providerMessage("invalid request: text is not allowed").build(e);
                }
            }
            List<float[]> vectors = new ArrayList<>();
            for (Object t : texts) {
                vectors.add(new float[]{String.valueOf(t).length()});
            }
            e.getMessage().setBody(vectors);
        });
    }

    List<String> texts() {
        return batches.stream().flatMap(List::stream).toList();
    }
}
