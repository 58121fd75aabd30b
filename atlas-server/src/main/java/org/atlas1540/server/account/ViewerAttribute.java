package org.atlas1540.server.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows its viewer: the layout shows "Sign in" or the account and "Sign out", and staff links. */
@ControllerAdvice
class ViewerAttribute {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current();
    }
}
