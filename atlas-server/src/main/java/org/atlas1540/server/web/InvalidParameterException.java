package org.atlas1540.server.web;

/**
 * A request parameter whose value cannot be used. Thrown by API and export controllers; mapped
 * once, by {@link ApiProblems}, to a 400 problem detail that names the parameter and the value.
 */
public final class InvalidParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** A value is echoed back to the client; a very long one is cut. */
    private static final int MAX_ECHO = 100;

    private final String parameter;
    private final String value;

    /**
     * @param parameter the parameter's name, as in the query string
     * @param value     the value as given
     * @param rule      what the value should be, as the end of a sentence ("a year such as 2013")
     */
    public InvalidParameterException(String parameter, String value, String rule) {
        this(parameter, value, "Parameter '" + parameter + "' has the value '" + echo(value) + "', but it must be "
                + rule + ".", true);
    }

    private InvalidParameterException(String parameter, String value, String message, boolean composed) {
        super(message);
        this.parameter = parameter;
        this.value = echo(value);
    }

    /** @param sentence what is wrong, for a person; the parameter and its value are put before it */
    public static InvalidParameterException described(String parameter, String value, String sentence) {
        return new InvalidParameterException(parameter, value,
                "Parameter '" + parameter + "' ('" + echo(value) + "'): " + sentence, true);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    private static String echo(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
