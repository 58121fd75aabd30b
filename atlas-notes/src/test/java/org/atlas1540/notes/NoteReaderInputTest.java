package org.atlas1540.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same note in every input form the reader accepts, and bad input refused with a clear message. */
class NoteReaderInputTest {
    private static final NoteReader READER = new NoteReader();
    private static final String NOTE = """
            Information Note¹

            Event\tSub-regional Workshop on Export Controls
            Organisers\tGovernment of Côte d’Ivoire with the support of UNODA
            Date and Venue\t23–24 September 2014, Abidjan, Côte d’Ivoire
            Participants\tStates: Ghana, Togo, Niger and Nigeria Other: WCO

            Background

            The workshop followed up on the national report of the host.
            """;

    private static Note read(byte[] bytes) throws NoteReadException {
        return READER.read("test", bytes);
    }

    private static void assertReadsTheNote(Note note) {
        assertThat(note.title()).isEqualTo("Sub-regional Workshop on Export Controls");
        assertThat(note.dates().start()).hasToString("2014-09-23");
        assertThat(note.dates().end()).hasToString("2014-09-24");
        assertThat(note.venue().country().value()).isEqualTo("CIV");
        assertThat(note.organisers()).extracting(Party::id).containsExactly("CIV", "UNODA");
        assertThat(note.participants()).extracting(Party::id).containsExactly("GHA", "TGO", "NER", "NGA", "WCO");
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        assertReadsTheNote(read(NOTE.getBytes(StandardCharsets.UTF_8)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertReadsTheNote(read(concat(bom, NOTE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        assertReadsTheNote(read(NOTE.getBytes(StandardCharsets.UTF_16)));
        assertReadsTheNote(read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, NOTE.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        Note note = read(NOTE.replace("¹", "").getBytes(Charset.forName("windows-1252")));
        assertReadsTheNote(note);
        assertThat(note.text()).contains("Côte d’Ivoire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void readsWindowsAndOldMacLineEndsAndNonBreakingSpaces(String lineEnd) throws Exception {
        String text = NOTE.replace("\n", lineEnd).replace("Export Controls", "Export\u00A0Controls");
        Note note = read(text.getBytes(StandardCharsets.UTF_8));
        assertReadsTheNote(note);
        assertThat(note.text()).doesNotContain("\r").doesNotContain("\u00A0");
    }

    @Test
    void readsAPdfNoteLikeItsText() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            var page = new PDPage();
            pdf.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : NOTE.replace("¹", "").replace("Côte d’Ivoire", "Cote d'Ivoire").replace("–", "-")
                        .replace("\t", ": ").split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(out);
        }
        Note note = read(out.toByteArray());
        assertThat(note.source().mediaType()).isEqualTo("application/pdf");
        assertReadsTheNote(note);
    }

    @Test
    void readsADocxNoteWhoseHeaderIsATable() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("Information Note");
            XWPFTable table = docx.createTable(4, 2);
            String[][] rows = {
                {"Event", "Sub-regional Workshop on Export Controls"},
                {"Organisers", "Government of Côte d’Ivoire with the support of UNODA"},
                {"Date and Venue", "23–24 September 2014, Abidjan, Côte d’Ivoire"},
                {"Participants", "States: Ghana, Togo, Niger and Nigeria Other: WCO"}};
            for (int r = 0; r < rows.length; r++) {
                table.getRow(r).getCell(0).setText(rows[r][0]);
                table.getRow(r).getCell(1).setText(rows[r][1]);
            }
            docx.createParagraph().createRun().setText("Background");
            docx.createParagraph().createRun().setText("The workshop followed up on the national report of the host.");
            docx.write(out);
        }
        Note note = read(out.toByteArray());
        assertThat(note.source().mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertReadsTheNote(note);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(NoteReadException.class).hasMessage("the file is empty");
    }

    @Test
    void refusesABinaryFile() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(NoteReadException.class)
                .hasMessage("the file is binary, not text, PDF or DOCX");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (var channel = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 50L * 1024 * 1024 - 1); // sparse 50 MB
        }
        assertThatThrownBy(() -> READER.read(huge)).isInstanceOf(NoteReadException.class)
                .hasMessage("the file is 50.0 MB; the limit for a note is 20.0 MB");
    }

    @Test
    void refusesAMissingFileAndADirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> READER.read(dir.resolve("absent.txt"))).hasMessage("no such file");
        assertThatThrownBy(() -> READER.read(dir)).hasMessage("this is a directory, not a file");
    }

    @Test
    void refusesATextThatIsNotANote() {
        byte[] recipe = "Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(recipe)).isInstanceOf(NoteReadException.class)
                .hasMessageStartingWith("this does not look like an information note");
    }

    @Test
    void keepsScriptInANoteAsTextAndStripsOnlyFormattingTags() throws Exception {
        String hostile = NOTE.replace("Background\n\n", "Background\n\n<script>alert('x')</script> <i>Note</i> ");
        Note note = read(hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(note.sections().get(0).text()).startsWith("<script>alert('x')</script> Note ");
        assertThat(NoteJson.toJson(note)).contains("<script>alert('x')</script>");
    }

    @Test
    void warnsAboutMissingFieldsInsteadOfFailing() throws Exception {
        Note note = read("Information Note\n\nEvent: Meeting on reporting\nParticipants: Chile\n".getBytes(StandardCharsets.UTF_8));
        assertThat(note.dates()).isNull();
        assertThat(note.venue()).isNull();
        assertThat(note.warnings()).contains("no Date field: the event has no dates", "no Venue: the event has no place",
                "no Organiser field");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), NOTE);
        Note note = READER.read(file);
        assertReadsTheNote(note);
        assertThat(note.source().path()).isEqualTo(file.toString());
        assertThat(note.source().sha256()).hasSize(64);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
