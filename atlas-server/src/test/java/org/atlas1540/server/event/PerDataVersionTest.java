package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerDataVersionTest {
    private final AtomicInteger computations = new AtomicInteger();
    private final PerDataVersion<Integer> value = new PerDataVersion<>(computations::incrementAndGet);

    @Test
    void aValueIsComputedOnceForAVersion() {
        assertThat(value.get(new DataVersion(3, 7))).isEqualTo(1);
        assertThat(value.get(new DataVersion(3, 7))).isEqualTo(1);
        assertThat(computations).hasValue(1);
    }

    @Test
    void anotherVersionComputesItAgainEvenWithTheSameCount() {
        value.get(new DataVersion(3, 7));

        assertThat(value.get(new DataVersion(4, 8))).isEqualTo(2);
        // emptied and filled again to the same count: the newer source documents tell it apart
        assertThat(value.get(new DataVersion(4, 12))).isEqualTo(3);
    }
}
