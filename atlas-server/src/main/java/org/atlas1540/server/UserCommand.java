package org.atlas1540.server;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.atlas1540.server.account.AccountProblem;
import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.account.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./atlas user add NAME --role editor|admin} and {@code ./atlas user token NAME --label L}. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Accounts of the people who may sign in.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.ListAccounts.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs work against the accounts as the command line's operator, which the audit log names. */
    static int withAccounts(ServerOptions options, CommandSpec spec, AccountsWork work) {
        try (ConfigurableApplicationContext context = Applications.start(options, WebApplicationType.NONE,
                List.of("--atlas.demo=false", "--atlas.search.sync-on-start=false",
                        "--logging.level.org.atlas1540=WARN"))) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "command line (" + System.getProperty("user.name", "unknown") + ")", null,
                    AuthorityUtils.NO_AUTHORITIES));
            try {
                return work.run(context.getBean(Accounts.class), spec.commandLine().getOut());
            } catch (AccountProblem problem) {
                spec.commandLine().getErr().println("atlas user: " + problem.getMessage());
                return 1;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    interface AccountsWork {
        int run(Accounts accounts, PrintWriter out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Make an account. The password is read from standard input (typed twice at a terminal), "
                    + "never from the command line.", "Example: ./atlas user add ana --role editor"})
    static final class Add implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name: lower-case letters, digits, '.', '-', '_'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "editor (imports, edits, confirms) or admin (also manages accounts).")
        String role;

        @Override
        public Integer call() throws IOException {
            var chosen = Role.ofAccount(role);
            if (chosen.isEmpty()) {
                spec.commandLine().getErr().println("atlas user add: --role must be editor or admin, not '" + role + "'.");
                return 2;
            }
            char[] password = readPassword(spec);
            if (password == null) {
                return 1;
            }
            try {
                return withAccounts(options, spec, (accounts, out) -> {
                    var account = accounts.add(name, chosen.get(), password);
                    out.printf("Account '%s' made (%s). It can sign in at /login.%n", account.username(),
                            account.role().word());
                    return 0;
                });
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Make an API token for an account, for programs that use the write API. "
                    + "It is shown once; keep it secret.")
    static final class Token implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The account the token acts for.")
        String name;

        @Option(names = "--label", required = true, paramLabel = "TEXT",
                description = "What the token is for, to recognise it later (\"nightly import\").")
        String label;

        @Override
        public Integer call() {
            return withAccounts(options, spec, (accounts, out) -> {
                String token = accounts.issueToken(name, label);
                out.println(token);
                spec.commandLine().getErr().println("Token for '" + name + "' made. Send it as "
                        + "'Authorization: Bearer <token>'. It is not shown again.");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withAccounts(options, spec, (accounts, out) -> {
                var all = accounts.all();
                if (all.isEmpty()) {
                    out.println("No accounts yet. Make one with: ./atlas user add NAME --role admin");
                }
                all.forEach(a -> out.printf("%-24s %-7s%s%n", a.username(), a.role().word(),
                        a.enabled() ? "" : " (disabled)"));
                return 0;
            });
        }
    }

    /** From the terminal, without echo, typed twice; otherwise the first line of standard input. */
    static char[] readPassword(CommandSpec spec) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password (at least 12 characters): ");
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                spec.commandLine().getErr().println("atlas user add: the two passwords differ; nothing was made.");
                return null;
            }
            Arrays.fill(second, '\0');
            return first;
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            spec.commandLine().getErr().println("atlas user add: no password on standard input; nothing was made. "
                    + "Example: printf '%s\\n' \"$PASSWORD\" | ./atlas user add NAME --role editor");
            return null;
        }
        return line.toCharArray();
    }
}
