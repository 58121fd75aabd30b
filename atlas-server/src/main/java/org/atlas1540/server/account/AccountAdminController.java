package org.atlas1540.server.account;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.NotFoundException;
import org.atlas1540.server.web.FieldProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The administrator's pages for accounts (only administrators reach {@code /admin/**}): the list, a
 * new account, and per account its role, enabled or not, lockout, password and API tokens. Every
 * change goes through {@link Accounts} (audit entry, optimistic locking on the version the form
 * carries); bad input comes back with the message beside its field and nothing stored.
 */
@Controller
@RequestMapping(AccountAdminController.USERS)
class AccountAdminController {
    static final String USERS = "/admin/users";
    private static final Set<String> DONE = Set.of("created", "role-changed", "enabled", "disabled", "unlocked",
            "password-set", "token-revoked");

    private final Accounts accounts;
    private final Clock clock;

    AccountAdminController(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, new FieldProblems(), "", "editor");
    }

    @PostMapping
    String add(@RequestParam(required = false) String username, @RequestParam(required = false) String role,
            @RequestParam(required = false) String password, @RequestParam(required = false) String confirm,
            Model model, HttpServletResponse response) {
        var problems = new FieldProblems();
        check(problems, () -> AccountRules.username(username));
        Optional<Role> chosen = Role.ofAccount(role);
        if (chosen.isEmpty()) {
            problems.add("role", "Choose editor or administrator.");
        }
        PasswordTwice.check(password, confirm, problems);
        if (problems.isEmpty()) {
            check(problems, () -> accounts.add(username, chosen.get(), password.toCharArray()));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, problems, username == null ? "" : username, role);
        }
        return "redirect:" + USERS + "/" + AccountRules.username(username) + "?done=created";
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, @RequestParam(required = false) String done, Model model) {
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", done);
        }
        return accountPage(username, model, new FieldProblems());
    }

    @PostMapping("/{username}/role")
    Object changeRole(@PathVariable String username, @RequestParam(required = false) String role,
            @RequestParam(required = false) String version, Viewer viewer, Model model,
            HttpServletResponse response) {
        return change(username, version, model, response, "role-changed", v -> accounts.changeRole(viewer.name(),
                username, Role.ofAccount(role).orElseThrow(() -> new AccountProblem("role",
                        "Choose editor or administrator.")), v));
    }

    @PostMapping("/{username}/enabled")
    Object setEnabled(@PathVariable String username, @RequestParam(required = false) String enabled,
            @RequestParam(required = false) String version, Viewer viewer, Model model,
            HttpServletResponse response) {
        boolean enable = "true".equals(enabled);
        return change(username, version, model, response, enable ? "enabled" : "disabled",
                v -> accounts.setEnabled(viewer.name(), username, enable, v));
    }

    @PostMapping("/{username}/unlock")
    Object unlock(@PathVariable String username, @RequestParam(required = false) String version, Model model,
            HttpServletResponse response) {
        return change(username, version, model, response, "unlocked", v -> accounts.unlock(username, v));
    }

    @PostMapping("/{username}/password")
    Object setPassword(@PathVariable String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirm, @RequestParam(required = false) String version,
            Model model, HttpServletResponse response) {
        var problems = new FieldProblems();
        PasswordTwice.check(password, confirm, problems);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return accountPage(username, model, problems);
        }
        return change(username, version, model, response, "password-set",
                v -> accounts.setPassword(username, password.toCharArray(), v));
    }

    /** Issues a token and shows it on this answer only (not in an address, not stored). */
    @PostMapping("/{username}/tokens")
    String issueToken(@PathVariable String username, @RequestParam(required = false) String label, Model model,
            HttpServletResponse response) {
        var problems = new FieldProblems();
        try {
            model.addAttribute("newToken", accounts.issueToken(username, label));
            model.addAttribute("newTokenLabel", label.strip());
        } catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            problems.add(problem.field(), problem.getMessage());
        }
        return accountPage(username, model, problems);
    }

    @PostMapping("/{username}/tokens/{token}/revoke")
    Object revokeToken(@PathVariable String username, @PathVariable long token, Model model,
            HttpServletResponse response) {
        try {
            accounts.revokeToken(username, token);
        } catch (AccountProblem problem) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return accountPage(username, model, problemOf(problem));
        }
        return done(username, "token-revoked");
    }

    /** A change that names the version the form showed: done, refused beside its field, or refused as stale. */
    private Object change(String username, String version, Model model, HttpServletResponse response, String done,
            VersionedChange change) {
        Integer read = version(version);
        if (read == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("stale", "The form did not say which version of the account it showed; nothing was "
                    + "saved. Reload the page and make the change again.");
            return accountPage(username, model, new FieldProblems());
        }
        try {
            change.apply(read);
        } catch (AccountProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return accountPage(username, model, problemOf(problem));
        } catch (ConcurrentEditException stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", stale.getMessage());
            return accountPage(username, model, new FieldProblems());
        }
        return done(username, done);
    }

    private static RedirectView done(String username, String what) {
        // 303: the browser fetches the page with GET, so that reloading it does not post the form again.
        var page = new RedirectView(USERS + "/" + username + "?done=" + what, true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        return page;
    }

    private static Integer version(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** Runs a rule of the accounts and keeps its {@link AccountProblem}, if any, for the field it names. */
    private static void check(FieldProblems problems, Runnable rule) {
        try {
            rule.run();
        } catch (AccountProblem problem) {
            problems.add(problem.field(), problem.getMessage());
        }
    }

    private static FieldProblems problemOf(AccountProblem problem) {
        var problems = new FieldProblems();
        problems.add(problem.field(), problem.getMessage());
        return problems;
    }

    private String listPage(Model model, FieldProblems problems, String username, String role) {
        Instant now = clock.instant();
        List<AccountLine> lines = accounts.overview().stream()
                .map(o -> AccountLine.of(o.account(), o.lastTokenUse(), now)).toList();
        model.addAttribute("accounts", lines);
        model.addAttribute("problems", problems.byField());
        model.addAttribute("username", username);
        model.addAttribute("role", Role.ofAccount(role).map(Role::word).orElse(""));
        return "account/users";
    }

    private String accountPage(String username, Model model, FieldProblems problems) {
        Account account = accounts.find(username).orElseThrow(
                () -> new NotFoundException("account", username));
        List<ApiToken> tokens = accounts.tokens(account.username());
        Instant lastUse = tokens.stream().map(ApiToken::lastUsedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        model.addAttribute("account", AccountLine.of(account, lastUse, clock.instant()));
        model.addAttribute("tokens", tokens.stream().map(TokenLine::of).toList());
        model.addAttribute("problems", problems.byField());
        model.addAttribute("auditLink", "/admin/audit/" + Accounts.RECORD_TYPE + "/" + account.username());
        return "account/user";
    }

    @FunctionalInterface
    private interface VersionedChange {
        void apply(int version);
    }

    /** A token as the account page lists it. */
    record TokenLine(long id, String label, String created, String lastUsed, String revoked) {
        static TokenLine of(ApiToken token) {
            return new TokenLine(token.id(), token.label(), AccountLine.time(token.createdAt()),
                    token.lastUsedAt() == null ? "never" : AccountLine.time(token.lastUsedAt()),
                    AccountLine.time(token.revokedAt()));
        }
    }
}
