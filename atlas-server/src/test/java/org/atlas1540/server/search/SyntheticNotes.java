package org.atlas1540.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.City;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.server.event.EventId;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Search documents for benchmarks, made up but shaped like real ones: titles from kinds and topics,
 * venues from the reference cities, parties from the reference States and organisations, and text
 * from the sentences of the demo notes, shuffled. Document {@code i} is the same on every run.
 */
final class SyntheticNotes {
    private static final int FIRST_YEAR = 2004;
    private static final int YEARS = 22;

    private final List<String> sentences;
    private final List<City> cities;
    private final List<State> states;
    private final List<Organisation> organisations;
    private final Regions regions = new Regions();
    private final long seed;

    SyntheticNotes(long seed) {
        this.seed = seed;
        var reference = ReferenceData.standard();
        this.cities = reference.cities().all();
        this.states = reference.states().all();
        this.organisations = reference.organisations().all();
        this.sentences = demoSentences();
    }

    /** The sentences of the demo notes (the evaluation corpus, on the class path). */
    List<String> sentences() {
        return sentences;
    }

    SearchDocument document(long i) {
        var random = new Random(seed * 1_000_003L + i);
        EventKind kind = pick(random, Arrays.asList(EventKind.values()));
        var topics = new LinkedHashSet<Topic>();
        int topicCount = 1 + random.nextInt(5);
        while (topics.size() < topicCount) {
            topics.add(pick(random, Arrays.asList(Topic.values())));
        }
        City city = pick(random, cities);
        State host = states.stream().filter(s -> s.code().equals(city.country())).findFirst().orElse(states.get(0));
        Set<String> stateCodes = new LinkedHashSet<>();
        stateCodes.add(host.code().value());
        var parties = new ArrayList<String>();
        parties.add(host.shortName());
        int stateCount = 2 + random.nextInt(25);
        for (int s = 0; s < stateCount; s++) {
            State state = pick(random, states);
            if (stateCodes.add(state.code().value())) {
                parties.add(state.shortName());
            }
        }
        int organisationCount = 1 + random.nextInt(8);
        for (int o = 0; o < organisationCount; o++) {
            parties.add(pick(random, organisations).name());
        }
        Topic main = topics.iterator().next();
        String title = label(kind) + " on " + main.label() + " and the Implementation of Resolution 1540 (2004)";
        LocalDate start = LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var body = new StringBuilder();
        int sentenceCount = 8 + random.nextInt(18);
        for (int s = 0; s < sentenceCount; s++) {
            if (s > 0) {
                body.append(s % 5 == 0 ? "\n\n" : " ");
            }
            body.append(pick(random, sentences));
        }
        return new SearchDocument(new EventId(i), Instant.EPOCH.plusSeconds(i), "synthetic-" + i, title, kind.json(),
                start, start.plusDays(random.nextInt(4)), city.name() + ", " + host.shortName(), body.toString(),
                parties, topics.stream().map(Topic::json).toList(), regions.of(stateCodes));
    }

    private static String label(EventKind kind) {
        return Facet.kindLabel(kind.json());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> demoSentences() {
        var sentences = new ArrayList<String>();
        try {
            Resource[] notes = new PathMatchingResourcePatternResolver().getResources("classpath:demo/notes/*.txt");
            for (Resource note : notes) {
                try (InputStream in = note.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    for (String sentence : text.replaceAll("\\s+", " ").split("(?<=[.;])\\s+")) {
                        if (sentence.length() >= 40 && sentence.length() <= 400) {
                            sentences.add(sentence.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo notes", e);
        }
        if (sentences.isEmpty()) {
            throw new IllegalStateException("no demo notes on the class path: build atlas-server first");
        }
        return sentences;
    }
}
