package org.basinscope.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.cli.Json;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope render}: lays out the real main window off screen (Monocle headless, no display
 * needed), runs K steps, and writes a PNG of the whole window.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Run K steps in the real main window off screen and write a PNG of it; prints JSON "
                + "{file, width, height, steps}.")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "Window width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Window height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width < 400 || width > 8000 || height < 300 || height > 8000) {
            throw new InvalidInputException("--width/--height " + width + "×" + height
                    + " outside the allowed range [400, 8000] × [300, 8000]");
        }
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        String landscapeSpec = run.landscapeLabel();
        RunConfig config = new RunConfig(landscapeSpec, f, dynamicsSpec(), d.dynamics(), run.particles(), run.seed(),
                run.start(f));
        long steps = run.steps();
        if (steps > Integer.MAX_VALUE) {
            throw new InvalidInputException("--steps " + steps + " is too many for render");
        }
        Path file = out.toAbsolutePath();
        WindowRenderer.render(config, d.params(), (int) steps, width, height, file);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("width", width);
        json.put("height", height);
        json.put("steps", steps);
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    private String dynamicsSpec() {
        return run.dynamicsSpec();
    }
}
