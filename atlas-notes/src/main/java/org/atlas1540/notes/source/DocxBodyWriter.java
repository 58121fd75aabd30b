package org.atlas1540.notes.source;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Lays out the body of a Word document as text, in document order. Headers, footers, footnotes,
 * endnotes and comments are not body text and are left out (as are the footnote reference marks).
 *
 * <ul>
 *   <li>Each paragraph is one line ending with {@code "\n"}; a line break inside it stays {@code "\n"}.
 *   <li>A paragraph styled as a heading (style "Heading n" or "Title", or any style based on one, or
 *       an outline level) is preceded by a blank line, unless it opens the text.
 *   <li>A list item (a paragraph with numbering, set on it or by its style) starts with {@code "- "},
 *       whatever its bullet or number looked like.
 *   <li>Each table row is one line, its cells separated by a TAB (a TAB inside a cell becomes a
 *       space). Information notes open with a two-column table, label then value
 *       ({@code "Event<TAB>Regional Workshop ..."}), so the columns are joined differently: the
 *       paragraphs of the <em>first</em> (label) column are joined with a space, keeping the label on
 *       one line; those of the other (value) columns are joined with {@code "\n"}, keeping a value's
 *       paragraphs (e.g. "States: ..." and "Organisations: ...") apart. Empty paragraphs in a cell,
 *       and rows with no text at all, are skipped. A table nested in a cell gives one piece per row,
 *       its cells joined with a space.
 * </ul>
 */
final class DocxBodyWriter {
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+]");
    private static final Pattern HEADING_STYLE = Pattern.compile("heading\\s*\\d|title");
    private static final int MAX_STYLE_DEPTH = 16;
    private static final int NO_OUTLINE_LEVEL = 9;

    private final XWPFDocument document;
    private final XWPFStyles styles;
    private final StringBuilder out = new StringBuilder(4096);

    DocxBodyWriter(XWPFDocument document) {
        this.document = document;
        this.styles = document.getStyles();
    }

    String write() {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                writeParagraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                writeTable(table);
            } else if (element instanceof XWPFSDT sdt) {
                writeLine(sdt.getContent().getText());
            }
        }
        return out.toString();
    }

    private void writeParagraph(XWPFParagraph paragraph) {
        if (isHeading(paragraph) && out.length() > 0 && !endsWithBlankLine()) {
            out.append('\n');
        }
        writeLine(paragraphText(paragraph));
    }

    private void writeLine(String line) {
        out.append(line);
        if (!line.endsWith("\n")) {
            out.append('\n');
        }
    }

    private boolean endsWithBlankLine() {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }

    private void writeTable(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<ICell> cells = row.getTableICells();
            StringBuilder line = new StringBuilder();
            boolean hasText = false;
            for (int i = 0; i < cells.size(); i++) {
                String text = cellText(cells.get(i), i == 0);
                hasText |= !text.isBlank();
                if (i > 0) {
                    line.append('\t');
                }
                line.append(text);
            }
            if (hasText) {
                out.append(line).append('\n');
            }
        }
    }

    private String cellText(ICell cell, boolean labelColumn) {
        String separator = labelColumn ? " " : "\n";
        StringBuilder text = new StringBuilder();
        if (cell instanceof XWPFTableCell tableCell) {
            for (IBodyElement element : tableCell.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    appendPiece(text, paragraphText(paragraph), separator);
                } else if (element instanceof XWPFTable nested) {
                    for (XWPFTableRow row : nested.getRows()) {
                        StringBuilder rowText = new StringBuilder();
                        for (ICell nestedCell : row.getTableICells()) {
                            appendPiece(rowText, cellText(nestedCell, true), " ");
                        }
                        appendPiece(text, rowText.toString(), separator);
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    appendPiece(text, sdt.getContent().getText(), separator);
                }
            }
        } else if (cell instanceof XWPFSDTCell sdtCell) {
            appendPiece(text, sdtCell.getContent().getText(), separator);
        }
        String joined = text.toString().replace('\t', ' ');
        return labelColumn ? joined.replace('\n', ' ') : joined;
    }

    private static void appendPiece(StringBuilder text, String piece, String separator) {
        if (piece.isBlank()) {
            return;
        }
        if (text.length() > 0) {
            text.append(separator);
        }
        text.append(piece);
    }

    private String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder(128);
        if (isListItem(paragraph)) {
            text.append("- ");
        }
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                CTR ctr = run.getCTR();
                if (ctr.sizeOfDelTextArray() > 0) {
                    continue; // a deleted run in a document with tracked changes
                }
                String runText = run.text();
                if (ctr.sizeOfFootnoteReferenceArray() > 0 || ctr.sizeOfEndnoteReferenceArray() > 0) {
                    runText = NOTE_REFERENCE.matcher(runText).replaceAll("");
                }
                text.append(runText);
            } else if (element instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        return text.toString();
    }

    private boolean isListItem(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId != null) {
            return numId.signum() != 0; // numbering id 0 switches numbering off
        }
        CTStyle style = style(paragraph.getStyleID());
        for (int depth = 0; style != null && depth < MAX_STYLE_DEPTH; depth++) {
            CTPPrGeneral pPr = style.getPPr();
            if (pPr != null && pPr.getNumPr() != null && pPr.getNumPr().getNumId() != null) {
                BigInteger styleNumId = pPr.getNumPr().getNumId().getVal();
                return styleNumId != null && styleNumId.signum() != 0;
            }
            style = basedOn(style);
        }
        return false;
    }

    private boolean isHeading(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null
                && isOutlineLevel(paragraph.getCTP().getPPr().getOutlineLvl().getVal())) {
            return true;
        }
        String styleId = paragraph.getStyleID();
        if (styleId != null && isHeadingName(styleId)) {
            return true;
        }
        CTStyle style = style(styleId);
        for (int depth = 0; style != null && depth < MAX_STYLE_DEPTH; depth++) {
            if (style.getName() != null && isHeadingName(style.getName().getVal())) {
                return true;
            }
            if (style.getStyleId() != null && isHeadingName(style.getStyleId())) {
                return true;
            }
            CTPPrGeneral pPr = style.getPPr();
            if (pPr != null && pPr.getOutlineLvl() != null && isOutlineLevel(pPr.getOutlineLvl().getVal())) {
                return true;
            }
            style = basedOn(style);
        }
        return false;
    }

    private static boolean isOutlineLevel(BigInteger level) {
        return level != null && level.signum() >= 0 && level.intValue() < NO_OUTLINE_LEVEL;
    }

    private static boolean isHeadingName(String name) {
        return name != null && HEADING_STYLE.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    private CTStyle style(String styleId) {
        if (styleId == null || styles == null) {
            return null;
        }
        XWPFStyle style = styles.getStyle(styleId);
        return style == null ? null : style.getCTStyle();
    }

    private CTStyle basedOn(CTStyle style) {
        return style.getBasedOn() == null ? null : style(style.getBasedOn().getVal());
    }
}
