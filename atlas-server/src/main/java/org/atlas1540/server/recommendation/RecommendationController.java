package org.atlas1540.server.recommendation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventHeading;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.Inputs;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.InvalidParameterException;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.QueryParameters;
import org.atlas1540.server.web.RecordConflictException;
import org.atlas1540.server.web.RecordForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of recommendations, each one's page with its follow-up, and the forms (staff): a new
 * recommendation of an event, taking them from the event's note, editing, status steps and
 * follow-up entries.
 */
@Controller
class RecommendationController {
    private final Recommendations recommendations;
    private final NoteRecommendations fromNotes;
    private final EventSources sources;

    RecommendationController(Recommendations recommendations, NoteRecommendations fromNotes, EventSources sources) {
        this.recommendations = recommendations;
        this.fromNotes = fromNotes;
        this.sources = sources;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String event,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String page,
            Model model, HttpServletResponse response) {
        boolean overdueOnly = overdue != null && !overdue.isBlank() && !"false".equals(overdue);
        model.addAttribute("status", status);
        model.addAttribute("event", event);
        model.addAttribute("overdue", overdueOnly);
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("today", recommendations.today());
        try {
            RecommendationStatus chosen = QueryParameters.choice("status", status, RecommendationStatus::of,
                    RecommendationStatus.allowed());
            String slug = event == null || event.isBlank() ? null : event.strip();
            var results = recommendations.page(chosen, slug, overdueOnly, PageRequest.of(page, null));
            model.addAttribute("results", results);
            model.addAttribute("events", sources.headings(results.items().stream().map(Recommendation::eventSlug)
                    .toList()));
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.parameter());
        }
        return "recommendation/list";
    }

    @GetMapping("/recommendations/{id}")
    String show(@PathVariable String id, Model model) {
        return show(find(id), model, FollowUpForm.blank(), new FieldProblems(), null);
    }

    @PostMapping("/recommendations/{id}/status")
    String changeStatus(@PathVariable String id, StatusChange change, Model model,
            HttpServletResponse response) {
        Recommendation recommendation = find(id);
        var inputs = new Inputs();
        Integer expected = change.expectedVersion(inputs);
        RecommendationStatus to = change.to(inputs);
        return RecordForms.stepOrShowAgain(inputs.problems(), () -> {
            recommendations.changeStatus(recommendation.id(), expected, to);
            return "redirect:/recommendations/" + recommendation.id() + "?saved";
        }, problem -> show(recommendation, model, FollowUpForm.blank(), new FieldProblems(), problem),
                problem -> show(find(id), model, FollowUpForm.blank(), new FieldProblems(), problem), response);
    }

    @PostMapping("/recommendations/{id}/follow-ups")
    String addFollowUp(@PathVariable String id, FollowUpForm form, Viewer viewer, Model model,
            HttpServletResponse response) {
        Recommendation recommendation = find(id);
        var inputs = new Inputs();
        FollowUpForm.Entry entry = form.read(inputs, recommendations.today(), viewer.name());
        if (entry == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(recommendation, model, form, inputs.problems(), null);
        }
        recommendations.addFollowUp(recommendation.id(), entry.writtenOn(), entry.author(), entry.text());
        return "redirect:/recommendations/" + recommendation.id() + "?saved#follow-up";
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/events/{slug}/recommendations/new")
    String newForm(@PathVariable String slug, Model model) {
        return form(model, event(slug), null, RecommendationForm.empty(slug), new FieldProblems(), null);
    }

    @PostMapping("/events/{slug}/recommendations")
    String create(@PathVariable String slug, RecommendationForm form, Model model, HttpServletResponse response) {
        EventHeading event = event(slug);
        var inputs = new Inputs();
        RecommendationValues values = form.values(inputs, slug);
        return RecordForms.saveOrShowAgain(inputs.problems(),
                () -> "redirect:/recommendations/" + recommendations.create(values).id() + "?saved",
                problems -> form(model, event, null, form, problems, null), response);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/recommendations/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        Recommendation recommendation = find(id);
        return form(model, event(recommendation.eventSlug()), recommendation, RecommendationForm.of(recommendation),
                new FieldProblems(), null);
    }

    @PostMapping("/recommendations/{id}")
    String update(@PathVariable String id, RecommendationForm form, Model model, HttpServletResponse response) {
        Recommendation recommendation = find(id);
        EventHeading event = event(recommendation.eventSlug());
        var inputs = new Inputs();
        Integer expected = form.expectedVersion(inputs);
        RecommendationForm.Edit edit = form.read(inputs);
        try {
            return RecordForms.saveOrShowAgain(inputs.problems(), () -> {
                recommendations.update(recommendation.id(), expected, edit.text(), edit.owner(), edit.dueOn());
                return "redirect:/recommendations/" + recommendation.id() + "?saved";
            }, problems -> form(model, event, recommendation, form, problems, null), response);
        } catch (ConcurrentEditException e) {
            // Nothing was written: show what is stored now, so that the editor starts from it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Recommendation current = find(id);
            return form(model, event, current, RecommendationForm.of(current), new FieldProblems(), e.getMessage());
        }
    }

    @PreAuthorize("hasRole('EDITOR')")
    @GetMapping("/events/{slug}/recommendations/from-note")
    String fromNoteForm(@PathVariable String slug, Model model) {
        EventHeading event = event(slug);
        return fromNote(model, event, candidates(slug), new CandidateChoices(List.of(), null), new FieldProblems());
    }

    /**
     * Takes the chosen candidates: {@code take} names their indexes; {@code text-N}, {@code owner-N}
     * and {@code dueOn-N} hold each one's values. All of them are stored, or none.
     */
    @PostMapping("/events/{slug}/recommendations/from-note")
    String takeFromNote(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        EventHeading event = event(slug);
        List<NoteRecommendations.Candidate> candidates = candidates(slug);
        var choices = new CandidateChoices(form.getOrDefault("take", List.of()), form);
        var inputs = new Inputs();
        var chosen = new ArrayList<RecommendationValues>();
        for (NoteRecommendations.Candidate c : candidates) {
            if (!choices.taken(c.index())) {
                continue;
            }
            int i = c.index();
            String text = inputs.text("text-" + i, "Recommendation", form.getFirst("text-" + i), Recommendations.MAX_TEXT,
                    true);
            String owner = inputs.text("owner-" + i, "Owner", form.getFirst("owner-" + i), Recommendations.MAX_OWNER,
                    false);
            var due = inputs.date("dueOn-" + i, "Due date", form.getFirst("dueOn-" + i), false);
            if (text != null) {
                chosen.add(new RecommendationValues(slug, text, owner, due, c.sectionNumber(), c.factNumber()));
            }
        }
        if (chosen.isEmpty() && inputs.problems().isEmpty()) {
            inputs.problems().add("take", "Choose at least one recommendation to take.");
        }
        try {
            inputs.problems().throwIfAny();
            recommendations.createAll(chosen);
            return "redirect:/events/" + slug + "?recommendations=" + chosen.size() + "#recommendations";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return fromNote(model, event, candidates, choices, e.problems());
        } catch (RecordConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            var problems = new FieldProblems();
            problems.add("take", e.getMessage());
            return fromNote(model, event, candidates, choices, problems);
        }
    }

    private String show(Recommendation recommendation, Model model, FollowUpForm followUp,
            FieldProblems problems, String statusProblem) {
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("event", sources.heading(recommendation.eventSlug()).orElse(null));
        model.addAttribute("followUps", recommendations.followUps(recommendation.id()));
        model.addAttribute("origin", origin(recommendation));
        model.addAttribute("today", recommendations.today());
        model.addAttribute("form", followUp);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", null);
        model.addAttribute("statusProblem", statusProblem);
        return "recommendation/show";
    }

    /** Where in the note it was taken from, for a person; null when it was entered by hand. */
    private String origin(Recommendation r) {
        if (r.sectionNumber() != null) {
            return sources.sections(r.eventSlug()).stream().filter(s -> s.number() == r.sectionNumber()).findFirst()
                    .map(s -> "Section " + s.number() + " of the note, " + s.heading())
                    .orElse("Section " + r.sectionNumber() + " of the note");
        }
        if (r.factNumber() != null) {
            return sources.fact(r.eventSlug(), r.factNumber())
                    .map(f -> "Fact " + f.number() + " of the note: \u201c" + f.quote() + "\u201d")
                    .orElse("Fact " + r.factNumber() + " of the note");
        }
        return null;
    }

    private String form(Model model, EventHeading event, Recommendation recommendation, RecommendationForm form,
            FieldProblems problems, String conflict) {
        model.addAttribute("event", event);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", conflict);
        return "recommendation/form";
    }

    private String fromNote(Model model, EventHeading event, List<NoteRecommendations.Candidate> candidates,
            CandidateChoices choices, FieldProblems problems) {
        model.addAttribute("event", event);
        model.addAttribute("candidates", candidates);
        model.addAttribute("choices", choices);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", null);
        return "recommendation/from-note";
    }

    private List<NoteRecommendations.Candidate> candidates(String slug) {
        return fromNotes.of(slug, recommendations.ofEvent(slug).stream().map(Recommendation::text).toList());
    }

    private EventHeading event(String slug) {
        return sources.heading(slug).orElseThrow(() -> new NotFoundException("event", slug));
    }

    private Recommendation find(String id) {
        return RecommendationId.parse(id).flatMap(recommendations::find)
                .orElseThrow(() -> new NotFoundException("recommendation", id));
    }

    /**
     * What the take-from-note form sent back, to show it again: which candidates were chosen, and
     * the values typed for each (null before the first submission: the candidates' own text).
     */
    record CandidateChoices(List<String> take, MultiValueMap<String, String> values) {
        public boolean taken(int index) {
            return take.contains(Integer.toString(index));
        }

        public String value(String field, int index, String otherwise) {
            return values == null ? otherwise : values.getFirst(field + "-" + index);
        }
    }
}
