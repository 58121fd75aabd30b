package org.atlas1540.server.export;

import org.atlas1540.server.web.SafeCsv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.server.event.EventCatalogue;
import org.atlas1540.server.event.EventQuery;
import org.atlas1540.server.event.EventRecord;
import org.atlas1540.server.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events as CSV and JSON, and the participation matrix as CSV; each with the events list's filters. */
@RestController
@Tag(name = "Exports", description = "Downloads: CSV, JSON and iCalendar")
class EventExportController {
    static final MediaType CSV = SafeCsv.CSV;
    static final List<String> EVENT_COLUMNS = List.of("slug", "title", "kind", "start_date", "end_date", "venue",
            "city", "country", "organisers", "participating_states", "other_participants", "topics", "resolutions",
            "url");
    private static final String SEPARATOR = "; ";

    private final EventCatalogue catalogue;

    EventExportController(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/exports/events.csv")
    @Operation(summary = "Events as CSV (UTF-8 with BOM), one row each; lists in a cell are separated by '; '")
    ResponseEntity<byte[]> csv(@ParameterObject EventQuery query) {
        List<EventRecord> events = catalogue.events(query);
        var rows = events.stream().map(EventExportController::row).toList();
        return download(CSV, "atlas-1540-events.csv", SafeCsv.write(EVENT_COLUMNS, rows));
    }

    @GetMapping("/exports/events.json")
    @Operation(summary = "Events as a JSON array, with their parties, topics and resolutions")
    ResponseEntity<List<ExportJson>> json(@ParameterObject EventQuery query) {
        var events = catalogue.events(query).stream().map(ExportJson::of).toList();
        return download(MediaType.APPLICATION_JSON, "atlas-1540-events.json", events);
    }

    @GetMapping("/exports/participation.csv")
    @Operation(summary = "Which State took part in which event: a row per State, a column per event (oldest first), "
            + "1 where it took part, empty where not")
    ResponseEntity<byte[]> participation(@ParameterObject EventQuery query) {
        // Columns read best in time order; a sort asked for is kept.
        boolean sortGiven = query.sort() != null && !query.sort().isBlank();
        List<EventRecord> events = catalogue.events(sortGiven ? query : query.sortedBy("date-asc"));
        var header = new ArrayList<>(List.of("state", "name", "events"));
        events.forEach(e -> header.add(e.slug()));
        List<Set<String>> attended = events.stream()
                .map(e -> e.participants().stream().filter(EventRecord.Party::isState).map(EventRecord.Party::id)
                        .collect(Collectors.toSet()))
                .toList();
        var rows = new ArrayList<List<String>>();
        ReferenceData.standard().states().all().stream()
                .sorted(Comparator.comparing(State::shortName))
                .forEach(state -> {
                    String code = state.code().value();
                    var cells = attended.stream().map(codes -> codes.contains(code) ? "1" : "").toList();
                    long count = cells.stream().filter("1"::equals).count();
                    var row = new ArrayList<>(List.of(code, state.shortName(), Long.toString(count)));
                    row.addAll(cells);
                    rows.add(row);
                });
        return download(CSV, "atlas-1540-participation.csv", SafeCsv.write(header, rows));
    }

    private static List<String> row(EventRecord e) {
        return List.of(
                e.slug(),
                nullToEmpty(e.title()),
                e.kind(),
                e.startDate() == null ? "" : e.startDate().toString(),
                e.endDate() == null ? "" : e.endDate().toString(),
                nullToEmpty(e.venue()),
                nullToEmpty(e.city()),
                nullToEmpty(e.country()),
                e.organisers().stream().map(EventExportController::idOrName).collect(Collectors.joining(SEPARATOR)),
                e.participants().stream().filter(EventRecord.Party::isState).map(EventRecord.Party::id)
                        .collect(Collectors.joining(SEPARATOR)),
                e.participants().stream().filter(p -> !p.isState()).map(EventExportController::idOrName)
                        .collect(Collectors.joining(SEPARATOR)),
                String.join(SEPARATOR, e.topics()),
                e.resolutions().stream().map(r -> r.number() + " (" + r.year() + ")")
                        .collect(Collectors.joining(SEPARATOR)),
                Links.absolute("/events/" + e.slug()));
    }

    /** A State or organisation by its id; a name the reader could not resolve, as written. */
    private static String idOrName(EventRecord.Party party) {
        return party.id() != null ? party.id() : party.name();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static <T> ResponseEntity<T> download(MediaType type, String fileName, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
