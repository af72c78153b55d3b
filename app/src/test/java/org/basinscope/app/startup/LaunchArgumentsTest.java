package org.basinscope.app.startup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A double-clicked session file opens it; everything else is the command line as typed. */
class LaunchArgumentsTest {

    @Test
    void aSessionFileMeansOpenSession(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("run 1.session.json"), "{}");
        assertArrayEquals(new String[] {"open", "--session", file.toString()},
                LaunchArguments.resolve(new String[] {file.toString()}));
        assertArrayEquals(new String[] {"open", "--session", file.toString()},
                LaunchArguments.resolve(new String[] {file.toUri().toString()}));
    }

    @Test
    void anythingElseIsLeftAlone(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        String[][] cases = {{}, {"render"}, {"--help"}, {text.toString()}, {dir.resolve("gone.json").toString()},
            {dir.toString() + "/"}, {"simulate", dir.resolve("a.json").toString()}, {"file:bad uri.json"}};
        for (String[] args : cases) {
            assertArrayEquals(args, LaunchArguments.resolve(args), String.join(" ", args));
        }
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        assertArrayEquals(new String[] {folder.toString()}, LaunchArguments.resolve(new String[] {folder.toString()}));
    }

    @Test
    void onlyNoArgumentsAndOpenOpenTheWindow() {
        assertTrue(LaunchArguments.opensWindow(new String[] {}));
        assertTrue(LaunchArguments.opensWindow(new String[] {"open", "--preset", "kong-tao"}));
        assertFalse(LaunchArguments.opensWindow(new String[] {"open", "--help"}));
        assertFalse(LaunchArguments.opensWindow(new String[] {"open", "-V"}));
        assertFalse(LaunchArguments.opensWindow(new String[] {"render", "--out", "x.png"}));
        assertFalse(LaunchArguments.opensWindow(new String[] {"--version"}));
    }
}
