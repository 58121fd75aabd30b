package org.atlas1540.server.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a note as text: the title line with its footnote marker, the header, the numbered or
 * unnumbered sections, and the footnote, at the end or where a page broke (between paragraphs,
 * now and then in the middle of a sentence, as text taken from a PDF has it).
 */
final class NoteText {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    enum Numbering {
        NONE, ARABIC, ROMAN
    }

    private NoteText() {
    }

    static String write(String header, List<Section> sections, Pick pick) {
        String marker = pick.chance(0.85) ? "¹" : "*";
        String footnote = marker + " For information only: this is not an official record of the event. What it says is "
                + "not necessarily the view of the 1540 Committee, nor of those who organised or attended the event.";
        Numbering numbering = pick.oneOf(Numbering.values());
        var blocks = new ArrayList<String>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            blocks.add(number(numbering, i) + section.heading());
            var items = new StringBuilder();
            for (String paragraph : section.paragraphs()) {
                if (paragraph.startsWith("- ")) {
                    items.append(items.length() == 0 ? "" : "\n").append(paragraph);
                } else {
                    if (items.length() > 0) {
                        blocks.add(items.toString());
                        items.setLength(0);
                    }
                    blocks.add(paragraph);
                }
            }
            if (items.length() > 0) {
                blocks.add(items.toString());
            }
        }
        placeFootnote(blocks, footnote, pick);
        var text = new StringBuilder();
        text.append("\n".repeat(pick.between(0, 2))).append("Information Note").append(marker).append("\n\n");
        text.append(header).append("\n\n");
        text.append(String.join("\n\n", blocks)).append('\n');
        return text.toString();
    }

    private static void placeFootnote(List<String> blocks, String footnote, Pick pick) {
        double where = pick.between(0, 99) / 100.0;
        if (where < 0.6 || blocks.size() < 4) {
            blocks.add(pick.chance(0.3) ? "_______________\n" + footnote : footnote);
            return;
        }
        int at = pick.between(2, blocks.size() - 1);
        String block = blocks.get(at);
        int split = where < 0.8 ? -1 : sentenceBreak(block);
        if (split < 0 || block.startsWith("- ")) {
            blocks.add(at, footnote);
        } else {
            blocks.set(at, block.substring(0, split));
            blocks.add(at + 1, footnote);
            blocks.add(at + 2, block.substring(split + 1));
        }
    }

    /** A space near the middle of a paragraph after which a word in lower case goes on; -1 if none. */
    private static int sentenceBreak(String paragraph) {
        for (int i = paragraph.length() / 2; i < paragraph.length() - 1; i++) {
            if (paragraph.charAt(i) == ' ' && Character.isLowerCase(paragraph.charAt(i + 1))
                    && Character.isLetter(paragraph.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static String number(Numbering numbering, int i) {
        return switch (numbering) {
            case NONE -> "";
            case ARABIC -> (i + 1) + ". ";
            case ROMAN -> ROMAN[i] + ". ";
        };
    }
}
