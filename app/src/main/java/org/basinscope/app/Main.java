package org.basinscope.app;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.basinscope.app.commands.FigureCommand;
import org.basinscope.app.commands.OpenCommand;
import org.basinscope.app.commands.RecordCommand;
import org.basinscope.app.commands.RenderCommand;
import org.basinscope.app.startup.DesktopCheck;
import org.basinscope.app.startup.LaunchArguments;
import org.basinscope.engine.cli.Cli;
import picocli.CommandLine;

/**
 * Entry point of {@code ./basinscope}: with no arguments it opens the app, otherwise it runs the
 * command line (the engine's headless subcommands plus {@code render}). Not a JavaFX Application
 * itself, so JavaFX on the class path starts without the module-path check. Before the window opens,
 * {@link DesktopCheck} makes sure there is a display and GTK 3; what is missing is one line on standard
 * error and exit code 1, as is a failure of the toolkit's start that the check could not foresee.
 */
public final class Main {
    /** Held so the level setting is not lost when the logger is garbage-collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] given) {
        // JavaFX warns on stderr that it was loaded from the class path; that is how we ship it, and
        // stderr is reserved for real errors (the command-line contract).
        JAVAFX_LOG.setLevel(Level.SEVERE);
        String[] args = LaunchArguments.resolve(given);
        if (LaunchArguments.opensWindow(args)) {
            DesktopCheck.problem().ifPresent(Main::fail);
        }
        if (args.length == 0) {
            try {
                Application.launch(BasinscopeApp.class);
            } catch (RuntimeException e) {
                DesktopCheck.explain(e, System::getenv).ifPresent(Main::fail);
                throw e;
            }
            return;
        }
        CommandLine cl = Cli.commandLine(List.of(new RenderCommand(), new RecordCommand(), new FigureCommand(),
                new OpenCommand()));
        CommandLine.IExecutionExceptionHandler handler = cl.getExecutionExceptionHandler();
        cl.setExecutionExceptionHandler((e, failed, parsed) -> {
            Optional<String> why = DesktopCheck.explain(e, System::getenv);
            if (why.isEmpty()) {
                return handler.handleExecutionException(e, failed, parsed);
            }
            failed.getErr().println("error: " + why.get());
            failed.getErr().flush();
            return 1;
        });
        System.exit(cl.execute(args));
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(1);
    }
}
