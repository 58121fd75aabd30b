package org.atlas1540;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries inside the notes library, checked on every build. Every package named here exists. */
class ModuleBoundariesTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atlas1540");
    }

    @Test
    void referenceDataKnowsNothingOfNotes() {
        noClasses().that().resideInAPackage("org.atlas1540.reference..")
                .should().dependOnClassesThat().resideInAPackage("org.atlas1540.notes..")
                .check(classes);
    }

    @Test
    void theLibraryUsesNoFramework() {
        noClasses().that().resideInAPackage("org.atlas1540..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(classes);
    }

    @Test
    void theReadingStepsDoNotReachBackIntoTheReader() {
        noClasses().that().resideInAnyPackage("org.atlas1540.notes.(*)..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("NoteReader")
                .orShould().dependOnClassesThat().haveSimpleName("NoteJson")
                .check(classes);
    }

    @Test
    void onlyTheEntryPackageAndTheScorerTalkJson() {
        noClasses().that().resideInAnyPackage("org.atlas1540.notes.source..", "org.atlas1540.notes.text..",
                        "org.atlas1540.notes.layout..", "org.atlas1540.notes.names..", "org.atlas1540.notes.parties..",
                        "org.atlas1540.notes.venue..", "org.atlas1540.notes.facts..", "org.atlas1540.notes.dates..",
                        "org.atlas1540.notes.topics..", "org.atlas1540.notes.citations..", "org.atlas1540.notes.kinds..",
                        "org.atlas1540.reference..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(classes);
    }

    @Test
    void factFindersAreInternalToTheirPackage() {
        classes().that().resideInAPackage("org.atlas1540.notes.facts").and().haveSimpleNameEndingWith("Finder")
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void theOnlyExceptionOfTheApiIsNoteReadException() {
        classes().that().resideInAPackage("org.atlas1540.notes").and().areAssignableTo(Exception.class)
                .should().haveSimpleName("NoteReadException")
                .check(classes);
    }
}
