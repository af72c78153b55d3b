package org.basinscope.app.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.basinscope.engine.cli.Cli;
import org.basinscope.engine.cli.Version;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The app's own commands answer {@code --version} with the build's version too. */
class AppVersionTest {
    @Test
    void renderAndOpenAnswerVersion() {
        for (String command : new String[] {"render", "open"}) {
            CommandLine cl = Cli.commandLine(List.of(new RenderCommand(), new OpenCommand()));
            StringWriter out = new StringWriter();
            cl.setOut(new PrintWriter(out));
            assertEquals(0, cl.execute(command, "--version"), command);
            assertTrue(out.toString().startsWith("basinscope " + Version.number() + System.lineSeparator()),
                    command + ": " + out);
        }
    }
}
