package org.atlas1540.server.assistance;

/** The id of an assistance request, as its addresses show it ({@code /assistance/requests/12}). */
public record AssistanceRequestId(long value) {
    public AssistanceRequestId {
        if (value < 1) {
            throw new IllegalArgumentException("An assistance request id is a whole number from 1, not " + value + ".");
        }
    }

    /** The id in an address; a value that is not one is a problem of the caller, reported as not found. */
    public static java.util.Optional<AssistanceRequestId> parse(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        long value = Long.parseLong(text);
        return value < 1 ? java.util.Optional.empty() : java.util.Optional.of(new AssistanceRequestId(value));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
