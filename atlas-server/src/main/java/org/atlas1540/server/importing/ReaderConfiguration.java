package org.atlas1540.server.importing;

import org.atlas1540.notes.NoteReader;
import org.atlas1540.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** One notes reader for the application, built on first import: serving pages does not need it. */
@Configuration(proxyBeanMethods = false)
class ReaderConfiguration {

    @Bean
    @Lazy
    NoteReader noteReader(UploadLimit limit) {
        return new NoteReader(ReferenceData.standard(), limit.bytes());
    }
}
