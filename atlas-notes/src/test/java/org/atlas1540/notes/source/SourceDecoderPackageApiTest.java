package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SourceDecoderPackageApiTest {

    @Test
    void onlyTheDecoderItsResultAndTheMediaTypesArePublic() {
        var publicClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atlas1540.notes.source")
                .stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

        assertThat(publicClasses).containsExactlyInAnyOrder("SourceDecoder", "DecodedSource", "MediaTypes");
    }
}
