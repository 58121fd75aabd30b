package org.atlas1540.notes.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds small PDFs for tests with PDFBox. */
final class TestPdfs {
    /** One page: lines written from the top down, and an optional footer line near the bottom edge. */
    record Page(List<String> lines, String footer) {
        static Page of(String... lines) {
            return new Page(List.of(lines), null);
        }

        Page withFooter(String footerLine) {
            return new Page(lines, footerLine);
        }
    }

    private TestPdfs() {
    }

    static byte[] pdf(Page... pages) {
        try (PDDocument document = new PDDocument()) {
            addPages(document, pages);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encryptedPdf(String userPassword, Page... pages) {
        try (PDDocument document = new PDDocument()) {
            addPages(document, pages);
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages with only a filled rectangle each: what a scan looks like to a text extractor. */
    static byte[] pdfWithoutText(int pageCount) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 400, 600);
                    content.fill();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] emptyPages(int pageCount) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pageCount; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addPages(PDDocument document, Page... pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (Page content : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String line : content.lines()) {
                    write(stream, font, 72, y, line);
                    y -= 16;
                }
                if (content.footer() != null) {
                    write(stream, font, 290, 40, content.footer());
                }
            }
        }
    }

    private static void write(PDPageContentStream stream, PDType1Font font, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, 11);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
