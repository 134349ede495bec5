package dev.byline.cli;

import dev.byline.build.Pipeline;
import dev.byline.diag.Diagnostic;
import dev.byline.serve.PreviewSession;
import dev.byline.source.SiteFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byline serve}: the preview, rebuilt on every save, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site while you write, at http://127.0.0.1:4000/.",
                "Builds the site into memory (nothing is written to site-out/), serves it, and after every save "
                        + "in content/ or templates/ rebuilds it and reloads the open pages. Drafts and scheduled "
                        + "articles are shown, marked as such. A failed rebuild keeps the last good site, with the "
                        + "errors over every page and in the terminal. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--port", defaultValue = "4000", paramLabel = "PORT", converter = PortConverter.class,
            description = "Port to listen on, 1 to 65535; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String host;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show drafts, marked as such (default: on; --no-drafts hides them).")
    private boolean drafts;

    @Option(names = "--future", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show articles dated in the future, marked as scheduled (default: on).")
    private boolean future;

    @Option(names = "--open", description = "Open the site in the default browser.")
    private boolean open;

    @Option(names = {"-q", "--quiet"},
            description = "Print the address and problems only: no line for each rebuild.")
    private boolean quiet;

    @ParentCommand
    private BylineCommand byline;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline builds = new Pipeline(site.request(Path.of("site-out"), drafts, future));
        Optional<Diagnostic> noSite = SiteFolder.missing(builds.request().sourceDir(), builds.display());
        if (noSite.isPresent()) { // nothing to watch for: a preview of no site would only show this error
            err.println(byline.console().diagnostic(noSite.get()));
            err.println("byline: nothing to serve");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        PreviewSession preview;
        try {
            preview = PreviewSession.start(builds, new InetSocketAddress(host, port), true,
                    quiet ? new PrintWriter(Writer.nullWriter()) : out, err, byline.console()::diagnostic);
        } catch (BindException e) {
            err.println("byline: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); another "
                    + "program may be using the port: pass --port with another number, or --port 0 for any free one");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        String url = preview.url(host.contains(":") ? "[" + host + "]" : host);
        out.println("Serving " + url + " (Ctrl-C to stop)");
        out.flush();
        if (open) {
            openBrowser(url, err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "byline-stop"));
        stopped.await();
        return ExitCodes.OK;
    }

    private static void openBrowser(String url, PrintWriter err) {
        for (String opener : new String[] {"/usr/bin/xdg-open", "/usr/bin/open"}) {
            if (Files.isExecutable(Path.of(opener))) {
                try {
                    new ProcessBuilder(opener, url).start();
                    return;
                } catch (IOException e) {
                    break;
                }
            }
        }
        err.println("byline: cannot open a browser here; open " + url + " yourself");
        err.flush();
    }
}
