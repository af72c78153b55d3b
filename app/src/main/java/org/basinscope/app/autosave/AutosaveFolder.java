package org.basinscope.app.autosave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.AutosaveFiles;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The autosave files in the user's Basinscope folder: {@code autosave.json}, written while the app runs, and
 * {@code autosave-unclean.json}, the set-up a run left without a clean exit, kept aside until the user restores or
 * discards it (the new run's autosaves must not overwrite it). A damaged autosave is moved aside under a dated
 * name and reported, never read twice. A start also removes the temporary file an interrupted write left.
 */
public final class AutosaveFolder {
    static final String CURRENT = "autosave.json";
    static final String UNCLEAN = "autosave-unclean.json";
    private final Path folder;

    public AutosaveFolder(Path folder) {
        this.folder = folder;
    }

    /** Where the running app writes its autosaves. */
    public Path current() {
        return folder.resolve(CURRENT);
    }

    /** Where the set-up of a run that ended without a clean exit waits for an answer. */
    public Path unclean() {
        return folder.resolve(UNCLEAN);
    }

    /** What the folder held at start. */
    public sealed interface Found {
    }

    /** Nothing to offer: no autosave, or the last run exited cleanly. */
    public record Nothing() implements Found {
    }

    /** A set-up left without a clean exit, to offer. */
    public record Offer(Autosave autosave) implements Found {
    }

    /** A damaged autosave, moved to {@code setAside}; {@code problem} says what was wrong with it. */
    public record Damaged(String problem, Path setAside) implements Found {
    }

    /**
     * At start, before this run writes its first autosave: an autosave without a clean exit is moved to
     * {@link #unclean()} and offered (or one waiting there already, from a run before, if no newer one came); a
     * clean one is left to be overwritten; a damaged one is set aside.
     */
    public Found atStart() {
        Path current = current();
        Path waiting = unclean();
        try {
            // The temporary file of a write the end interrupted (a kill between writing and renaming).
            org.basinscope.engine.io.AtomicFiles.removeStrays(current);
            org.basinscope.engine.io.AtomicFiles.removeStrays(waiting);
            if (Files.exists(current)) {
                Autosave a = readOrSetAside(current);
                if (!a.clean()) {
                    Files.move(current, waiting, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return new Offer(a);
                }
            }
            if (Files.exists(waiting)) {
                return new Offer(readOrSetAside(waiting));
            }
            return new Nothing();
        } catch (DamagedFile d) {
            return new Damaged(d.getMessage(), d.setAside);
        } catch (IOException e) {
            return new Damaged("the autosave could not be read: " + e.getMessage(), null);
        }
    }

    /** The set-up {@code open --restore} brings back: the one waiting for an answer, else the last autosave. */
    public Autosave latest() throws IOException {
        Path waiting = unclean();
        return AutosaveFiles.read(Files.exists(waiting) ? waiting : current());
    }

    /** The offered set-up was restored or discarded: it is not offered again. */
    public void answered() {
        try {
            Files.deleteIfExists(unclean());
        } catch (IOException e) {
            // Offered once more at the next start: harmless, and nothing the user can act on now.
        }
    }

    private Autosave readOrSetAside(Path file) throws IOException {
        try {
            return AutosaveFiles.read(file);
        } catch (InvalidInputException e) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = folder.resolve("autosave-damaged-" + stamp + ".json");
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            throw new DamagedFile(e.getMessage(), aside);
        }
    }

    private static final class DamagedFile extends IOException {
        private final transient Path setAside;

        DamagedFile(String message, Path setAside) {
            super(message);
            this.setAside = setAside;
        }
    }
}
