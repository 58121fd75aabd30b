package org.atlas1540.server.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atlas1540.reference.StateCode;
import org.springframework.stereotype.Component;

/**
 * The shapes of the world map, read once from the resource that {@code tools/map/build.mjs}
 * writes: a {@code # viewBox} line, then one line per shape: State code ({@code -} for land that
 * is no State), the box around its main parts, and its SVG path, separated by tabs.
 */
@Component
class WorldShapes {
    static final String RESOURCE = "/org/atlas1540/server/map/world-110m.tsv";

    /**
     * @param state null for land that is no State of the reference data (Greenland); drawn, not linked
     */
    record Shape(StateCode state, MapBox box, String path) {
    }

    private final MapBox world;
    private final List<Shape> shapes;

    WorldShapes() {
        this(WorldShapes.class.getResourceAsStream(RESOURCE));
    }

    WorldShapes(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("the world map resource " + RESOURCE + " is missing from the class path");
        }
        MapBox viewBox = null;
        var read = new ArrayList<Shape>();
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.startsWith("# viewBox ")) {
                    // min-x min-y width height, as in SVG
                    MapBox v = MapBox.parse(line.substring("# viewBox ".length()));
                    viewBox = new MapBox(v.x0(), v.y0(), v.x0() + v.x1(), v.y0() + v.y1());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    read.add(shape(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world map resource", e);
        }
        if (viewBox == null) {
            throw new IllegalStateException("the world map resource has no '# viewBox' line");
        }
        this.world = viewBox;
        this.shapes = List.copyOf(read);
    }

    private static Shape shape(String line, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 3 || columns[2].isEmpty()) {
            throw new IllegalStateException("world map resource, line " + number + ": expected code, box and path");
        }
        StateCode state = "-".equals(columns[0]) ? null : StateCode.of(columns[0]);
        return new Shape(state, MapBox.parse(columns[1]), columns[2]);
    }

    /** The whole map, as the shapes file's {@code viewBox} gives it. */
    MapBox world() {
        return world;
    }

    List<Shape> all() {
        return shapes;
    }

    Optional<Shape> of(StateCode state) {
        return shapes.stream().filter(s -> state.equals(s.state())).findFirst();
    }
}
