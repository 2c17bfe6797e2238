package io.camelai.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The machine and JVMs of a run, as the report lists them. */
final class Environment {

    /** Camel's switch for virtual threads in the thread pools it creates (Java 21+). */
    static final String CAMEL_VIRTUAL_THREADS = "camel.threads.virtual.enabled";

    private Environment() {}

    /** Markdown list items: machine, benchmark JVM, simulator JVM. */
    static String describe() {
        Runtime rt = Runtime.getRuntime();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        StringBuilder md = new StringBuilder();
        md.append("- Machine: ").append(rt.availableProcessors()).append(" CPUs, ").append(os.getName())
                .append(' ').append(os.getVersion()).append(' ').append(os.getArch());
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            md.append(", ").append(sun.getTotalMemorySize() / (1024 * 1024 * 1024)).append(" GiB of memory");
        }
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            md.append(", at most ").append(unix.getMaxFileDescriptorCount()).append(" open files per process");
        }
        md.append(".\n- Benchmark JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", heap ")
                .append(rt.maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-XX:+Use") || a.startsWith("-D" + CAMEL_VIRTUAL_THREADS))
                        .toList()))
                .append("; Camel virtual threads ")
                .append(Boolean.getBoolean(CAMEL_VIRTUAL_THREADS) ? "on" : "off")
                .append(".\n- Simulator JVM: the same Java in its own process, heap ")
                .append(SimulatorProcess.HEAP).append(".\n");
        return md.toString();
    }

    /** The number of files this process may open, or -1 when the JVM does not tell. */
    static long maxOpenFiles() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean u
                ? u.getMaxFileDescriptorCount()
                : -1;
    }
}
