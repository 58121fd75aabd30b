package org.atlas1540.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Arbitrary bytes into {@link NoteReader#read(String, byte[])}: the reader throws nothing but
 * {@link NoteReadException}, every span of a note lies inside its text, its JSON can be written,
 * and an input under 1 MB takes under a second of CPU time (a bound for hangs, not a benchmark).
 *
 * <p>Without {@code JAZZER_FUZZ} (as in {@code mvn verify}, surefire execution {@code fuzz}) it
 * replays the inputs in {@code src/test/resources/org/atlas1540/notes/NoteReaderFuzzTestInputs/readsAnyBytes/};
 * with {@code JAZZER_FUZZ=1} it fuzzes. See docs/benchmarks.md.
 */
@Tag("fuzz")
class NoteReaderFuzzTest {
    private static final NoteReader READER = new NoteReader();
    private static final int ONE_MB = 1024 * 1024;
    private static final long ONE_SECOND_NANOS = 1_000_000_000L;
    /** Time is this thread's CPU time: a loaded machine (CI, parallel builds) must not fail the test. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static {
        // Load and compile the reader's classes once, so that the first input is not timed with them.
        try (InputStream note = NoteReaderFuzzTest.class.getResourceAsStream(
                "/eval/notes/01-lome-west-africa-workshop.txt")) {
            byte[] bytes = note.readAllBytes();
            for (int i = 0; i < 20; i++) {
                READER.read("warm-up", bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoteReadException e) {
            throw new IllegalStateException("the warm-up note does not read", e);
        }
    }

    @FuzzTest
    void readsAnyBytes(byte[] bytes) {
        long start = CPU.getCurrentThreadCpuTime();
        Note note;
        try {
            note = READER.read("fuzz", bytes);
        } catch (NoteReadException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            checkTime(start, bytes);
            return;
        }
        int length = note.text().length();
        for (Span span : spans(note)) {
            if (span.end() > length) {
                fail("span [%d, %d) is outside the note's text of %d characters", span.start(), span.end(), length);
            }
        }
        assertThat(NoteJson.toJson(note)).startsWith("{");
        checkTime(start, bytes);
    }

    private static void checkTime(long start, byte[] bytes) {
        long nanos = CPU.getCurrentThreadCpuTime() - start;
        if (bytes.length < ONE_MB && nanos > ONE_SECOND_NANOS) {
            fail("reading an input of %d bytes took %d ms (limit 1000 ms for inputs under 1 MB)",
                    bytes.length, nanos / 1_000_000);
        }
    }

    private static List<Span> spans(Note note) {
        var spans = new ArrayList<Span>();
        note.organisers().forEach(p -> spans.add(p.span()));
        note.participants().forEach(p -> spans.add(p.span()));
        note.sections().forEach(s -> spans.add(s.span()));
        note.facts().forEach(f -> spans.add(f.span()));
        return spans;
    }
}
