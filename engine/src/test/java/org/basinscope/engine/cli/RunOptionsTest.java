package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The run options as a session: what render and the window start from. */
class RunOptionsTest {
    @Command(name = "t")
    static final class Holder {
        @Mixin
        RunOptions run;
    }

    private static Holder parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h;
    }

    @Test
    void aMomentumTypedInTheDynamicsSpecIsTheSessionsBeta() {
        // simulate runs momentum:beta=0.8 with β = 0.8 (DynamicsCatalog applies the option); the session that
        // render and the window start from must say the same, not the --momentum default 0.9.
        assertEquals(0.8, parse("--dynamics", "momentum:beta=0.8").run.session().momentum());
        assertEquals(0.9, parse("--dynamics", "momentum").run.session().momentum());
        assertEquals(0.7, parse("--dynamics", "nesterov", "--momentum", "0.7").run.session().momentum());
        Session base = parse("--dynamics", "momentum", "--momentum", "0.95").run.session();
        Holder over = new Holder();
        var given = new CommandLine(over).parseArgs("--dynamics", "momentum:beta=0.6", "--gradient", "noisy:sigma=1");
        Session s = over.run.over(base, given::hasMatchedOption);
        assertEquals(0.6, s.momentum());
        assertEquals("noisy:sigma=1", s.gradient());
        Holder eta = new Holder();
        var etaOnly = new CommandLine(eta).parseArgs("--eta", "0.2");
        assertEquals(0.95, eta.run.over(base, etaOnly::hasMatchedOption).momentum(), "the base's β stays");
    }
}
