package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.source.TestPdfs.Page;
import org.junit.jupiter.api.Test;

class SourceDecoderPdfTest {
    private final SourceDecoder decoder = new SourceDecoder(SourceDecoder.DEFAULT_MAX_BYTES);

    @Test
    void extractsTheTextLayerKeepingLineBreaks() throws NoteReadException {
        byte[] pdf = TestPdfs.pdf(Page.of("Information Note", "Event: Regional Workshop", "Belgrade, Serbia"));

        DecodedSource decoded = decoder.decode(pdf);

        assertThat(decoded.mediaType()).isEqualTo(MediaTypes.PDF);
        assertThat(decoded.text()).isEqualTo("Information Note\nEvent: Regional Workshop\nBelgrade, Serbia");
    }

    @Test
    void separatesPagesWithABlankLineAndDropsALonePageNumberAtTheBottom() throws NoteReadException {
        byte[] pdf = TestPdfs.pdf(
                Page.of("1. Conference Objectives", "To exchange national experiences").withFooter("1"),
                Page.of("2. Background", "The workshop was a follow-up").withFooter("- 2 -"));

        assertThat(decoder.decode(pdf).text()).isEqualTo(
                "1. Conference Objectives\nTo exchange national experiences\n\n2. Background\nThe workshop was a follow-up");
    }

    @Test
    void dropsAPageNumberHeaderAtTheTopOfAPage() throws NoteReadException {
        byte[] pdf = TestPdfs.pdf(Page.of("Page 2 of 3", "Highlights of the workshop"));

        assertThat(decoder.decode(pdf).text()).isEqualTo("Highlights of the workshop");
    }

    @Test
    void keepsNumbersThatAreNotAloneAtAPageEdge() throws NoteReadException {
        byte[] pdf = TestPdfs.pdf(Page.of("Participants", "12", "States in the region"));

        assertThat(decoder.decode(pdf).text()).isEqualTo("Participants\n12\nStates in the region");
    }

    @Test
    void findsThePdfHeaderAfterAFewBytesOfJunk() throws NoteReadException {
        byte[] pdf = TestPdfs.pdf(Page.of("Regional Workshop"));
        byte[] junk = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', 'y', '\n'};
        byte[] withJunk = new byte[junk.length + pdf.length];
        System.arraycopy(junk, 0, withJunk, 0, junk.length);
        System.arraycopy(pdf, 0, withJunk, junk.length, pdf.length);

        DecodedSource decoded = decoder.decode(withJunk);

        assertThat(decoded.mediaType()).isEqualTo(MediaTypes.PDF);
        assertThat(decoded.text()).isEqualTo("Regional Workshop");
    }

    @Test
    void refusesAPdfEncryptedWithAUserPassword() {
        byte[] pdf = TestPdfs.encryptedPdf("secret", Page.of("Confidential"));

        assertThatThrownBy(() -> decoder.decode(pdf))
                .isInstanceOf(NoteReadException.class)
                .hasMessage("the PDF is encrypted with a password");
    }

    @Test
    void readsAPdfWithOnlyAnOwnerPassword() throws NoteReadException {
        byte[] pdf = TestPdfs.encryptedPdf("", Page.of("Restricted but readable"));

        assertThat(decoder.decode(pdf).text()).isEqualTo("Restricted but readable");
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = TestPdfs.pdf(Page.of("Information Note", "Event: Regional Workshop"));
        byte[] truncated = Arrays.copyOf(pdf, 60);

        assertThatThrownBy(() -> decoder.decode(truncated)).hasMessage("the PDF is damaged and cannot be read");
    }

    @Test
    void refusesAHeaderWithNothingBehindIt() {
        byte[] bytes = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessage("the PDF is damaged and cannot be read");
    }

    @Test
    void refusesAPdfWithoutTextLayer() {
        byte[] scan = TestPdfs.pdfWithoutText(2);

        assertThatThrownBy(() -> decoder.decode(scan))
                .hasMessage("the PDF has no text layer (a scan?); OCR it first");
    }

    @Test
    void refusesAPdfWithTooManyPages() {
        byte[] pdf = TestPdfs.emptyPages(PdfTextExtractor.MAX_PAGES + 1);

        assertThatThrownBy(() -> decoder.decode(pdf))
                .hasMessage("the PDF has 501 pages; the limit for a note is 500 pages");
    }
}
