package org.atlas1540.server.matching;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The annual assistance report as pages. */
@Controller
class ReportController {
    private final AnnualReport report;

    ReportController(AnnualReport report) {
        this.report = report;
    }

    @GetMapping("/assistance/report")
    String years(Viewer viewer, Model model) {
        Audience audience = Audience.of(viewer.isStaff());
        model.addAttribute("years", report.years(audience));
        model.addAttribute("staff", audience.seesRestricted());
        return "matching/report";
    }

    @GetMapping("/assistance/report/{year}")
    String year(Viewer viewer, @PathVariable String year, Model model) {
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 2004) {
            throw new NotFoundException("report year", year);
        }
        Audience audience = Audience.of(viewer.isStaff());
        model.addAttribute("years", List.of(report.year(Integer.parseInt(year), audience)));
        model.addAttribute("year", Integer.parseInt(year));
        model.addAttribute("staff", audience.seesRestricted());
        return "matching/report";
    }
}
