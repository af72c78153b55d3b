package org.basinscope.app;

import java.util.List;
import javafx.application.Application;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.basinscope.app.commands.OpenCommand;
import org.basinscope.app.commands.RenderCommand;
import org.basinscope.engine.cli.Cli;

/**
 * Entry point of {@code ./basinscope}: with no arguments it opens the app, otherwise it runs the
 * command line (the engine's headless subcommands plus {@code render}). Not a JavaFX Application
 * itself, so JavaFX on the class path starts without the module-path check.
 */
public final class Main {
    /** Held so the level setting is not lost when the logger is garbage-collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        // JavaFX warns on stderr that it was loaded from the class path; that is how we ship it, and
        // stderr is reserved for real errors (the command-line contract).
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (args.length == 0) {
            if (!Desktop.available()) {
                System.err.println("error: no display to open the app on (DISPLAY is not set); run under a desktop or "
                        + "xvfb-run, or use a subcommand such as 'basinscope render' (see basinscope --help)");
                System.exit(2);
            }
            Application.launch(BasinscopeApp.class);
            return;
        }
        int code = Cli.run(args, List.of(new RenderCommand(), new OpenCommand()));
        System.exit(code);
    }
}
