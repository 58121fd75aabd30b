package org.atlas1540.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference CSV files that ship inside this library. */
final class ReferenceCsv {
    private ReferenceCsv() {
    }

    static <T> List<T> read(String resource, Function<CSVRecord, T> mapper) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the library: " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + resource, e);
        }
    }

    static <T> List<T> read(Reader reader, String name, Function<CSVRecord, T> mapper) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        var result = new ArrayList<T>();
        for (CSVRecord row : format.parse(reader)) {
            try {
                result.add(mapper.apply(row));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + " line " + row.getParser().getCurrentLineNumber()
                        + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** Splits a "|"-separated list; an empty cell is an empty list. */
    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
