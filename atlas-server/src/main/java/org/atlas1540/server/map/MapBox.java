package org.atlas1540.server.map;

import java.util.Collection;
import java.util.Locale;

/** A rectangle in map units (the projected plane of the shapes), such as the part of the map a page shows. */
record MapBox(double x0, double y0, double x1, double y1) {
    /** A region's map is at least this wide (in map units): a sub-region of small States still shows its neighbours. */
    static final double MIN_WIDTH = 150;
    /** The widest and the tallest shape a zoomed map may take, as width over height. */
    static final double WIDEST = 2.6;
    static final double TALLEST = 1.4;

    MapBox {
        if (!(x1 >= x0 && y1 >= y0)) {
            throw new IllegalArgumentException("a box cannot end before it starts: " + x0 + " " + y0 + " " + x1 + " " + y1);
        }
    }

    /** "x0 y0 x1 y1", as the shapes file writes it. */
    static MapBox parse(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a box is four numbers, not '" + text + "'");
        }
        return new MapBox(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                Double.parseDouble(parts[3]));
    }

    static MapBox around(Collection<MapBox> boxes) {
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("no box to go around");
        }
        return new MapBox(
                boxes.stream().mapToDouble(MapBox::x0).min().orElseThrow(),
                boxes.stream().mapToDouble(MapBox::y0).min().orElseThrow(),
                boxes.stream().mapToDouble(MapBox::x1).max().orElseThrow(),
                boxes.stream().mapToDouble(MapBox::y1).max().orElseThrow());
    }

    double width() {
        return x1 - x0;
    }

    double height() {
        return y1 - y0;
    }

    /**
     * This box as a page would show it inside {@code world}: a margin around it, no smaller than
     * {@link #MIN_WIDTH}, its shape between {@link #TALLEST} and {@link #WIDEST}, and moved (not
     * cut) to stay inside the world where it fits.
     */
    MapBox framedIn(MapBox world) {
        double margin = Math.max(width(), height()) * 0.08 + 4;
        double w = Math.max(width() + 2 * margin, MIN_WIDTH);
        double h = height() + 2 * margin;
        w = Math.max(w, h * TALLEST);
        h = Math.max(h, w / WIDEST);
        w = Math.min(w, world.width());
        h = Math.min(h, world.height());
        double left = clamp((x0 + x1) / 2 - w / 2, world.x0, world.x1 - w);
        double top = clamp((y0 + y1) / 2 - h / 2, world.y0, world.y1 - h);
        return new MapBox(left, top, left + w, top + h);
    }

    /** The SVG {@code viewBox} attribute: "min-x min-y width height". */
    String viewBox() {
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", x0, y0, width(), height());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
