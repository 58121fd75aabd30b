package org.atlas1540.server;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atlas1540.server.account.Accounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Atlas 1540's web pages. On first run with an empty database, loads the demo notes.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-demo", description = "Start with an empty database instead of the demo notes.")
    boolean noDemo;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        var more = new ArrayList<String>();
        more.add("--server.port=" + port);
        more.add("--atlas.demo=" + !noDemo);
        var context = Applications.start(options, WebApplicationType.SERVLET, more);
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.printf("Atlas 1540 is serving http://localhost:%d/ (data: %s; started in %.1f s). "
                + "Stop it with Ctrl-C.%n", actualPort, options.describe(), (System.nanoTime() - started) / 1e9);
        if (context.getBean(Accounts.class).none()) {
            System.out.println("No one can sign in yet (to import and edit): make an administrator with "
                    + "./atlas user add NAME --role admin");
        }
        // The web server's threads keep running; wait here until the context is closed (Ctrl-C).
        var closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
