package org.atlas1540.server.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form. Spring Security checks what it posts; a failure comes back here with {@code ?failed}. */
@Controller
class LoginController {
    static final String FAILED = "Sign-in failed: the user name or the password is wrong, or the account is locked. "
            + "After " + LockoutPolicy.MAX_FAILURES + " failed attempts in a row an account is locked for "
            + LockoutPolicy.LOCKED_FOR.toMinutes() + " minutes.";

    @GetMapping(SecurityConfiguration.LOGIN)
    String form(@RequestParam(required = false) String failed, Viewer viewer, Model model) {
        if (failed != null) {
            model.addAttribute("error", FAILED);
        }
        model.addAttribute("signedInAs", viewer.isSignedIn() ? viewer.name() : null);
        return "account/login";
    }
}
