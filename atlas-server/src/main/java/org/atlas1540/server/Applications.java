package org.atlas1540.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command. */
final class Applications {
    private Applications() {
    }

    static ConfigurableApplicationContext start(ServerOptions options, WebApplicationType type, List<String> more) {
        var app = new SpringApplication(AtlasServer.class);
        app.setWebApplicationType(type);
        if (options.postgres()) {
            app.setAdditionalProfiles("postgres");
        }
        var args = new ArrayList<>(options.springArguments());
        args.addAll(more);
        // A failed start is reported in one line by StartFailures; Boot's failure analysis still prints.
        args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
        args.add("--logging.level.org.springframework.context=ERROR");
        args.add("--logging.level.org.springframework.boot.web=ERROR");
        return app.run(args.toArray(String[]::new));
    }
}
