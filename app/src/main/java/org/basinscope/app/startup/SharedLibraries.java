package org.basinscope.app.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the Linux dynamic linker would find a shared library, judged from the places it looks:
 * the folders of {@code LD_LIBRARY_PATH}, its cache {@code /etc/ld.so.cache} (what {@code ldconfig -p}
 * lists) and the standard library folders. Nothing is loaded and no program is run. The answer is
 * {@link Found#NO} only when the cache could be read and neither it nor any folder has the library;
 * without a cache (musl, NixOS) a library in none of the folders is {@link Found#UNKNOWN}, and the
 * caller lets the toolkit try.
 */
public final class SharedLibraries {
    /** The answer of {@link #find}. */
    public enum Found { YES, NO, UNKNOWN }

    /** Largest cache read; real ones are tens to hundreds of kilobytes. */
    private static final long MAX_CACHE_BYTES = 64L << 20;

    private final List<Path> folders;
    private final Path cache;

    /**
     * @param folders searched first, in order ({@code LD_LIBRARY_PATH}'s and the standard ones)
     * @param cache the linker's cache file (need not exist)
     */
    public SharedLibraries(List<Path> folders, Path cache) {
        this.folders = List.copyOf(folders);
        this.cache = cache;
    }

    /** This system's: {@code LD_LIBRARY_PATH} (as given), the standard folders and {@code /etc/ld.so.cache}. */
    public static SharedLibraries system(String ldLibraryPath, String osArch) {
        List<Path> folders = new ArrayList<>();
        if (ldLibraryPath != null) {
            for (String dir : ldLibraryPath.split(":")) {
                if (!dir.isBlank()) {
                    try {
                        folders.add(Path.of(dir));
                    } catch (InvalidPathException ignored) {
                        // not a folder the linker could use either
                    }
                }
            }
        }
        String triplet = switch (osArch == null ? "" : osArch) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64", "arm64" -> "aarch64-linux-gnu";
            case "arm" -> "arm-linux-gnueabihf";
            case "ppc64le" -> "powerpc64le-linux-gnu";
            case "riscv64" -> "riscv64-linux-gnu";
            case "s390x" -> "s390x-linux-gnu";
            default -> null;
        };
        if (triplet != null) {
            folders.add(Path.of("/lib", triplet));
            folders.add(Path.of("/usr/lib", triplet));
        }
        for (String dir : new String[] {"/lib64", "/usr/lib64", "/lib", "/usr/lib", "/usr/local/lib"}) {
            folders.add(Path.of(dir));
        }
        return new SharedLibraries(folders, Path.of("/etc/ld.so.cache"));
    }

    /** Whether {@code soname} (e.g. {@code libgtk-3.so.0}) would be found. */
    public Found find(String soname) {
        for (Path dir : folders) {
            if (Files.exists(dir.resolve(soname))) {
                return Found.YES;
            }
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(cache) || Files.size(cache) > MAX_CACHE_BYTES) {
                return Found.UNKNOWN;
            }
            bytes = Files.readAllBytes(cache);
        } catch (IOException | SecurityException e) {
            return Found.UNKNOWN;
        }
        return containsName(bytes, soname) ? Found.YES : Found.NO;
    }

    /**
     * The cache holds each library's name and path as NUL-terminated strings; the name counts when it
     * ends a string and starts one or follows a '/' (so {@code libgtk-3.so.0.2400.38} or
     * {@code xlibgtk-3.so.0} do not count as {@code libgtk-3.so.0}).
     */
    static boolean containsName(byte[] bytes, String soname) {
        byte[] name = soname.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + name.length < bytes.length; i++) {
            for (int k = 0; k < name.length; k++) {
                if (bytes[i + k] != name[k]) {
                    continue outer;
                }
            }
            boolean starts = i == 0 || bytes[i - 1] == 0 || bytes[i - 1] == '/';
            if (starts && bytes[i + name.length] == 0) {
                return true;
            }
        }
        return false;
    }
}
