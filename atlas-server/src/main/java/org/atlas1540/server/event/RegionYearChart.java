package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atlas1540.reference.StateCode;

/**
 * The home page's chart of events per year, stacked by the M49 region of the venue, laid out
 * here as SVG geometry (the page draws it without script or style attributes) and as the table
 * of the same numbers that stands beside it for screen readers and print.
 *
 * @param series  the regions in stacking order, then "Venue not given"; each with its palette class
 * @param columns one per year from the first to the last, empty years included
 * @param ticks   the value axis
 * @param undated events without a date, which no column can show
 */
record RegionYearChart(int width, int height, List<Series> series, List<Column> columns, List<Tick> ticks,
        long undated) {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final double LEFT = 40;
    static final double RIGHT = 8;
    static final double TOP = 12;
    static final double BOTTOM = 26;
    static final String NOT_GIVEN = "Venue not given";

    RegionYearChart {
        series = List.copyOf(series);
        columns = List.copyOf(columns);
        ticks = List.copyOf(ticks);
    }

    /** A region of the chart; {@code cssClass} is {@code chart-r1}..{@code chart-r5}, or {@code chart-r0} for no region. */
    record Series(String name, String cssClass) {
    }

    /**
     * @param counts per series, in the order of {@link RegionYearChart#series()}
     * @param label  whether the year is written under the axis (not every year is, when there are many)
     */
    record Column(int year, List<Integer> counts, int total, List<Bar> bars, String labelX, boolean label) {
    }

    /** A segment of a column: SVG attributes and the tooltip, such as "2013, Europe: 2 events". */
    record Bar(String cssClass, String x, String y, String width, String height, String title) {
    }

    record Tick(String y, int value) {
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public double plotBottom() {
        return height - BOTTOM;
    }

    public String axisY() {
        return number(plotBottom());
    }

    public String axisLeft() {
        return number(LEFT);
    }

    public String tickLabelX() {
        return number(LEFT - 6);
    }

    public String yearLabelY() {
        return number(plotBottom() + 18);
    }

    public String axisRight() {
        return number(width - RIGHT);
    }

    /**
     * @param regions the M49 regions, each with its States, in the order to stack them
     */
    static RegionYearChart of(List<YearVenueCount> counts, List<StateGrouping> regions, long undated) {
        var series = new ArrayList<Series>();
        Map<String, Integer> seriesOfState = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            series.add(new Series(regions.get(i).name(), "chart-r" + (i + 1)));
            for (StateCode code : regions.get(i).codes()) {
                seriesOfState.put(code.value(), i);
            }
        }
        int none = series.size();
        series.add(new Series(NOT_GIVEN, "chart-r0"));

        if (counts.isEmpty()) {
            return new RegionYearChart(WIDTH, HEIGHT, series, List.of(), List.of(), undated);
        }
        int first = counts.stream().mapToInt(YearVenueCount::year).min().orElseThrow();
        int last = counts.stream().mapToInt(YearVenueCount::year).max().orElseThrow();
        int years = last - first + 1;
        int[][] table = new int[years][series.size()];
        for (YearVenueCount c : counts) {
            int s = c.venueCountry() == null ? none : seriesOfState.getOrDefault(c.venueCountry(), none);
            table[c.year() - first][s] += c.events();
        }
        int highest = 0;
        for (int[] row : table) {
            highest = Math.max(highest, Arrays.stream(row).sum());
        }
        int top = niceCeiling(highest);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double band = (WIDTH - LEFT - RIGHT) / years;
        double barWidth = Math.min(band * 0.7, 48);
        int labelEvery = (int) Math.ceil(years / 12.0);

        var columns = new ArrayList<Column>();
        for (int y = 0; y < years; y++) {
            int year = first + y;
            double x = LEFT + band * y + (band - barWidth) / 2;
            double base = HEIGHT - BOTTOM;
            var bars = new ArrayList<Bar>();
            var row = new ArrayList<Integer>();
            for (int s = 0; s < series.size(); s++) {
                int n = table[y][s];
                row.add(n);
                if (n == 0) {
                    continue;
                }
                double h = plotHeight * n / top;
                base -= h;
                bars.add(new Bar(series.get(s).cssClass(), number(x), number(base), number(barWidth), number(h),
                        year + ", " + series.get(s).name() + ": " + (n == 1 ? "1 event" : n + " events")));
            }
            int total = row.stream().mapToInt(Integer::intValue).sum();
            columns.add(new Column(year, row, total, bars, number(LEFT + band * y + band / 2),
                    (last - year) % labelEvery == 0));
        }
        var ticks = new ArrayList<Tick>();
        int step = tickStep(top);
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(number(HEIGHT - BOTTOM - plotHeight * v / top), v));
        }
        return new RegionYearChart(WIDTH, HEIGHT, series, columns, ticks, undated);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that is at least {@code n} (and at least 1). */
    static int niceCeiling(int n) {
        int nice = 1;
        while (nice < n) {
            nice = next(nice);
        }
        return nice;
    }

    /** A step of 1, 2, 5 times a power of ten that cuts {@code top} into at most five parts. */
    static int tickStep(int top) {
        int step = 1;
        while (top / step > 5) {
            step = next(step);
        }
        return step;
    }

    private static int next(int nice) {
        String digits = String.valueOf(nice);
        return switch (digits.charAt(0)) {
            case '1' -> nice * 2;
            case '2' -> nice / 2 * 5;
            default -> nice * 2;
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
