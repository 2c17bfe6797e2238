package io.camelai.embedding.jobs.kafka;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Kafka worker as its own JVM, for the kill test and the benchmark: {@code --brokers= --topic= --group=
 * --embedUri= --batchSize= --output= --workerId= [--consumerOptions=]}. Prints {@code worker started} once its
 * routes run, and runs until killed or its standard input closes.
 */
public final class KafkaWorkerMain {

    private KafkaWorkerMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            o.put(a.substring(2, eq), a.substring(eq + 1));
        }
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new KafkaWorkerRoutes(o.get("brokers"), o.get("topic"), o.get("group"),
                    o.get("embedUri"), Integer.parseInt(o.get("batchSize")),
                    new JsonlPartsSink(Path.of(o.get("output")), o.get("workerId")))
                    .consumerOptions(o.getOrDefault("consumerOptions", "")));
            context.start();
            System.out.println("worker started");
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the parent closes stdin or kills this JVM
            }
        }
    }
}
