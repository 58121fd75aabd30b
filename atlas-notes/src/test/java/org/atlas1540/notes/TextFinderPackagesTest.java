package org.atlas1540.notes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The text finders (dates, topics, citations, kinds) run on the hot path from many threads: each
 * package shows only its entry class, and keeps no mutable static state.
 */
class TextFinderPackagesTest {
    private static final String[] PACKAGES = {
        "org.atlas1540.notes.dates", "org.atlas1540.notes.topics", "org.atlas1540.notes.citations",
        "org.atlas1540.notes.kinds",
    };

    private final JavaClasses finders = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGES);

    @Test
    void exposeOnlyTheirEntryClasses() {
        classes().that().arePublic()
                .should().haveSimpleName("DateRangeParser")
                .orShould().haveSimpleName("DateMatch")
                .orShould().haveSimpleName("TopicDetector")
                .orShould().haveSimpleName("CitationFinder")
                .orShould().haveSimpleName("EventKindClassifier")
                .check(finders);
    }

    @Test
    void makeTheirEntryClassesFinal() {
        classes().that().arePublic().should().haveModifier(JavaModifier.FINAL).check(finders);
    }

    @Test
    void keepNoMutableStaticState() {
        fields().that().areStatic().should().beFinal().check(finders);
    }
}
