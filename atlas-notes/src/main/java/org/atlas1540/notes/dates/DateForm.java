package org.atlas1540.notes.dates;

/** One way of writing a date or date range, such as "9-10 May 2013" or "2013-05-09". */
interface DateForm {
    /**
     * Reads this form at the lexer's position.
     *
     * @return what was read, the longest reading this form allows; null if the text there is not
     *     written in this form (the lexer's position is then unspecified)
     */
    RawRange read(DateLexer lexer);
}
