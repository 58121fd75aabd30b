package org.atlas1540.server;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.atlas1540.server.importing.ImportResult;

/**
 * How {@code atlas import} shows its progress: a bar on a terminal, a line per file otherwise (a
 * log, a pipe), so that a file's outcome is never lost in a redrawn line.
 */
interface ImportProgress extends AutoCloseable {

    /** One file was done. */
    void done(ImportResult result);

    @Override
    void close();

    /** How to show progress: a bar on a terminal, else lines; or as asked. */
    enum Mode {
        AUTO, BAR, LINES
    }

    static ImportProgress of(Mode mode, int files, PrintWriter out) {
        boolean bar = mode == Mode.BAR || (mode == Mode.AUTO && System.console() != null);
        return bar ? new Bar(files, out, System.console() != null) : new Lines(files, out);
    }

    /** "[3/40] imported  notes/x.txt -> /events/2013-05-09-belgrade-regional-workshop". */
    final class Lines implements ImportProgress {
        private final int files;
        private final PrintWriter out;
        private int done;

        Lines(int files, PrintWriter out) {
            this.files = files;
            this.out = out;
        }

        @Override
        public void done(ImportResult result) {
            done++;
            out.printf("[%d/%d] %-9s %s%s%n", done, files, result.status().word(), result.source(), detail(result));
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }

        private static String detail(ImportResult result) {
            if (result.failed()) {
                return ": " + result.reason();
            }
            return result.eventSlug() == null ? "" : " -> /events/" + result.eventSlug();
        }
    }

    /** A progress bar, redrawn in place, with the counts so far beside it; the failures come in the summary. */
    final class Bar implements ImportProgress {
        private final ProgressBar bar;
        private int imported;
        private int unchanged;
        private int updated;
        private int failed;

        Bar(int files, PrintWriter out, boolean terminal) {
            // The terminal's width when there is one (the library asks it); a fixed width otherwise.
            int width = terminal ? new ConsoleProgressBarConsumer(System.out).getMaxRenderedLength() : 100;
            this.bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(files)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200)
                    .setConsumer(new WriterConsumer(out, width > 0 ? width : 100)).build();
        }

        @Override
        public void done(ImportResult result) {
            switch (result.status()) {
                case IMPORTED -> imported++;
                case UNCHANGED -> unchanged++;
                case UPDATED -> updated++;
                case FAILED -> failed++;
            }
            // Only the counts that are not zero, so that the line fits a narrow terminal.
            var counts = new java.util.StringJoiner(", ");
            for (var count : java.util.List.of(java.util.Map.entry("imported", imported), java.util.Map.entry("unchanged",
                    unchanged), java.util.Map.entry("updated", updated), java.util.Map.entry("failed", failed))) {
                if (count.getValue() > 0) {
                    counts.add(count.getValue() + " " + count.getKey());
                }
            }
            bar.setExtraMessage(counts.toString());
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** Draws the bar on the command's own output (standard output), as the library's console consumer does. */
    final class WriterConsumer implements ProgressBarConsumer {
        private final PrintWriter out;
        private final int width;

        WriterConsumer(PrintWriter out, int width) {
            this.out = out;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            out.print('\r');
            out.print(rendered);
            out.flush();
        }

        @Override
        public void close() {
            out.println();
            out.flush();
        }
    }
}
