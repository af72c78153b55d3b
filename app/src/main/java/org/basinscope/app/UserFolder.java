package org.basinscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's Basinscope folder, {@code ~/.basinscope}, or {@code -Dbasinscope.home=DIR} (tests point it at a
 * temporary folder, so they never write to the real home). It holds the error log, the first-start marker and
 * the autosaves ({@code AutosaveFolder}).
 */
public final class UserFolder {
    public static final String PROPERTY = "basinscope.home";
    /** Written once the welcome card has been answered: its presence means "not a first start". */
    static final String WELCOMED = "welcomed";

    private UserFolder() {
    }

    public static Path path() {
        String home = System.getProperty(PROPERTY);
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".basinscope");
    }

    /** True until {@link #markWelcomed} has run once for this folder. */
    public static boolean firstStart() {
        return !Files.exists(path().resolve(WELCOMED));
    }

    /**
     * Records that the welcome card was answered. A folder that cannot be written (read-only home) only means the
     * card comes again next time, so the failure is not the user's problem and is not reported.
     */
    public static void markWelcomed() {
        try {
            Files.createDirectories(path());
            Files.writeString(path().resolve(WELCOMED), "The welcome card was answered; delete this file to see it again.\n");
        } catch (IOException e) {
            // Deliberately ignored: see above.
        }
    }
}
