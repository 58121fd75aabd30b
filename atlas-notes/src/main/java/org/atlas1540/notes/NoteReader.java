package org.atlas1540.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.citations.CitationFinder;
import org.atlas1540.notes.dates.DateMatch;
import org.atlas1540.notes.dates.DateRangeParser;
import org.atlas1540.notes.facts.FactReader;
import org.atlas1540.notes.kinds.EventKindClassifier;
import org.atlas1540.notes.layout.FieldLabel;
import org.atlas1540.notes.layout.HeaderField;
import org.atlas1540.notes.layout.LayoutReader;
import org.atlas1540.notes.layout.NoteLayout;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.parties.PartyListReader;
import org.atlas1540.notes.source.DecodedSource;
import org.atlas1540.notes.source.SourceDecoder;
import org.atlas1540.notes.text.Spaces;
import org.atlas1540.notes.text.TextNormaliser;
import org.atlas1540.notes.text.Warnings;
import org.atlas1540.notes.topics.TopicDetector;
import org.atlas1540.notes.venue.VenueReader;
import org.atlas1540.reference.ReferenceData;

/**
 * Reads information notes. Build one and reuse it: it holds the gazetteers built from the reference
 * data, is immutable, and is safe to use from many threads at once.
 *
 * <p>The only exception it throws for bad input is {@link NoteReadException}, whose message says
 * what is wrong with the file in words meant for the person who gave it.
 */
public final class NoteReader {
    private static final HexFormat HEX = HexFormat.of();
    /** Never updated, only copied (see {@link #sha256}). */
    private static final MessageDigest UNUSED_SHA256 = newSha256();
    private final SourceDecoder decoder;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final LayoutReader layouts = new LayoutReader();
    private final DateRangeParser dates = new DateRangeParser();
    private final EventKindClassifier kinds = new EventKindClassifier();
    private final TopicDetector topics = new TopicDetector();
    private final CitationFinder citations = new CitationFinder();
    private final long maxBytes;
    private final PartyListReader parties;
    private final VenueReader venues;
    private final FactReader facts;

    /** A reader with the standard reference data and the default size limit (20 MiB). */
    public NoteReader() {
        this(ReferenceData.standard(), SourceDecoder.DEFAULT_MAX_BYTES);
    }

    public NoteReader(ReferenceData reference, long maxBytes) {
        var names = new NameIndex(reference);
        this.maxBytes = maxBytes;
        this.decoder = new SourceDecoder(maxBytes);
        this.parties = new PartyListReader(names);
        this.venues = new VenueReader(names);
        this.facts = new FactReader(names, dates, venues, topics);
    }

