package org.atlas1540.server.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.junit.jupiter.api.Test;

/** The committed resource that tools/map writes. */
class WorldShapesTest {
    private final WorldShapes shapes = new WorldShapes();

    @Test
    void theResourceDrawsMostStatesEachOnceAndOnlyStatesOfTheReferenceData() {
        var states = shapes.all().stream().map(WorldShapes.Shape::state).filter(Objects::nonNull).toList();

        assertThat(states).hasSizeGreaterThanOrEqualTo(160).doesNotHaveDuplicates();
        assertThat(states).allSatisfy(code -> assertThat(ReferenceData.standard().states().find(code)).isPresent());
        assertThat(shapes.world().viewBox()).startsWith("0.0 0.0 960.0 ");
    }

    @Test
    void largeStatesHaveAShapeAndMicroStatesHaveNone() {
        assertThat(shapes.of(StateCode.of("SRB"))).get().satisfies(s -> assertThat(s.path()).startsWith("M"));
        assertThat(shapes.of(StateCode.of("XKX"))).isPresent();
        assertThat(shapes.of(StateCode.of("VAT"))).isEmpty();
        assertThat(shapes.of(StateCode.of("MLT"))).isEmpty();
    }

    @Test
    void eachStatesBoxLiesInsideTheWorld() {
        MapBox world = shapes.world();
        assertThat(shapes.all()).allSatisfy(s -> {
            assertThat(s.box().x0()).isGreaterThanOrEqualTo(world.x0());
            assertThat(s.box().x1()).isLessThanOrEqualTo(world.x1());
            assertThat(s.box().y1()).isLessThanOrEqualTo(world.y1());
        });
        // Russia's box is its main part, not stretched across the antimeridian to the map's left edge.
        assertThat(shapes.of(StateCode.of("RUS")).orElseThrow().box().x0()).isGreaterThan(world.width() / 2);
    }

    @Test
    void aResourceWithoutViewBoxOrWithABrokenLineIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> new WorldShapes(stream("SRB\t1 2 3 4\tM1,2Z\n")))
                .hasMessageContaining("no '# viewBox' line");
        assertThatThrownBy(() -> new WorldShapes(stream("# viewBox 0 0 10 10\nSRB\t1 2 3 4\n")))
                .hasMessageContaining("line 2");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
