package org.atlas1540.notes;

/**
 * A half-open range {@code [start, end)} of character offsets into a note's normalised text
 * ({@link Note#text()}).
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + "]");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
