package org.basinscope.app.autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.basinscope.app.Defaults;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.AutosaveFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start finds in the folder: nothing, a set-up to offer, or a damaged file set aside (no window needed). */
class AutosaveFolderTest {
    private static final Autosave UNCLEAN = new Autosave(Instant.parse("2026-12-02T14:40:00Z"), false,
            Defaults.session(), null, null, 0, false);

    @Test
    void aCleanExitOffersNothingAndAnUncleanOneIsKeptAsideUntilAnswered(@TempDir Path dir) throws Exception {
        AutosaveFolder folder = new AutosaveFolder(dir);
        Path stray = dir.resolve(".autosave.json8213946.tmp");
        Files.writeString(stray, "{\"autosave\": 1, \"sav");
        assertInstanceOf(AutosaveFolder.Nothing.class, folder.atStart(), "an empty folder");
        assertFalse(Files.exists(stray), "a killed write's temporary file is removed at the next start");

        AutosaveFiles.write(UNCLEAN.withClean(true), folder.current());
        assertInstanceOf(AutosaveFolder.Nothing.class, folder.atStart(), "after a clean exit");
        assertTrue(Files.exists(folder.current()), "left to be overwritten");

        AutosaveFiles.write(UNCLEAN, folder.current());
        var offer = assertInstanceOf(AutosaveFolder.Offer.class, folder.atStart(), "after an abnormal end");
        assertEquals(AutosaveFiles.toJson(UNCLEAN), AutosaveFiles.toJson(offer.autosave()));
        assertFalse(Files.exists(folder.current()), "moved aside: this run's autosaves cannot overwrite it");
        assertTrue(Files.exists(folder.unclean()));

        // Killed again before the user answered: still offered at the next start, and open --restore finds it.
        assertInstanceOf(AutosaveFolder.Offer.class, folder.atStart());
        assertEquals(AutosaveFiles.toJson(UNCLEAN), AutosaveFiles.toJson(folder.latest()));
        folder.answered();
        assertInstanceOf(AutosaveFolder.Nothing.class, folder.atStart(), "answered: not offered again");
    }

    @Test
    void aDamagedAutosaveIsSetAsideWithItsProblemAndNeverReadAgain(@TempDir Path dir) throws Exception {
        AutosaveFolder folder = new AutosaveFolder(dir);
        String text = AutosaveFiles.toJson(UNCLEAN);
        Files.writeString(folder.current(), text.substring(0, text.length() / 3));
        var damaged = assertInstanceOf(AutosaveFolder.Damaged.class, folder.atStart());
        assertTrue(damaged.problem().startsWith("not a valid autosave"), damaged.problem());
        assertTrue(Files.exists(damaged.setAside()), "kept for whoever wants to look at it");
        assertTrue(damaged.setAside().getFileName().toString().startsWith("autosave-damaged-"));
        assertFalse(Files.exists(folder.current()));
        assertInstanceOf(AutosaveFolder.Nothing.class, folder.atStart(), "the next start finds nothing to offer");
    }
}
