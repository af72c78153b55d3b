package org.basinscope.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: subcommands print one JSON object on standard output; errors print one line on
 * standard error and exit with code 2 (bad input) or 1 (internal failure), never a stack trace unless
 * {@code BASINSCOPE_DEBUG} is set.
 */
@Command(name = "basinscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A laboratory for stochastic gradient dynamics. With no arguments, opens the app.",
        subcommands = {SimulateCommand.class, LyapunovCommand.class, BifurcationCommand.class, BasinsCommand.class,
            BenchCommand.class, EscapeCommand.class, SweepCommand.class})
public final class Cli {
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** The command line with the engine's subcommands plus {@code extra} ones (the app adds render). */
    public static CommandLine commandLine(List<Object> extra) {
        CommandLine cl = new CommandLine(new Cli());
        for (Object sub : extra) {
            cl.addSubcommand(sub);
        }
        withVersion(cl);
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("error: " + firstLine(e.getMessage()) + " (see " + failed.getCommandSpec().qualifiedName()
                    + " --help)");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, failed, parsed) -> {
            PrintWriter err = failed.getErr();
            if (System.getenv("BASINSCOPE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            if (e instanceof InvalidInputException) {
                err.println("error: " + firstLine(e.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            err.println("internal error: " + e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage()))
                    + " (set BASINSCOPE_DEBUG=1 for details)");
            err.flush();
            return 1;
        });
        return cl;
    }

    /** --version on every command, printing the build's version (the subcommands declare none of their own). */
    private static void withVersion(CommandLine cl) {
        cl.getCommandSpec().mixinStandardHelpOptions(true);
        cl.getCommandSpec().versionProvider(new Version());
        for (CommandLine sub : cl.getSubcommands().values()) {
            withVersion(sub);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    public static int run(String[] args, List<Object> extra) {
        return commandLine(extra).execute(args);
    }
}
