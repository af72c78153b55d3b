package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --version} on every command prints the version the build wrote, not a hand-written one. */
class VersionTest {

    @Test
    void theVersionComesFromTheBuild() {
        // project.version filtered into version.properties: "unknown" or "${project.version}" means the
        // filtering is broken.
        assertTrue(Version.number().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Version.number());
    }

    @Test
    void everyCommandAnswersVersion() {
        List<String> commands = new ArrayList<>(Cli.commandLine(List.of()).getSubcommands().keySet());
        assertTrue(commands.containsAll(List.of("simulate", "lyapunov", "bifurcation", "basins", "escape", "sweep",
                "bench")), commands.toString());
        commands.add(0, "");
        for (String command : commands) {
            CliRunner r = command.isEmpty() ? CliRunner.run("--version") : CliRunner.run(command, "--version");
            assertEquals(0, r.code(), command + ": " + r.err());
            String[] lines = r.out().strip().split("\\R");
            assertEquals("basinscope " + Version.number(), lines[0], command);
            assertTrue(lines.length == 2 && lines[1].startsWith("Java " + System.getProperty("java.version")),
                    command + ": " + r.out());
            assertEquals("", r.err(), command);
        }
    }
}