    /** Reads the note in a file. */
    public Note read(Path path) throws NoteReadException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new NoteReadException("this is a directory, not a file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new NoteReadException(SourceDecoder.tooLarge(size, maxBytes));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
        } catch (NoSuchFileException e) {
            throw new NoteReadException("no such file");
        } catch (IOException e) {
            throw new NoteReadException("the file cannot be read: " + e.getClass().getSimpleName().replace("Exception", "").toLowerCase());
        }
        return read(path.toString(), bytes);
    }

    /** Reads a note from its bytes; {@code path} is only recorded, never opened. */
    public Note read(String path, byte[] bytes) throws NoteReadException {
        DecodedSource decoded = decoder.decode(bytes);
        var source = new SourceInfo(path, sha256(bytes), decoded.mediaType());
        return readDecoded(source, decoded.text());
    }

    private Note readDecoded(SourceInfo source, String decoded) throws NoteReadException {
        String text = normaliser.normalise(decoded);
        if (text.isBlank()) {
            throw new NoteReadException("the file has no text");
        }
        NoteLayout layout = layouts.read(text);
        if (!looksLikeNote(text, layout)) {
            throw new NoteReadException("this does not look like an information note: it has no header of "
                    + "labelled fields (Event, Organiser, Date and Venue, Participants)");
        }
        var warnings = new Warnings(text);

        Optional<HeaderField> event = layout.field(FieldLabel.EVENT);
        String title = event.map(f -> f.valueText(text)).filter(t -> !t.isEmpty()).orElse(null);
        if (title == null) {
            warnings.add("no Event (or Title) field: the event has no title");
        }

        DateRange range = null;
        String venueText = null;
        int venueOffset = 0;
        Optional<HeaderField> dateAndVenue = layout.field(FieldLabel.DATE_AND_VENUE);
        Optional<HeaderField> dateField = layout.field(FieldLabel.DATE);
        Optional<HeaderField> venueField = layout.field(FieldLabel.VENUE);
        if (dateAndVenue.isPresent()) {
            HeaderField field = dateAndVenue.get();
            String value = field.value().of(text);
            Optional<DateMatch> date = dates.find(value);
            range = date.map(DateMatch::range).orElse(null);
            venueText = date.map(d -> value.substring(0, d.start()) + " " + value.substring(d.end())).orElse(value);
            venueOffset = field.value().start();
            if (date.isEmpty()) {
                warnings.at(venueOffset, "no date could be read from '" + field.valueText(text) + "'");
            }
        }
        if (range == null && dateField.isPresent()) {
            range = dates.find(dateField.get().value().of(text)).map(DateMatch::range).orElse(null);
            if (range == null) {
                warnings.at(dateField.get().value().start(),
                        "no date could be read from '" + dateField.get().valueText(text) + "'");
            }
        }
        if (venueField.isPresent()) {
            venueText = venueField.get().value().of(text);
            venueOffset = venueField.get().value().start();
        }
        if (dateAndVenue.isEmpty() && dateField.isEmpty()) {
            warnings.add("no Date field: the event has no dates");
        }
        Venue venue = venueText == null ? null : venues.read(trimPunctuation(venueText), warnings, venueOffset);
        if (venue == null) {
            warnings.add("no Venue: the event has no place");
        }

        List<Party> organisers = partiesOf(layout, FieldLabel.ORGANISERS, text, warnings);
        List<Party> participants = partiesOf(layout, FieldLabel.PARTICIPANTS, text, warnings);
        EventKind kind = title == null ? EventKind.OTHER : kinds.classify(title);

        List<Span> body = layout.sections().stream().filter(s -> s.kind() != SectionKind.OBJECTIVES)
                .map(Section::span).toList();
        List<Topic> noteTopics = topics.detect(topicText(text, title, layout));
        var noteFacts = new ArrayList<>(facts.read(text, body, venue == null ? null : venue.country()));
        visitReported(kind, venue, range, event, noteFacts);

        return new Note(source, text, title, kind, range, venue, organisers, participants, layout.sections(),
                noteTopics, citations.resolutions(text), citations.emails(text), citations.urls(text), noteFacts,
                warnings.toList());
    }

    /** A note about a country visit reports a visit that was conducted, to the State of its venue. */
    private static void visitReported(EventKind kind, Venue venue, DateRange range, Optional<HeaderField> event,
            List<Fact> facts) {
        if (kind != EventKind.COUNTRY_VISIT || venue == null || venue.country() == null || event.isEmpty()) {
            return;
        }
        boolean known = facts.stream().anyMatch(f -> f instanceof CountryVisitFact v && v.state().equals(venue.country()));
        if (!known) {
            facts.add(0, new CountryVisitFact(venue.country(), "conducted", range == null ? null : range.start().getYear(),
                    event.get().value()));
        }
    }

    private List<Party> partiesOf(NoteLayout layout, FieldLabel label, String text, Warnings warnings) {
        Optional<HeaderField> field = layout.field(label);
        if (field.isEmpty()) {
            warnings.add("no " + (label == FieldLabel.ORGANISERS ? "Organiser" : "Participants") + " field");
            return List.of();
        }
        return parties.read(text, field.get().value(), field.get().labelText(), warnings);
    }

    /** The title, a line break and the body (the body alone without a title), as one array made once. */
    private static char[] topicText(String text, String title, NoteLayout layout) {
        int bodyStart = layout.bodyStart();
        int bodyAt = title == null ? 0 : title.length() + 1;
        char[] chars = new char[bodyAt + text.length() - bodyStart];
        if (title != null) {
            title.getChars(0, title.length(), chars, 0);
            chars[title.length()] = '\n';
        }
        text.getChars(bodyStart, text.length(), chars, bodyAt);
        return chars;
    }

    /** A note has a header of labelled fields: at least two, or one under an "Information Note" title. */
    private static boolean looksLikeNote(String text, NoteLayout layout) {
        int fields = layout.fields().size();
        return fields >= 2 || (fields == 1 && text.regionMatches(true, 0, "Information Note", 0, 16));
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (Character.isWhitespace(s.charAt(start)) || ",;:-–—".indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || ",;:-–—".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return Spaces.collapse(s.substring(start, end));
    }

    /**
     * The SHA-256 of the bytes, in hexadecimal. Each note's digest is a copy of one never used:
     * copying is cheaper than asking the security providers for a new one every time.
     */
    private static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(((MessageDigest) UNUSED_SHA256.clone()).digest(bytes));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this Java runtime's SHA-256 cannot be copied", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
