package org.atlas1540.server.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
import org.springframework.stereotype.Service;

/**
 * The module's API: colours the world map by a count per State. The colours are a sequential
 * single-hue (blue) palette, which stays readable for every kind of colour blindness and in
 * grey print; each State also says its count in its accessible name and tooltip.
 */
@Service
public class ChoroplethMaps {
    private static final Comparator<ChoroplethMap.Area> LINKED_FIRST_BY_NAME =
            Comparator.comparing((ChoroplethMap.Area a) -> !a.linked()).thenComparing(ChoroplethMap.Area::label);

    private final WorldShapes shapes;
    private final ReferenceData reference;

    ChoroplethMaps(WorldShapes shapes) {
        this.shapes = shapes;
        this.reference = ReferenceData.standard();
    }

    /**
     * The whole world; every State a link to its page.
     *
     * @param counts  per State; a State not in the map counts zero
     * @param caption what the counts are, such as "Events attended or hosted"
     */
    public ChoroplethMap world(Map<StateCode, Integer> counts, String caption) {
        return draw(counts, s -> true, caption, "", shapes.world());
    }

    /**
     * A region: its States coloured and linked, the others drawn pale and not linked, the view
     * zoomed to the region's States (the whole world when none of them has a shape).
     *
     * @param period said after each count, such as "in the last 5 years"; may be empty
     */
    public ChoroplethMap region(Map<StateCode, Integer> counts, Set<StateCode> members, String caption,
            String period) {
        var boxes = shapes.all().stream().filter(s -> s.state() != null && members.contains(s.state()))
                .map(WorldShapes.Shape::box).toList();
        MapBox view = boxes.isEmpty() ? shapes.world() : MapBox.around(boxes).framedIn(shapes.world());
        ChoroplethMap map = draw(counts, members::contains, caption, period, view);
        var legend = new ArrayList<>(map.legend());
        legend.add(new ChoroplethMap.LegendEntry("map-out", "Outside the region"));
        return new ChoroplethMap(map.viewBox(), map.caption(), map.areas(), legend, map.unmapped());
    }

    private ChoroplethMap draw(Map<StateCode, Integer> counts, Predicate<StateCode> shown, String caption,
            String period, MapBox view) {
        Buckets buckets = Buckets.forMaximum(counts.entrySet().stream().filter(e -> shown.test(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElse(0));
        var areas = new ArrayList<ChoroplethMap.Area>();
        var drawn = new HashSet<StateCode>();
        for (WorldShapes.Shape shape : shapes.all()) {
            StateCode code = shape.state();
            if (code == null) {
                areas.add(new ChoroplethMap.Area(null, shape.path(), "map-land", null, ""));
                continue;
            }
            drawn.add(code);
            String name = name(code);
            if (shown.test(code)) {
                int count = counts.getOrDefault(code, 0);
                areas.add(new ChoroplethMap.Area(code.value(), shape.path(), buckets.cssClass(count),
                        href(code), label(name, count, period)));
            } else {
                areas.add(new ChoroplethMap.Area(code.value(), shape.path(), "map-out", null, name));
            }
        }
        areas.sort(LINKED_FIRST_BY_NAME);
        List<ChoroplethMap.Unmapped> unmapped = reference.states().all().stream()
                .map(State::code)
                .filter(code -> !drawn.contains(code) && shown.test(code))
                .map(code -> {
                    int count = counts.getOrDefault(code, 0);
                    return new ChoroplethMap.Unmapped(code.value(), name(code), count, buckets.cssClass(count),
                            href(code), label(name(code), count, period));
                })
                .sorted(Comparator.comparing(ChoroplethMap.Unmapped::name))
                .toList();
        return new ChoroplethMap(view.viewBox(), caption, areas, buckets.legend(), unmapped);
    }

    private String name(StateCode code) {
        return reference.states().shortNameOf(code);
    }

    private static String href(StateCode code) {
        return "/states/" + code.value();
    }

    static String label(String name, int count, String period) {
        String events = count == 1 ? "1 event" : count + " events";
        return name + ": " + events + (period == null || period.isBlank() ? "" : " " + period);
    }
}
