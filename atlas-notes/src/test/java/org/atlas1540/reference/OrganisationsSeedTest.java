package org.atlas1540.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atlas1540.testing.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * The library's organisation registry extends the shared seed registry and never changes it:
 * every seed row keeps its id, acronym, name, kind and country, and its aliases come first, in
 * order, before any alias the library added.
 */
class OrganisationsSeedTest {
    private record SeedRow(String id, String acronym, String name, String kind, String country, List<String> aliases) {
    }

    private static List<SeedRow> seed() throws IOException {
        Path file = SharedFiles.require(SharedFiles.reference().resolve("organisations.csv"));
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ReferenceCsv.read(reader, file.toString(), row -> new SeedRow(row.get("id"), row.get("acronym"),
                    row.get("name"), row.get("kind"), row.get("country"), ReferenceCsv.list(row.get("aliases"))));
        }
    }

    @Test
    void everySeedOrganisationIsPresentUnchanged() throws IOException {
        Organisations organisations = ReferenceData.standard().organisations();
        List<SeedRow> seed = seed();
        assertThat(seed).isNotEmpty();
        for (SeedRow row : seed) {
            Organisation organisation = organisations.find(OrganisationId.of(row.id())).orElse(null);
            assertThat(organisation).as(row.id()).isNotNull();
            assertThat(organisation.acronym()).as(row.id() + " acronym").isEqualTo(row.acronym());
            assertThat(organisation.name()).as(row.id() + " name").isEqualTo(row.name());
            assertThat(organisation.kind()).as(row.id() + " kind").isEqualTo(row.kind());
            assertThat(organisation.country().map(StateCode::value).orElse("")).as(row.id() + " country")
                    .isEqualTo(row.country());
            List<String> aliases = organisation.aliases();
            assertThat(aliases.subList(0, Math.min(row.aliases().size(), aliases.size()))).as(row.id() + " aliases")
                    .isEqualTo(row.aliases());
        }
    }

    @Test
    void newOrganisationsAreAppendedAfterTheSeedRows() throws IOException {
        List<String> seedIds = seed().stream().map(SeedRow::id).toList();
        List<String> libraryIds = ReferenceData.standard().organisations().all().stream()
                .map(o -> o.id().value()).toList();
        assertThat(libraryIds).startsWith(seedIds.toArray(String[]::new));
    }
}
