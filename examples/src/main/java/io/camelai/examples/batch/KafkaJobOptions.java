package io.camelai.examples.batch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The options of {@link KafkaEmbeddingJobMain}, from {@code --name=value} arguments or JVM system properties, checked
 * before anything starts: a bad value names its option and what it accepts.
 */
record KafkaJobOptions(String input, String output, int workers, int batchSize, String embedUri,
        String bootstrapServers, String role, String workerName, String topic, String group, int partitions) {

    static final List<String> ROLES = List.of("all", "publisher", "workers");
    /** Worker ids become part file names ({@code <name>-<n>.jsonl}) and route ids. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,80}");
    /** Kafka's rule for topic and group names (a group name may hold more; these are enough here). */
    private static final Pattern KAFKA_NAME = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Pattern HOST_PORTS = Pattern
            .compile("[A-Za-z0-9.\\[\\]:-]+:\\d+(,[A-Za-z0-9.\\[\\]:-]+:\\d+)*");

    static KafkaJobOptions parse(String[] args) {
        String role = option(args, "job.role", "all");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("job.role must be one of " + ROLES + ", got \"" + role + "\"");
        }
        String servers = option(args, "job.bootstrapServers", null);
        if (servers != null && !HOST_PORTS.matcher(servers).matches()) {
            throw new IllegalArgumentException("job.bootstrapServers must be host:port[,host:port...], got \""
                    + servers + "\"");
        }
        if (servers == null && !role.equals("all")) {
            throw new IllegalArgumentException("job.role=" + role + " needs job.bootstrapServers (the cluster the"
                    + " publisher and the workers share); the embedded broker only serves job.role=all");
        }
        int workers = number(args, "job.workers", "2", role.equals("publisher") ? 0 : 1, 64);
        int partitions = number(args, "job.partitions", String.valueOf(Math.max(4, workers)), 1, 10_000);
        return new KafkaJobOptions(option(args, "job.input", "data/in"), option(args, "job.output", "data/out"),
                workers, number(args, "job.batchSize", "96", 1, 10_000),
                option(args, "job.embedUri", "cohere:embed?inputType=search_document"), servers, role,
                matching(args, "job.workerName", "worker", NAME), matching(args, "job.topic", "embedding-lines",
                        KAFKA_NAME),
                matching(args, "job.group", "embedding-workers", KAFKA_NAME), partitions);
    }

    private static String matching(String[] args, String name, String defaultValue, Pattern allowed) {
        String value = option(args, name, defaultValue);
        if (!allowed.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + allowed.pattern() + ", got \"" + value + "\"");
        }
        return value;
    }

    private static int number(String[] args, String name, String defaultValue, int min, int max) {
        String value = option(args, name, defaultValue);
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got \""
                + value + "\"");
    }

    private static String option(String[] args, String name, String defaultValue) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return System.getProperty(name, defaultValue);
    }
}
