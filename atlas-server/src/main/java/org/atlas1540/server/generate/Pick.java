package org.atlas1540.server.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * The random choices of one note. {@link Random} because its sequence is specified by the Java
 * platform, so a seed gives the same notes on every runtime.
 */
final class Pick {
    private final Random random;

    Pick(long seed) {
        this.random = new Random(seed);
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Between {@code min} and {@code max} distinct items (fewer when there are fewer), in their given order. */
    <T> List<T> some(Collection<T> items, int min, int max) {
        var pool = new ArrayList<>(items);
        int n = Math.min(pool.size(), between(min, max));
        var chosen = new boolean[pool.size()];
        for (int taken = 0; taken < n; ) {
            int i = random.nextInt(pool.size());
            if (!chosen[i]) {
                chosen[i] = true;
                taken++;
            }
        }
        var result = new ArrayList<T>(n);
        for (int i = 0; i < pool.size(); i++) {
            if (chosen[i]) {
                result.add(pool.get(i));
            }
        }
        return result;
    }
}
