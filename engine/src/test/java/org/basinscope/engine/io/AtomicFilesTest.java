package org.basinscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures while writing keep the previous file: simulated in the writer (a disk that fills up half way), since
 * CI runs as root and cannot be refused a write by permissions; and a folder that is in fact a file.
 */
class AtomicFilesTest {
    @Test
    void aDiskThatFillsUpHalfWayKeepsThePreviousFileAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("result.csv");
        AtomicFiles.writeString(file, "version 1\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, tmp -> {
            Files.writeString(tmp, "version 2, the first half");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("version 1\n", Files.readString(file), "the previous file is kept");
        assertEquals(List.of(), AtomicFiles.strays(file), "and the half-written temporary file is gone");
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count());
        }
    }

    @Test
    void aFolderThatIsAFileFailsWithoutTouchingIt(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("plots");
        Files.writeString(notAFolder, "a file\n");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(notAFolder.resolve("loss.csv"), "x\n"));
        assertEquals("a file\n", Files.readString(notAFolder));
    }

    @Test
    void straysAreOnlyTheTemporaryFilesOfThatTarget(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.session.json");
        Files.writeString(dir.resolve(".run.session.json123.tmp"), "half");
        Files.writeString(dir.resolve(".run.session.jsonabc.tmp"), "not ours: not digits");
        Files.writeString(dir.resolve(".other.json123.tmp"), "another target's");
        assertEquals(List.of(dir.resolve(".run.session.json123.tmp")), AtomicFiles.strays(file));
        AtomicFiles.writeString(file, "{}\n");
        assertEquals(List.of(), AtomicFiles.strays(file));
        assertTrue(Files.exists(dir.resolve(".run.session.jsonabc.tmp")));
        assertTrue(Files.exists(dir.resolve(".other.json123.tmp")));
    }
}
