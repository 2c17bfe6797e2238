package io.camelai.benchmarks;

import java.lang.reflect.Method;

/**
 * The thread each concurrent stream runs on: a platform thread, or (on Java 21+) a virtual thread. The library
 * compiles for Java 17, so virtual threads are created through reflection when the running JVM has them.
 */
enum StreamThreads {
    PLATFORM("platform"), VIRTUAL("virtual");

    private final String label;

    StreamThreads(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Whether this JVM can run the variant (virtual threads need Java 21). */
    boolean available() {
        return this == PLATFORM || Runtime.version().feature() >= 21;
    }

    /** An unstarted thread running {@code task}. */
    Thread newThread(String name, Runnable task) {
        if (this == PLATFORM) {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        }
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            builder = builderType.getMethod("name", String.class).invoke(builder, name);
            Method unstarted = builderType.getMethod("unstarted", Runnable.class);
            return (Thread) unstarted.invoke(builder, task);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("virtual threads need Java 21+, this is " + Runtime.version(), e);
        }
    }
}
