package org.atlas1540.notes.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds DOCX files and other ZIP archives for tests. */
final class TestDocx {
    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    private TestDocx() {
    }

    /**
     * An information note in miniature: a page header, a heading, a two-column header table (with a
     * label over two paragraphs and a value over two paragraphs), a paragraph with a footnote, a
     * heading and a bulleted list.
     */
    static byte[] informationNote() {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("PAGE HEADER");
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("PAGE FOOTER");

            XWPFParagraph title = document.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("Information Note");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("For information, not an official report.");
            XWPFRun mark = title.createRun();
            mark.getCTR().addNewFootnoteReference().setId(footnote.getId());

            XWPFTable table = document.createTable(3, 2);
            cell(table, 0, 0, "Event");
            cell(table, 0, 1, "Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
            cell(table, 1, 0, "Date and", "Venue");
            cell(table, 1, 1, "9-10 May 2013, Belgrade, Serbia");
            cell(table, 2, 0, "Participants");
            cell(table, 2, 1, "States: Albania, Croatia", "Organisations: OSCE, UNODA");

            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("1. Conference Objectives");
            document.createParagraph().createRun().setText("The workshop had two aims:");

            BigInteger bullets = bulletNumbering(document);
            for (String item : new String[] {"to exchange national experiences", "to discuss action plans"}) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(bullets);
                paragraph.createRun().setText(item);
            }
            XWPFParagraph last = document.createParagraph();
            XWPFRun run = last.createRun();
            run.setText("First line");
            run.addBreak();
            run.setText("second line");
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTable table, int row, int column, String... paragraphs) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    private static BigInteger bulletNumbering(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static byte[] save(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    /** A ZIP of the given entries (name, then text content, alternately). */
    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP holding one file stored without compression, so its bytes show as they are. */
    static byte[] storedZip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip bomb dressed as a DOCX: {@code [Content_Types].xml} and a {@code word/document.xml} of
     * {@code megabytes} MB of spaces, streamed through the deflater (a few hundred KB in the end).
     */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            writeSpaces(zip, megabytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeSpaces(OutputStream out, int megabytes) throws IOException {
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
            out.write(spaces);
        }
    }

    /**
     * Rewrites, in the central directory, the declared uncompressed size of {@code name} to equal its
     * compressed size: the archive then lies about how far it expands.
     */
    static byte[] lieAboutSize(byte[] zip, String name) {
        byte[] copy = zip.clone();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = copy.length - 46; i >= 0; i--) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2
                    && FormatSniffer.regionMatches(copy, i + 46, nameBytes)) {
                System.arraycopy(copy, i + 20, copy, i + 24, 4);
                return copy;
            }
        }
        throw new IllegalArgumentException("no central directory entry for " + name);
    }
}
