package org.basinscope.engine.io;

import java.nio.file.Path;
import java.time.Instant;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.AutosaveFiles;
import org.basinscope.engine.session.SessionFiles;

/**
 * A child JVM for {@link KillWhileWritingTest}: rewrites one file for ever, version after version, with the
 * writer named on the command line, and prints each version's number once it is written. The parent kills it
 * with SIGKILL at a random moment.
 */
public final class WriterChild {
    private WriterChild() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path file = Path.of(args[1]);
        for (int v = 0; ; v++) {
            switch (kind) {
                case "session" -> SessionFiles.write(KillWhileWritingTest.session(v), file);
                case "autosave" -> AutosaveFiles.write(new Autosave(Instant.ofEpochSecond(v), false,
                        KillWhileWritingTest.session(v), KillWhileWritingTest.session(v + 1), null, 0, false), file);
                case "csv" -> AtomicFiles.writeString(file, KillWhileWritingTest.csv(v));
                default -> throw new IllegalArgumentException(kind);
            }
            System.out.println(v);
            System.out.flush();
        }
    }
}
