package org.atlas1540.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code atlas parse} and {@code atlas eval} through their command line, as a user runs them. */
class ParseCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTE = "Information Note\n\nEvent\tWorkshop on Border Security\n"
            + "Date and Venue\t2 December 2024, Bangkok, Thailand\nParticipants\tStates: Viet Nam, Lao PDR\n\n"
            + "Highlights\n\nThe delegation of Viet Nam identified a need for detection equipment at border crossings.\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path dir;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsOneJsonObjectPerFileInArgumentOrder() throws Exception {
        Path b = Files.writeString(dir.resolve("b.txt"), NOTE);
        Path a = Files.writeString(dir.resolve("a.txt"), NOTE.replace("Bangkok, Thailand", "Hanoi, Viet Nam"));
        assertThat(Main.run("parse", b.toString(), a.toString())).isZero();
        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("source").get("path").asString()).isEqualTo(b.toString());
        assertThat(first.get("source").get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(first.get("title").asString()).isEqualTo("Workshop on Border Security");
        assertThat(first.get("startDate").asString()).isEqualTo("2024-12-02");
        assertThat(first.get("venue").get("country").asString()).isEqualTo("THA");
        assertThat(first.get("participants").get(0).get("id").asString()).isEqualTo("VNM");
        assertThat(first.get("participants").get(0).get("span").size()).isEqualTo(2);
        assertThat(first.get("facts").get(0).get("type").asString()).isEqualTo("assistance-need");
        assertThat(JSON.readTree(lines.get(1)).get("venue").get("country").asString()).isEqualTo("VNM");
    }

    @Test
    void aFileThatCannotBeReadGivesAnErrorLineTheOthersStillComeOutAndTheStatusIsOne() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = Files.writeString(dir.resolve("good.txt"), NOTE);
        assertThat(Main.run("parse", empty.toString(), good.toString(), dir.resolve("absent.txt").toString())).isEqualTo(1);
        List<String> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("error").asString()).isEqualTo("the file is empty");
        assertThat(JSON.readTree(lines.get(1)).get("title").asString()).isEqualTo("Workshop on Border Security");
        assertThat(JSON.readTree(lines.get(2)).get("error").asString()).isEqualTo("no such file");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void aDirectoryStandsForItsFilesInNameOrder() throws Exception {
        Files.writeString(dir.resolve("2.txt"), NOTE);
        Files.writeString(dir.resolve("1.txt"), NOTE);
        assertThat(Main.run("parse", dir.toString())).isZero();
        assertThat(lines()).hasSize(2).first().asString().contains("1.txt");
    }

    @Test
    void textPrintsTheNormalisedTextThatSpansPointInto() throws Exception {
        Path note = Files.writeString(dir.resolve("n.txt"), NOTE.replace("\n", "\r\n"));
        assertThat(Main.run("parse", "--text", note.toString())).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("Information Note\n\nEvent\tWorkshop").doesNotContain("\r");
    }

    @Test
    void prettyPrintsASummaryForAPerson() throws Exception {
        Path note = Files.writeString(dir.resolve("n.txt"), NOTE);
        assertThat(Main.run("parse", "--pretty", note.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Title:        Workshop on Border Security")
                .contains("Viet Nam [VNM]")
                .contains("assistance need of VNM");
    }

    @Test
    void evalScoresNotesAgainstExpectedRecords() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path expected = Files.createDirectories(dir.resolve("expected"));
        Files.writeString(notes.resolve("one.txt"), NOTE);
        Files.writeString(expected.resolve("one.json"), """
                {"title": "Workshop on Border Security", "kind": "workshop", "startDate": "2024-12-02",
                 "endDate": "2024-12-02", "venue": {"city": "Bangkok", "country": "THA"}, "organisers": [],
                 "participants": [{"type": "state", "id": "VNM"}, {"type": "state", "id": "LAO"}],
                 "sections": [{"kind": "highlights", "heading": "Highlights"}], "topics": ["border-security"],
                 "resolutions": [], "emails": [], "urls": [], "facts": [{"type": "assistance-need", "state": "VNM"}]}
                """);
        assertThat(Main.run("eval", notes.toString(), expected.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("notes fully right: 1/1");
    }

    @Test
    void unknownOptionsGiveUsageNotAStackTrace() {
        assertThat(Main.run("parse", "--no-such-option", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option").doesNotContain("at org.");
    }
}
