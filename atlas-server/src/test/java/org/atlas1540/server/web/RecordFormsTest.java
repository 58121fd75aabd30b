package org.atlas1540.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A record's form is saved and the browser sent on, or it is shown again with what stopped it and 400 or 409. */
class RecordFormsTest {
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aFormWithoutProblemsIsSavedAndGoesWhereTheSaveSays() {
        String view = RecordForms.saveOrShowAgain(new FieldProblems(), () -> "redirect:/records/7?saved",
                problems -> "form", response);

        assertThat(view).isEqualTo("redirect:/records/7?saved");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aFormWithProblemsIsShownAgainWithThemAnd400AndNothingIsSaved() {
        var read = new FieldProblems();
        read.add("state", "State is required.");
        var saved = new AtomicBoolean();

        String view = RecordForms.saveOrShowAgain(read, () -> {
            saved.set(true);
            return "redirect:/records/7?saved";
        }, problems -> "form: " + problems.get("state"), response);

        assertThat(view).isEqualTo("form: State is required.");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(saved).isFalse();
    }

    @Test
    void aSaveThatFindsBadValuesShowsTheFormAgainWith400() {
        String view = RecordForms.saveOrShowAgain(new FieldProblems(), () -> {
            throw InvalidInputException.of("sourceEvent", "There is no event 'x'.");
        }, problems -> "form: " + problems.get("sourceEvent"), response);

        assertThat(view).isEqualTo("form: There is no event 'x'.");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aConflictShowsTheFormAgainWithItsMessageBesideItsFieldAnd409() {
        String view = RecordForms.saveOrShowAgain(new FieldProblems(), () -> {
            throw new RecordConflictException("planVersion", "SRB already has a plan version 1.");
        }, problems -> "form: " + problems.get("planVersion"), response);

        assertThat(view).isEqualTo("form: SRB already has a plan version 1.");
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aSaveSomeoneElseOvertookIsLeftToTheCaller() {
        var thrown = catchThrowable(() -> RecordForms.saveOrShowAgain(
                new FieldProblems(), () -> {
                    throw new ConcurrentEditException("Someone else saved first.");
                }, problems -> "form", response));

        assertThat(thrown).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aStepWithBadValuesShowsThePageAsReadWith400() {
        var read = new FieldProblems();
        read.add("status", "Status 'x' is not one of: open, done.");

        String view = RecordForms.stepOrShowAgain(read, () -> "redirect:/records/7?saved",
                problem -> "as read: " + problem, problem -> "stored: " + problem, response);

        assertThat(view).isEqualTo("as read: Status 'x' is not one of: open, done.");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aRefusedStepShowsThePageAsStoredNowWith409() {
        String view = RecordForms.stepOrShowAgain(new FieldProblems(), () -> {
            throw new RecordConflictException("status", "A done record cannot be reopened.");
        }, problem -> "as read: " + problem, problem -> "stored: " + problem, response);

        assertThat(view).isEqualTo("stored: A done record cannot be reopened.");
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aStepSomeoneElseOvertookShowsThePageAsStoredNowWith409() {
        String view = RecordForms.stepOrShowAgain(new FieldProblems(), () -> {
            throw new ConcurrentEditException("Someone else saved first.");
        }, problem -> "as read: " + problem, problem -> "stored: " + problem, response);

        assertThat(view).isEqualTo("stored: Someone else saved first.");
        assertThat(response.getStatus()).isEqualTo(409);
    }
}
