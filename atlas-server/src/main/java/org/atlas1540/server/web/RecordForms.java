package org.atlas1540.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The answers of a page's form that writes a record: the change is made and the browser is sent on,
 * or nothing is stored and the page is shown again with what stopped it. The forms' side of what
 * {@link RecordApiErrors} is for the API.
 */
public final class RecordForms {
    private RecordForms() {
    }

    /**
     * Saves what a form sent, or shows the form again with each problem beside its field: 400 when
     * its values cannot be used ({@link InvalidInputException}), 409 when the stored records do not
     * allow the change ({@link RecordConflictException}).
     *
     * @param read      the problems found reading the form ({@link Inputs#problems()}): with any, nothing is saved
     * @param save      saves, and answers where to go then (a redirect)
     * @param formAgain the form again, with these problems
     */
    public static String saveOrShowAgain(FieldProblems read, Supplier<String> save,
            Function<FieldProblems, String> formAgain, HttpServletResponse response) {
        try {
            read.throwIfAny();
            return save.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formAgain.apply(e.problems());
        } catch (RecordConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formAgain.apply(e.problems());
        }
    }

    /**
     * Moves a record one step of its lifecycle from its page, or shows the page again with the
     * message: 400 with the record as it was read when the form's values cannot be used; 409 with
     * the record as it is stored now when the step is refused ({@link RecordConflictException}) or
     * someone else saved first ({@link ConcurrentEditException}).
     *
     * @param read        the problems found reading the form: with any, the record does not move
     * @param step        moves it, and answers where to go then (a redirect)
     * @param pageAgain   the record's page as it was read, with this message
     * @param storedAgain the record's page read again, with this message
     */
    public static String stepOrShowAgain(FieldProblems read, Supplier<String> step, Function<String, String> pageAgain,
            Function<String, String> storedAgain, HttpServletResponse response) {
        try {
            read.throwIfAny();
            return step.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return pageAgain.apply(e.getMessage());
        } catch (RecordConflictException | ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return storedAgain.apply(e.getMessage());
        }
    }
}
