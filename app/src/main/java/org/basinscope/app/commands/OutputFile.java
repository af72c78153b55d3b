package org.basinscope.app.commands;

import java.nio.file.Path;
import org.basinscope.engine.spec.InvalidInputException;

/** The {@code --out} of a command that writes one file: refused in one line when it names no file ({@code /}). */
final class OutputFile {
    private OutputFile() {
    }

    /** The file's name (the last part of the path), or a one-line refusal. */
    static String name(Path out) {
        Path name = out.toAbsolutePath().getFileName();
        if (name == null) {
            throw new InvalidInputException("--out " + out + " names no file: give a file name");
        }
        return name.toString();
    }
}
