package org.atlas1540.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.atlas1540.notes.NoteReader;

/**
 * Notes read per second of this thread's CPU time, not of wall-clock time: a cross-check for
 * {@link NoteReaderBenchmark} on a machine shared with other work, where a JMH iteration loses
 * time whenever the benchmark thread waits for a core. Not a JMH benchmark (no blackholes, no
 * forks); it warms up for a few seconds and then reports five rounds.
 *
 * <pre>
 * java -cp atlas-bench/target/benchmarks.jar org.atlas1540.bench.ReadCpuTime [seconds-per-round]
 * </pre>
 */
public final class ReadCpuTime {
    private ReadCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var reader = new NoteReader();
        List<EvalNotes.NoteFile> notes = EvalNotes.load();
        long sink = 0;
        for (int round = -3; round < 5; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            long budget = (long) (seconds * 1e9);
            int reads = 0;
            while (threads.getCurrentThreadCpuTime() - cpuStart < budget) {
                for (EvalNotes.NoteFile note : notes) {
                    sink += reader.read(note.name(), note.bytes()).text().length();
                    reads++;
                }
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf(Locale.ROOT, "%s %d: %.0f notes per CPU second (%.0f per wall-clock second)%n",
                    round < 0 ? "warm-up" : "round", round < 0 ? round + 4 : round + 1, reads / cpu, reads / wall);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
