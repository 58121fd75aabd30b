package org.atlas1540.server.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Maps {@link NotFoundException} to the 404 page, for every controller. */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        var page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("what", e.what());
        page.addObject("id", e.id());
        return page;
    }
}
