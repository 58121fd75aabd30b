package org.atlas1540.server.assistance;

import jakarta.servlet.http.HttpServletResponse;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.InvalidParameterException;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The requests list and each request's page; what a viewer sees follows {@link Audience}. */
@Controller
class RequestController {
    static final int PAGE_SIZE = 25;

    private final AssistanceRequests requests;

    RequestController(AssistanceRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/assistance/requests")
    String list(Viewer viewer, RequestQuery query, @RequestParam(required = false) String page, Model model,
            HttpServletResponse response) {
        Audience audience = Audience.of(viewer.isStaff());
        model.addAttribute("query", query);
        model.addAttribute("areas", AssistanceArea.values());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("staff", audience.seesRestricted());
        model.addAttribute("today", requests.today());
        RequestFilter filter;
        PageRequest paging;
        try {
            filter = query.toFilter();
            paging = PageRequest.of(page, String.valueOf(PAGE_SIZE));
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            return "assistance/list";
        }
        long total = requests.count(filter, audience);
        model.addAttribute("items", requests.list(filter, audience, paging.offset(), paging.size()));
        model.addAttribute("total", total);
        model.addAttribute("page", paging.number());
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "assistance/list";
    }

    @GetMapping("/assistance/requests/{id}")
    String show(Viewer viewer, @PathVariable String id, Model model) {
        Audience audience = Audience.of(viewer.isStaff());
        AssistanceRequest request = find(id, audience);
        model.addAttribute("request", request);
        model.addAttribute("transitions", requests.transitions(request.id()));
        model.addAttribute("today", requests.today());
        model.addAttribute("staff", audience.seesRestricted());
        model.addAttribute("next", AssistanceRequests.byHandFrom(request.status()));
        return "assistance/show";
    }

    private AssistanceRequest find(String id, Audience audience) {
        return AssistanceRequestId.parse(id).flatMap(i -> requests.find(i, audience))
                .orElseThrow(() -> new NotFoundException("assistance request", id));
    }
}
