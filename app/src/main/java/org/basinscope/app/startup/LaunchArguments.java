package org.basinscope.app.startup;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The arguments the desktop passes when a session file is double-clicked (the installer registers the
 * session files' type): one path, or one {@code file:} URI, of an existing {@code .json} file. They mean
 * {@code open --session FILE}. Anything else is the command line as typed.
 */
public final class LaunchArguments {
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private LaunchArguments() {
    }

    /** {@code args}, or {@code open --session FILE} for a double-clicked session file. */
    public static String[] resolve(String[] args) {
        return resolve(args, Files::isRegularFile);
    }

    static String[] resolve(String[] args, Predicate<Path> isFile) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return args;
        }
        String a = args[0];
        if (!a.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return args;
        }
        try {
            Path file = a.startsWith("file:") ? Path.of(URI.create(a)) : Path.of(a);
            return isFile.test(file) ? new String[] {"open", "--session", file.toString()} : args;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {  // InvalidPathException too
            return args;
        }
    }

    /** Whether these arguments open the window (no arguments, or {@code open} without help or version). */
    public static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (!"open".equals(args[0])) {
            return false;
        }
        for (String a : args) {
            if (HELP.contains(a)) {
                return false;
            }
        }
        return true;
    }
}
