package org.basinscope.app.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.basinscope.app.startup.SharedLibraries.Found;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library lookup answers like the dynamic linker would, and says NO only when it can be sure. */
class SharedLibrariesTest {

    /** A cache file in the linker's layout as far as the lookup reads it: NUL-terminated names and paths. */
    private static Path cache(Path dir, String... strings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("glibc-ld.so.cache1.1".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            out.write(i);
        }
        for (String s : strings) {
            out.write(s.getBytes(StandardCharsets.US_ASCII));
            out.write(0);
        }
        Path file = dir.resolve("ld.so.cache");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void aLibraryListedInTheCacheIsFound(@TempDir Path dir) throws Exception {
        Path cache = cache(dir, "libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "libgtk-3.so.0",
                "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0");
        assertEquals(Found.YES, new SharedLibraries(List.of(), cache).find("libgtk-3.so.0"));
        assertEquals(Found.YES, new SharedLibraries(List.of(), cache).find("libX11.so.6"));
    }

    @Test
    void aLibraryTheCacheLacksIsAbsentEvenWhenASimilarNameIsThere(@TempDir Path dir) throws Exception {
        // GTK 2 is there (as on the machine this was written on), and names that only contain the soname.
        Path cache = cache(dir, "libgtk-x11-2.0.so.0", "/lib/x86_64-linux-gnu/libgtk-x11-2.0.so.0",
                "libgtk-3.so.0.2404.29", "xlibgtk-3.so.0", "/opt/x/libgtk-3.so.0.bak");
        assertEquals(Found.NO, new SharedLibraries(List.of(dir.resolve("none")), cache).find("libgtk-3.so.0"));
    }

    @Test
    void aLibraryInASearchedFolderIsFoundWhateverTheCacheSays(@TempDir Path dir) throws Exception {
        Path cache = cache(dir, "libc.so.6");
        Path lib = Files.createDirectories(dir.resolve("custom/lib"));
        Files.write(lib.resolve("libgtk-3.so.0"), new byte[] {0x7f, 'E', 'L', 'F'});
        assertEquals(Found.YES, new SharedLibraries(List.of(dir.resolve("other"), lib), cache).find("libgtk-3.so.0"));
        assertEquals(Found.NO, new SharedLibraries(List.of(dir.resolve("other")), cache).find("libgtk-3.so.0"));
    }

    @Test
    void withoutACacheAMissingLibraryIsUnknown(@TempDir Path dir) {
        assertEquals(Found.UNKNOWN, new SharedLibraries(List.of(dir), dir.resolve("no-cache")).find("libgtk-3.so.0"));
    }

    @Test
    void ldLibraryPathFoldersAreSearchedFirst(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("gtk"));
        Files.write(lib.resolve("libgtk-3.so.0"), new byte[] {1});
        SharedLibraries system = SharedLibraries.system(dir.resolve("elsewhere") + "::" + lib, "amd64");
        assertEquals(Found.YES, system.find("libgtk-3.so.0"));
    }

    @Test
    void thisSystemsCacheIsReadForReal() {
        Path real = Path.of("/etc/ld.so.cache");
        assumeTrue(Files.isRegularFile(real), "a glibc system with a linker cache");
        SharedLibraries cacheOnly = new SharedLibraries(List.of(), real);
        assertEquals(Found.YES, cacheOnly.find("libc.so.6"));
        assertEquals(Found.NO, cacheOnly.find("libbasinscope-not-a-library.so.7"));
    }
}
