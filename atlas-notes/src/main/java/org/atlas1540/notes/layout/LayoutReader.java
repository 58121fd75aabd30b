package org.atlas1540.notes.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.Section;
import org.atlas1540.notes.SectionKind;
import org.atlas1540.notes.Span;

/**
 * Reads the layout of a normalised note: the header of labelled fields (in any order; value after a
 * tab, a colon or on the next lines) and the sections that follow (numbered or not). What comes
 * before the first label, such as the "Information Note" title line, is not part of either.
 */
public final class LayoutReader {

    /**
     * A line of the text, without its line break. Its content is made only when asked for: most
     * lines of a body are paragraphs, only measured ({@link #blank}, {@link #strippedLength}) to
     * tell that they are no heading, and a copy of each would copy nearly the whole note.
     */
    static final class Line {
        final int start;
        final int end;
        private final String text;
        private String content;

        Line(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        String content() {
            if (content == null) {
                content = text.substring(start, end);
            }
            return content;
        }

        /** As {@code content().isBlank()}. */
        boolean blank() {
            return firstNonWhitespace() == end;
        }

        /** As {@code content().strip().length()}. */
        int strippedLength() {
            int first = firstNonWhitespace();
            int last = end;
            while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            return last - first;
        }

        private int firstNonWhitespace() {
            int i = start;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    public NoteLayout read(String text) {
        List<Line> lines = lines(text);
        var fields = new ArrayList<HeaderField>();
        int i = readHeader(text, lines, fields);
        int bodyStart = i < lines.size() ? lines.get(i).start : text.length();
        List<Section> sections = readSections(text, lines, i);
        return new NoteLayout(fields, sections, bodyStart);
    }

    /** Reads header fields from the top; returns the index of the first body line. */
    private static int readHeader(String text, List<Line> lines, List<HeaderField> fields) {
        FieldLabel.Found open = null;
        int valueStart = -1;
        int valueEnd = -1;
        int openLine = -1;
        int i = 0;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<FieldLabel.Found> label = FieldLabel.at(line.content());
            if (label.isPresent()) {
                if (open != null) {
                    fields.add(field(open, valueStart, valueEnd));
                }
                open = label.get();
                openLine = i;
                valueStart = line.start + open.valueStart();
                valueEnd = line.end;
                continue;
            }
            if (line.blank()) {
                continue;
            }
            if (open != null && valueEnd <= valueStart) {
                valueStart = line.start; // the value of a label that stands on its own line
                valueEnd = line.end;
                continue;
            }
            if (heading(lines, i).isPresent()) {
                if (open != null || !fields.isEmpty()) {
                    break;
                }
                continue;
            }
            if (open == null) {
                continue; // preamble: the "Information Note" title line and the like
            }
            boolean adjacent = i > 0 && !lines.get(i - 1).blank();
            if (adjacent || continuesList(open.label(), line)) {
                valueEnd = line.end;
                continue;
            }
            break; // a paragraph after a blank line: the body has begun, without a heading
        }
        if (open != null) {
            fields.add(field(open, valueStart, valueEnd));
        }
        if (openLine < 0) {
            return firstHeadingOrTop(lines);
        }
        return i;
    }

    private static int firstHeadingOrTop(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank() && heading(lines, i).isPresent()) {
                return i;
            }
        }
        return 0;
    }

    private static boolean continuesList(FieldLabel label, Line line) {
        if (label != FieldLabel.PARTICIPANTS && label != FieldLabel.ORGANISERS) {
            return false;
        }
        String s = line.content().strip();
        return isBullet(s) || (s.endsWith(":") && s.length() < 80) || (s.length() < 80 && s.indexOf(". ") < 0 && !s.endsWith("."));
    }

    private static boolean isBullet(String s) {
        return s.length() > 1 && "-•*–▪·".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == ' ';
    }

    private static HeaderField field(FieldLabel.Found found, int start, int end) {
        int s = Math.min(start, end);
        return new HeaderField(found.label(), found.labelText(), new Span(s, Math.max(s, end)));
    }

    private static List<Section> readSections(String text, List<Line> lines, int from) {
        var sections = new ArrayList<Section>();
        SectionHeadings.Heading open = null;
        int textStart = -1;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            Optional<SectionHeadings.Heading> heading = heading(lines, i);
            if (heading.isPresent()) {
                if (open != null || textStart >= 0) {
                    addSection(text, sections, open, textStart, line.start);
                }
                open = heading.get();
                textStart = i + 1 < lines.size() ? lines.get(i + 1).start : text.length();
            } else if (textStart < 0) {
                textStart = line.start; // body text before any heading
            }
        }
        if (open != null || textStart >= 0) {
            addSection(text, sections, open, textStart, text.length());
        }
        return sections;
    }

    private static void addSection(String text, List<Section> sections, SectionHeadings.Heading heading,
            int start, int end) {
        int s = Math.min(start, end);
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (heading == null && e == s) {
            return;
        }
        SectionKind kind = heading == null ? SectionKind.OTHER : heading.kind();
        String title = heading == null ? "" : heading.text();
        sections.add(new Section(kind, title, text.substring(s, e), new Span(s, e)));
    }

    private static Optional<SectionHeadings.Heading> heading(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.strippedLength() > SectionHeadings.MAX_LENGTH) {
            return Optional.empty(); // as match() answers a line that long, without copying it
        }
        boolean blankAbove = i == 0 || lines.get(i - 1).blank();
        boolean blankBelow = i + 1 >= lines.size() || lines.get(i + 1).blank();
        return SectionHeadings.match(line.content(), blankAbove && blankBelow);
    }

    private static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new Line(text, start, end));
            start = end + 1;
        }
        return lines;
    }
}
