package io.camelai.benchmarks.jmh;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks with JMH's own command-line options (a benchmark name pattern, {@code -wi}, {@code -i},
 * {@code -f}...) and the GC profiler, then prints one Markdown table: operations per second (events or vectors) and
 * bytes allocated per operation ({@code gc.alloc.rate.norm}).
 */
public final class JmhMain {

    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println(table(results));
    }

    static String table(Collection<RunResult> results) {
        StringBuilder out = new StringBuilder(
                "| benchmark | params | ops/s | ± | bytes allocated per op |\n| --- | --- | ---: | ---: | ---: |\n");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String params = r.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + r.getParams().getParam(k)).collect(Collectors.joining(", "));
            Result<?> primary = r.getPrimaryResult();
            Map<String, Result> secondary = r.getSecondaryResults();
            Result<?> alloc = secondary.get("gc.alloc.rate.norm");
            out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %s |%n", name, params,
                    primary.getScore(), primary.getScoreError(),
                    alloc == null ? "" : String.format(Locale.ROOT, "%.0f", alloc.getScore())));
        }
        return out.toString();
    }
}
