package org.basinscope.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.chaos.Bifurcation;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.io.AtomicFiles;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basinscope bifurcation}: the orbit diagram over η, with period and Lyapunov exponent per η. */
@Command(name = "bifurcation", mixinStandardHelpOptions = true,
        description = "Orbit diagram over eta: prints {eta, period (1..64; 0 aperiodic; -1 diverged; -2 stable, period not resolved), lyapunov}; "
                + "--out writes eta,x rows of the kept points.")
public final class BifurcationCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--eta-min", required = true, description = "Smallest η.")
    double etaMin;

    @Option(names = "--eta-max", required = true, description = "Largest η.")
    double etaMax;

    @Option(names = "--eta-count", defaultValue = "200", description = "Number of η values (default ${DEFAULT-VALUE}).")
    int etaCount;

    @Option(names = "--transient", defaultValue = "1000", description = "Iterations dropped per η (default ${DEFAULT-VALUE}).")
    int discard;

    @Option(names = "--keep", defaultValue = "256", description = "Iterations kept per η (default ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--tolerance", defaultValue = "1e-6", description = "Relative tolerance of the period test (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--out", paramLabel = "points.csv", description = "Write the kept points as eta,x rows.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        Numbers.checkRange("--tolerance", tolerance, 1e-15, 1);
        long t0 = System.nanoTime();
        Bifurcation.Result r = Bifurcation.sweep(f, d.dynamics(), d.params(), etaMin, etaMax, etaCount, run.start(f),
                discard, keep, tolerance, run.runner());
        double seconds = (System.nanoTime() - t0) * 1e-9;
        if (out != null) {
            AtomicFiles.write(out, tmp -> {
                try (var w = java.nio.file.Files.newBufferedWriter(tmp)) {
                    w.write("eta,x\n");
                    for (int k = 0; k < r.eta().length; k++) {
                        for (double x : r.points()[k]) {
                            w.write(r.eta()[k] + "," + x + "\n");
                        }
                    }
                }
            });
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eta", r.eta());
        json.put("period", r.period());
        json.put("lyapunov", Json.numbers(r.lyapunov()));
        json.put("seconds", seconds);
        if (out != null) {
            json.put("out", out.toString());
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
