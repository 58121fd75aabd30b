package org.atlas1540.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code atlas user add|token|list} end to end on an H2 folder: the password comes from standard input only. */
class UserCommandTest {

    @Test
    void anAccountIsMadeWithThePasswordFromStandardInputThenListedAndGivenAToken() {
        String data = TestData.newDirectory("user-command").resolve("db").toString();

        var added = run("a long enough password\n", "user", "add", "ana", "--role", "editor", "--data", data);
        var listed = run("", "user", "list", "--data", data);
        var token = run("", "user", "token", "ana", "--label", "nightly import", "--data", data);

        assertThat(added.code).as(added.err).isZero();
        assertThat(added.out).contains("Account 'ana' made (editor)");
        assertThat(listed.out).containsPattern("ana\\s+editor");
        assertThat(token.code).isZero();
        assertThat(token.out.strip()).startsWith("atlas_");
        assertThat(token.err).contains("It is not shown again");
    }

    @Test
    void withoutAPasswordOrWithABadOneNothingIsMadeAndTheReasonIsSaid() {
        String data = TestData.newDirectory("user-command").resolve("db").toString();

        var none = run("", "user", "add", "ana", "--role", "editor", "--data", data);
        var tooShort = run("short\n", "user", "add", "ana", "--role", "editor", "--data", data);
        var badRole = run("a long enough password\n", "user", "add", "ana", "--role", "owner", "--data", data);
        var listed = run("", "user", "list", "--data", data);

        assertThat(none.code).isNotZero();
        assertThat(none.err).contains("no password on standard input");
        assertThat(tooShort.code).isNotZero();
        assertThat(tooShort.err).contains("at least 12 characters");
        assertThat(badRole.code).isNotZero();
        assertThat(badRole.err).contains("--role must be editor or admin, not 'owner'");
        assertThat(listed.out).contains("No accounts yet");
    }

    @Test
    void thePasswordCannotBeGivenAsAnArgument() {
        var result = run("", "user", "add", "ana", "--role", "editor", "--password", "a long enough password");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("Unknown options: '--password'");
    }

    private static Result run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var out = new StringWriter();
            var err = new StringWriter();
            int code = new CommandLine(new Main()).setExecutionExceptionHandler(new StartFailures())
                    .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    private record Result(int code, String out, String err) {
    }
}
