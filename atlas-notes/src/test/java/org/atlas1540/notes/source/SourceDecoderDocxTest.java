package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;

import org.atlas1540.notes.NoteReadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceDecoderDocxTest {
    private static byte[] bomb;

    private final SourceDecoder decoder = new SourceDecoder(SourceDecoder.DEFAULT_MAX_BYTES);

    @BeforeAll
    static void buildTheZipBombOnce() {
        bomb = TestDocx.zipBomb(200);
    }

    @Test
    void extractsTheBodyWithTheHeaderTableHeadingsAndList() throws NoteReadException {
        DecodedSource decoded = decoder.decode(TestDocx.informationNote());

        assertThat(decoded.mediaType()).isEqualTo(MediaTypes.DOCX);
        assertThat(decoded.text()).isEqualTo(""
                + "Information Note\n"
                + "Event\tRegional Workshop on the Implementation of UNSC Resolution 1540 (2004)\n"
                + "Date and Venue\t9-10 May 2013, Belgrade, Serbia\n"
                + "Participants\tStates: Albania, Croatia\nOrganisations: OSCE, UNODA\n"
                + "\n"
                + "1. Conference Objectives\n"
                + "The workshop had two aims:\n"
                + "- to exchange national experiences\n"
                + "- to discuss action plans\n"
                + "First line\nsecond line\n");
    }

    @Test
    void leavesOutPageHeadersFootersAndFootnotes() throws NoteReadException {
        String text = decoder.decode(TestDocx.informationNote()).text();

        assertThat(text).doesNotContain("PAGE HEADER", "PAGE FOOTER", "official report", "footnoteRef");
    }

    @Test
    void writesOneLinePerParagraph() throws NoteReadException {
        assertThat(decoder.decode(TestDocx.docx("First paragraph.", "", "Second paragraph.")).text())
                .isEqualTo("First paragraph.\n\nSecond paragraph.\n");
    }

    @Test
    void refusesADocxWithoutText() {
        assertThatThrownBy(() -> decoder.decode(TestDocx.docx(" ", "")))
                .isInstanceOf(NoteReadException.class)
                .hasMessage("the DOCX has no text");
    }

    @Test
    void refusesATruncatedDocx() {
        byte[] docx = TestDocx.informationNote();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        assertThatThrownBy(() -> decoder.decode(truncated)).hasMessage("the DOCX is damaged and cannot be read");
    }

    @Test
    void refusesADocxWhosePartsAreNotXml() {
        byte[] docx = TestDocx.zip("[Content_Types].xml", "not xml at all", "word/document.xml", "neither is this");

        assertThatThrownBy(() -> decoder.decode(docx)).hasMessage("the DOCX is damaged and cannot be read");
    }

    @Test
    void refusesAZipBombFromItsDirectoryAtOnce() {
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long start = System.nanoTime();
        assertThatThrownBy(() -> decoder.decode(bomb)).hasMessage("the DOCX expands to more than 64 MB");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSizeWhileInflating() {
        byte[] liar = TestDocx.lieAboutSize(bomb, "word/document.xml");

        long start = System.nanoTime();
        assertThatThrownBy(() -> decoder.decode(liar)).hasMessageStartingWith("the DOCX looks like a zip bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesAPartThatInflatesMoreThanAHundredTimes() {
        byte[] small = TestDocx.zipBomb(2);

        assertThatThrownBy(() -> decoder.decode(small)).hasMessage(
                "the DOCX looks like a zip bomb: a part expands more than 100 times its compressed size");
    }
}
