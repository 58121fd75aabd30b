package org.atlas1540.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.atlas1540.server.event.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;

/**
 * The feature packages are modules: they use each other only through public types at their top
 * level, and depend on each other without cycles. The rules below name packages that exist (the
 * first test checks that they do), so none of them passes by checking nothing.
 */
class ModularityTest {
    private static final ApplicationModules MODULES = ApplicationModules.of(AtlasServer.class);
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atlas1540.server");
    }

    @Test
    void theModulesAreTheFeaturePackages() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("event", "state", "organisation", "importing", "reference", "web", "map",
                        "region", "search", "export",
                        "generate", "plan", "visit", "recommendation", "account", "audit", "assistance", "offer",
                        "matching", "review");
    }

    @Test
    void theFeatureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theSharedWebSetUpDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.atlas1540.server.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.atlas1540.server.event..",
                        "org.atlas1540.server.state..", "org.atlas1540.server.organisation..",
                        "org.atlas1540.server.importing..", "org.atlas1540.server.reference..",
                        "org.atlas1540.server.search..", "org.atlas1540.server.export..")
                .check(classes);
    }

    @Test
    void onlyTheSearchModuleUsesLucene() {
        noClasses().that().resideOutsideOfPackage("org.atlas1540.server.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void theMapKnowsNoFeature() {
        // Callers bring the counts; the map draws them, so any page can have a map without a cycle.
        noClasses().that().resideInAPackage("org.atlas1540.server.map..")
                .should().dependOnClassesThat().resideInAnyPackage("org.atlas1540.server.event..",
                        "org.atlas1540.server.state..", "org.atlas1540.server.organisation..",
                        "org.atlas1540.server.region..", "org.atlas1540.server.importing..")
                .check(classes);
    }

    @Test
    void onlyTheImportingModuleStoresEvents() {
        noClasses().that().resideOutsideOfPackages("org.atlas1540.server.event..", "org.atlas1540.server.importing..")
                .should().dependOnClassesThat().areAssignableTo(EventStore.class)
                .check(classes);
    }

    @Test
    void controllersArePackagePrivateAdaptersNamedAsSuch() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().notBePublic().andShould().haveSimpleNameEndingWith("Controller")
                .check(classes);
    }
}
