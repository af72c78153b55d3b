package org.basinscope.engine.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing files so that a crash or a full disk never leaves a half-written file under the name, and
 * never loses the previous one: the content goes to a temporary file in the same folder, which is then
 * renamed over the target (atomically where the file system can).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path tmp) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // A writer killed before its rename (SIGKILL, a power cut) left its temporary file: gone with this write.
        removeStrays(target);
        Path tmp = Files.createTempFile(target.getParent(), prefix(target), SUFFIX);
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final String SUFFIX = ".tmp";

    private static String prefix(Path target) {
        return "." + target.getFileName();
    }

    /**
     * The temporary files a killed writer of {@code file} left beside it (named {@code .NAME<digits>.tmp}), or none.
     */
    public static java.util.List<Path> strays(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        String prefix = prefix(target);
        try (var list = Files.list(folder)) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(SUFFIX)
                        && n.substring(prefix.length(), n.length() - SUFFIX.length()).chars().allMatch(Character::isDigit);
            }).toList();
        }
    }

    /** Deletes what {@link #strays} finds (at the next write, or a start that owns the folder). */
    public static void removeStrays(Path file) throws IOException {
        for (Path p : strays(file)) {
            Files.deleteIfExists(p);
        }
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }
}
