package org.atlas1540.server.web;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes that the shared layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {
    private final List<DataOrigin> origins;

    LayoutAttributes(List<DataOrigin> origins) {
        this.origins = origins;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return origins.stream().anyMatch(DataOrigin::includesDemoData);
    }
}
