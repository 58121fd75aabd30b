package org.atlas1540.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.NoteJson;
import org.atlas1540.notes.NoteReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link NoteReader#read(String, byte[])} on one thread. One operation reads one
 * note; successive operations go round the notes (the 14 evaluation notes unless
 * {@code -Datlas.bench.notes=DIR}), so ops/s is notes per second and, with {@code -prof gc},
 * {@code gc.alloc.rate.norm} is the mean bytes allocated per note.
 *
 * <p>{@code scale} pads every note to about that many times its size by repeating its highlights
 * paragraphs, to show how time and allocation grow with the size of a note.
 *
 * <pre>
 * java -jar atlas-bench/target/benchmarks.jar NoteReaderBenchmark -p scale=1 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NoteReaderBenchmark {

    @Param({"1", "2", "4"})
    public int scale;

    private NoteReader reader;
    private String[] names;
    private byte[][] notes;
    private int next;

    @Setup
    public void setUp() throws Exception {
        reader = new NoteReader();
        List<EvalNotes.NoteFile> files = EvalNotes.load();
        names = new String[files.size()];
        notes = new byte[files.size()][];
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            EvalNotes.NoteFile note = EvalNotes.padded(reader, files.get(i), scale);
            names[i] = note.name();
            notes[i] = note.bytes();
            reader.read(names[i], notes[i]); // every note must read: a benchmark of failures is no use
            bytes += notes[i].length;
        }
        System.out.printf("%n%d notes, scale %d, mean size %d bytes%n", notes.length, scale, bytes / notes.length);
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == notes.length ? 0 : i + 1;
        return i;
    }

    /** Reads one note. */
    @Benchmark
    public Note read() throws Exception {
        int i = nextIndex();
        return reader.read(names[i], notes[i]);
    }

    /** Reads one note and writes its JSON line, as {@code atlas parse} does. */
    @Benchmark
    public String readAndWriteJson() throws Exception {
        int i = nextIndex();
        return NoteJson.toJson(reader.read(names[i], notes[i]));
    }
}
