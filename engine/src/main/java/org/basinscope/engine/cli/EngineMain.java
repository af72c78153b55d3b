package org.basinscope.engine.cli;

import java.util.List;

/** The headless command line without the app (for using the engine jar on its own). */
public final class EngineMain {
    private EngineMain() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, List.of()));
    }
}
