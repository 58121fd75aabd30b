package org.atlas1540.notes.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atlas1540.notes.NoteReadException;

/**
 * Extracts the text layer of a PDF with PDFBox: text sorted by position on the page, line breaks
 * kept, pages separated by a blank line, page numbers alone at a page's start or end dropped (see
 * {@link PageNumberLines}).
 *
 * <p>Limits: the PDF is parsed from the byte array already in memory, with PDFBox's scratch memory
 * capped at {@value #MAX_SCRATCH_BYTES} bytes, and no more than {@value #MAX_PAGES} pages are read.
 * Every failure of PDFBox becomes a {@link NoteReadException}; running out of memory on a hostile
 * file (PDFBox decodes content streams without a limit) is caught here as a last resort, where the
 * half-built document is garbage as soon as the call ends.
 */
final class PdfTextExtractor {
    static final int MAX_PAGES = 500;
    static final long MAX_SCRATCH_BYTES = 256L * 1024 * 1024;

    static final String ENCRYPTED = "the PDF is encrypted with a password";
    static final String DAMAGED = "the PDF is damaged and cannot be read";
    static final String NO_TEXT = "the PDF has no text layer (a scan?); OCR it first";
    static final String TOO_COMPLEX = "the PDF is too large or too complex to read";

    private PdfTextExtractor() {
    }

    static String extract(byte[] bytes) throws NoteReadException {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH_BYTES).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new NoteReadException("the PDF has " + pages + " pages; the limit for a note is "
                        + MAX_PAGES + " pages");
            }
            String text = joinPages(PageStripper.pagesOf(document));
            if (PlainTextDecoder.isBlank(text)) {
                throw new NoteReadException(NO_TEXT);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new NoteReadException(ENCRYPTED, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new NoteReadException(DAMAGED, e);
        } catch (OutOfMemoryError e) {
            throw new NoteReadException(TOO_COMPLEX, e);
        }
    }

    private static String joinPages(List<String> pages) {
        StringBuilder text = new StringBuilder();
        for (String page : pages) {
            String kept = PageNumberLines.strip(page);
            if (!kept.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(kept);
            }
        }
        return text.toString();
    }

    /** A text stripper that hands out the text of each page on its own. */
    private static final class PageStripper extends PDFTextStripper {
        private final StringWriter output = new StringWriter();
        private final List<String> pages = new ArrayList<>();

        private PageStripper() {
            setSortByPosition(true);
            setLineSeparator("\n");
            setPageStart("");
            setPageEnd("");
        }

        static List<String> pagesOf(PDDocument document) throws IOException {
            PageStripper stripper = new PageStripper();
            stripper.writeText(document, stripper.output);
            return stripper.pages;
        }

        @Override
        protected void startPage(PDPage page) {
            output.getBuffer().setLength(0);
        }

        @Override
        protected void endPage(PDPage page) {
            pages.add(output.toString());
            output.getBuffer().setLength(0);
        }
    }
}
