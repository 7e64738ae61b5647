package org.ecites.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Draws a soak's series as one SVG of three panels over the same time axis: latency (p50, p99) of issuing and,
 * where recorded, from issue to the importer's inbox,
 * each service's live heap after collection, and the five services' resident memory together.
 */
final class SoakChart {

    private static final int WIDTH = 900;
    private static final int PANEL = 220;
    private static final int LEFT = 70;
    private static final int TOP = 40;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

    private final StringBuilder svg = new StringBuilder();
    private final double endSeconds;

    private SoakChart(double endSeconds) {
        this.endSeconds = endSeconds;
    }

    /**
     * Draws a recorded soak again from its CSV.
     *
     * java -cp bench/target/benchmarks.jar org.ecites.bench.SoakChart soak.csv soak.svg rate
     */
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        List<String> header = List.of(lines.getFirst().split(","));
        List<SoakSample> samples = lines.stream().skip(1).map(line -> SoakSample.parse(header, line)).toList();
        Files.writeString(Path.of(args[1]), draw(samples, Integer.parseInt(args[2])));
    }

    static String draw(List<SoakSample> samples, int rate) {
        double end = samples.isEmpty() ? 1 : samples.getLast().seconds();
        SoakChart chart = new SoakChart(end);
        int height = TOP + 3 * (PANEL + 50);
        chart.svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, height));
        chart.text(LEFT, 20, "Soak: permits issued at " + rate + "/s offered, 10-second intervals", 14);
        chart.panel(0, "latency, ms (logarithmic)", samples, List.of(
                new Series("issuing p50", SoakSample::p50Millis), new Series("issuing p99", SoakSample::p99Millis),
                new Series("issue -> inbox p50", SoakSample::pipelineP50Millis),
                new Series("issue -> inbox p99", SoakSample::pipelineP99Millis)), true);
        chart.panel(1, "live heap after collection, MB", samples, Soak.SERVICES.keySet().stream()
                .map(service -> new Series(service, (SoakSample s) -> s.liveMb(service))).toList(), false);
        chart.panel(2, "resident memory of the five services, MB", samples,
                List.of(new Series("total RSS", SoakSample::totalRssMb)), false);
        chart.svg.append("</svg>\n");
        return chart.svg.toString();
    }

    private record Series(String name, ToDoubleFunction<SoakSample> value) {
    }

    /** A logarithmic panel shows milliseconds from 1 up, so a cold start's seconds do not flatten the rest. */
    private void panel(int index, String title, List<SoakSample> samples, List<Series> allSeries, boolean logarithmic) {
        // a series the soak did not record (an older CSV's pipeline latency) gets neither a line nor a legend
        List<Series> series = allSeries.stream().filter(s -> samples.stream()
                .anyMatch(sample -> !Double.isNaN(s.value().applyAsDouble(sample)))).toList();
        int top = TOP + index * (PANEL + 50) + 20;
        int plotWidth = WIDTH - LEFT - 180;
        double max = series.stream().flatMap(s -> samples.stream().map(sample -> s.value().applyAsDouble(sample)))
                .mapToDouble(Double::doubleValue).filter(value -> !Double.isNaN(value)).max().orElse(1);
        max = logarithmic ? Math.pow(10, Math.ceil(Math.log10(Math.max(max, 10)))) : max <= 0 ? 1 : max * 1.1;
        DoubleUnaryOperator scale = logarithmic ? v -> Math.log10(Math.max(v, 1)) : v -> v;
        double scaledMax = scale.applyAsDouble(max);
        text(LEFT, top - 6, title, 13);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT, top, plotWidth, PANEL));
        // a logarithmic axis has a tick per power of ten
        int valueTicks = logarithmic ? (int) scaledMax : 4;
        for (int tick = 0; tick <= valueTicks; tick++) {
            double value = logarithmic ? Math.pow(10, tick) : max * tick / valueTicks;
            int y = top + PANEL - (int) (PANEL * tick / (double) valueTicks);
            text(LEFT - 60, y + 4, String.format(Locale.ROOT, "%.0f", value), 11);
        }
        for (int tick = 0; tick <= 4; tick++) {
            text(LEFT + (int) (plotWidth * tick / 4.0) - 10, top + PANEL + 16,
                    String.format(Locale.ROOT, "%.0f s", endSeconds * tick / 4), 11);
        }
        for (int i = 0; i < series.size(); i++) {
            StringBuilder points = new StringBuilder();
            for (SoakSample sample : samples) {
                if (Double.isNaN(series.get(i).value().applyAsDouble(sample))) {
                    continue; // not recorded for this interval
                }
                double x = LEFT + plotWidth * sample.seconds() / endSeconds;
                double y = top + PANEL - PANEL * scale.applyAsDouble(series.get(i).value().applyAsDouble(sample)) / scaledMax;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String colour = COLOURS[i % COLOURS.length];
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                    colour, points.toString().trim()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-size=\"11\">%s</text>%n",
                    LEFT + plotWidth + 10, top + 14 + 16 * i, colour, series.get(i).name()));
        }
    }

    private void text(int x, int y, String content, int size) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>%n", x, y, size, content));
    }
}
