package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The Lucene index on its own, in a folder of its own: what survives a restart, what a crash
 * leaves, and what it does with a folder it cannot read. (What it finds is the contract's, run
 * through the application in {@link SearchOnH2Test}.)
 */
class LuceneSearchIndexTest {
    private static final Instant VERSION = Instant.parse("2026-01-02T03:04:05.123456Z");

    @Test
    void aNewIndexAsksForARebuildAndARebuiltOneKeepsItsDocumentsAcrossARestart() throws IOException {
        Path data = TestData.newDirectory("lucene");
        var index = new LuceneSearchIndex(data);
        assertThat(index.needsRebuild()).isTrue();

        assertThat(index.replaceAll(sink -> sink.accept(List.of(document(1, "Belgrade"), document(2, "Kyiv")))))
                .isEqualTo(2);
        assertThat(index.needsRebuild()).isFalse();
        index.destroy();

        var reopened = new LuceneSearchIndex(data);
        try {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.versions()).containsOnlyKeys(new EventId(1), new EventId(2))
                    .containsEntry(new EventId(1), VERSION);
            assertThat(search(reopened, "Kyiv")).containsExactly(2L);
        } finally {
            reopened.destroy();
        }
    }

    @Test
    void whatACrashLeavesIsTheLastCommitWhichTheVersionsTellApart() throws IOException {
        Path data = TestData.newDirectory("lucene");
        var index = new LuceneSearchIndex(data);
        try {
            index.replaceAll(sink -> sink.accept(List.of(document(1, "Belgrade"))));
            // Put within the commit interval: visible to searches at once, not yet on disk.
            index.put(List.of(document(2, "Kyiv")));
            assertThat(search(index, "Kyiv")).containsExactly(2L);

            // A copy of the folder now is what a crash would leave.
            Path crashed = TestData.newDirectory("lucene-crashed");
            copy(data.resolve(LuceneSearchIndex.FOLDER), crashed.resolve(LuceneSearchIndex.FOLDER));
            var afterCrash = new LuceneSearchIndex(crashed);
            try {
                assertThat(afterCrash.needsRebuild()).isFalse();
                assertThat(afterCrash.versions()).containsOnlyKeys(new EventId(1));
            } finally {
                afterCrash.destroy();
            }
        } finally {
            index.destroy();
        }
    }

    @Test
    void documentsPutBeforeTheFirstRebuildDoNotMakeTheIndexLookComplete() throws IOException {
        Path data = TestData.newDirectory("lucene");
        var index = new LuceneSearchIndex(data);
        index.put(List.of(document(1, "Belgrade")));
        index.commit();
        index.destroy();

        var reopened = new LuceneSearchIndex(data);
        try {
            assertThat(reopened.needsRebuild()).isTrue();
        } finally {
            reopened.destroy();
        }
    }

    @Test
    void aRebuildThatFailsHalfwayLeavesTheIndexAskingForARebuildAfterARestart() throws IOException {
        Path data = TestData.newDirectory("lucene");
        var index = new LuceneSearchIndex(data);
        index.replaceAll(sink -> sink.accept(List.of(document(1, "Belgrade"))));

        assertThatThrownBy(() -> index.replaceAll(sink -> {
            sink.accept(List.of(document(2, "Kyiv")));
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");

        assertThat(index.needsRebuild()).isTrue();
        index.destroy();
        var reopened = new LuceneSearchIndex(data);
        try {
            assertThat(reopened.needsRebuild()).isTrue();
        } finally {
            reopened.destroy();
        }
    }

    @Test
    void aFolderThatIsNotAReadableIndexIsClearedAndRebuilt() throws IOException {
        Path data = TestData.newDirectory("lucene");
        Path folder = Files.createDirectories(data.resolve(LuceneSearchIndex.FOLDER));
        Files.writeString(folder.resolve("segments_2"), "not an index");

        var index = new LuceneSearchIndex(data);
        try {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.replaceAll(sink -> sink.accept(List.of(document(1, "Belgrade"))))).isEqualTo(1);
            assertThat(search(index, "Belgrade")).containsExactly(1L);
        } finally {
            index.destroy();
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderIsToldTheIndexIsInUse() throws IOException {
        Path data = TestData.newDirectory("lucene");
        var index = new LuceneSearchIndex(data);
        var second = new LuceneSearchIndex(data);
        try {
            assertThat(index.needsRebuild()).isTrue();
            assertThatThrownBy(() -> search(second, "Belgrade"))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageContaining("is in use by another process");
        } finally {
            index.destroy();
            second.destroy();
        }
    }

    @Test
    void putReplacesAnEventsDocumentAndRemoveDeletesIt() throws IOException {
        var index = new LuceneSearchIndex(TestData.newDirectory("lucene"));
        try {
            index.replaceAll(sink -> sink.accept(List.of(document(1, "Belgrade"))));
            index.put(List.of(document(1, "Kyiv")));

            assertThat(search(index, "Belgrade")).isEmpty();
            assertThat(search(index, "Kyiv")).containsExactly(1L);

            index.remove(List.of(new EventId(1)));
            assertThat(search(index, "")).isEmpty();
            assertThat(index.versions()).isEmpty();
        } finally {
            index.destroy();
        }
    }

    private static SearchDocument document(long id, String city) {
        return new SearchDocument(new EventId(id), VERSION, "event-" + id, "Regional workshop in " + city, "workshop",
                LocalDate.of(2013, 5, (int) id), null, city, "The workshop was held in " + city + ".", List.of(),
                List.of("export-control"), List.of("Europe"));
    }

    private static List<Long> search(SearchIndex index, String text) {
        return index.search(new SearchRequest(SearchQuery.of(text), SearchFilters.none(), 1, 20)).hits().stream()
                .map(h -> h.id().value()).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
