package org.ecites.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One 10-second interval of a soak: rate, failures, issuing latency, the latency from issue to the importer's
 * inbox of the permits issued in it (NaN where not known) and, per service, live heap, heap used and RSS (bytes).
 */
record SoakSample(double seconds, double achieved, int failures, double p50Millis, double p99Millis, double maxMillis,
        double pipelineP50Millis, double pipelineP99Millis, Map<String, long[]> memory) {

    static final String CSV_HEADER = "seconds,achieved_per_s,failures,p50_ms,p99_ms,max_ms,pipeline_p50_ms,pipeline_p99_ms,"
            + Soak.SERVICES.keySet().stream().map(s -> s + "_live_mb," + s + "_heap_mb," + s + "_rss_mb")
                    .collect(Collectors.joining(","));

    SoakSample(double seconds, double achieved, int failures, double p50Millis, double p99Millis, double maxMillis,
            Map<String, long[]> memory) {
        this(seconds, achieved, failures, p50Millis, p99Millis, maxMillis, Double.NaN, Double.NaN, memory);
    }

    SoakSample withPipeline(double p50, double p99) {
        return new SoakSample(seconds, achieved, failures, p50Millis, p99Millis, maxMillis, p50, p99, memory);
    }

    /**
     * A line of {@link #csv()} read back by the names in its header (memory in MB there, in bytes here); a series
     * recorded before the pipeline columns existed reads them as NaN.
     */
    static SoakSample parse(List<String> header, String line) {
        String[] field = line.split(",");
        Map<String, long[]> memory = new LinkedHashMap<>();
        for (String service : Soak.SERVICES.keySet()) {
            int live = header.indexOf(service + "_live_mb");
            memory.put(service, new long[] {bytes(field[live]), bytes(field[live + 1]), bytes(field[live + 2])});
        }
        return new SoakSample(Double.parseDouble(field[0]), Double.parseDouble(field[1]), Integer.parseInt(field[2]),
                Double.parseDouble(field[3]), Double.parseDouble(field[4]), Double.parseDouble(field[5]),
                column(header, field, "pipeline_p50_ms"), column(header, field, "pipeline_p99_ms"), memory);
    }

    private static double column(List<String> header, String[] field, String name) {
        int index = header.indexOf(name);
        return index < 0 ? Double.NaN : Double.parseDouble(field[index]);
    }

    private static long bytes(String megabytes) {
        return (long) (Double.parseDouble(megabytes) * 1048576);
    }

    String csv() {
        return String.format(Locale.ROOT, "%.0f,%.1f,%d,%.1f,%.1f,%.1f,%.1f,%.1f,", seconds, achieved, failures,
                p50Millis, p99Millis, maxMillis, pipelineP50Millis, pipelineP99Millis)
                + memory.values().stream().map(m -> mb(m[0]) + "," + mb(m[1]) + "," + mb(m[2])).collect(Collectors.joining(","));
    }

    double liveMb(String service) {
        return memory.get(service)[0] / 1048576.0;
    }

    double totalRssMb() {
        return memory.values().stream().mapToLong(m -> m[2]).sum() / 1048576.0;
    }

    private static String mb(long bytes) {
        return String.format("%.1f", bytes / 1048576.0);
    }
}
