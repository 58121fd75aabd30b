package org.atlas1540.server.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI atlasOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Atlas 1540 API")
                .version("v1")
                .description("Outreach events on Security Council resolution 1540 (2004), read from information "
                        + "notes: events, the facts the notes suggest, States and organisations, as JSON; exports as "
                        + "CSV, JSON and iCalendar. Errors are RFC 9457 problem details (application/problem+json)."));
    }
}
