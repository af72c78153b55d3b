package org.basinscope.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.ensemble.MeanAccuracy;
import org.basinscope.engine.ensemble.PositionsCsv;
import org.basinscope.engine.analysis.EndPointBasins;
import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.analysis.Quantiles;
import org.basinscope.engine.analysis.NoiseCovariance;
import org.basinscope.engine.analysis.NoiseGeometry;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.equilibrium.EigenDirectionVariances;
import org.basinscope.engine.io.AtomicFiles;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code basinscope simulate}: run an ensemble headless and print its statistics as JSON. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run N particles for K steps and print one JSON object: particles, steps, mean, variance, "
                + "meanLoss, diverged, ...")
public final class SimulateCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the final positions as CSV (in more "
            + "than 2 dimensions: coordinate, mean, variance for every coordinate).")
    Path out;

    @Option(names = "--trace", paramLabel = "K", description = "Add trace: [{step, meanLoss, sharpness[, accuracy]}] "
            + "every K steps (sharpness: λmax of the Hessian at the mean, by Lanczos; accuracy: the training accuracy "
            + "on classification data).")
    Integer trace;

    @Option(names = "--noise-geometry", paramLabel = "k", description = "In d dimensions: add the gradient-noise "
            + "covariance C at the final mean beside the Hessian: noiseTop (its top k eigenvalues), noiseTrace, "
            + "noiseHessianAlignment ⟨C,H⟩/(‖C‖‖H‖) beside isotropicHessianAlignment tr H/(√d‖H‖_F) (what isotropic "
            + "noise would give), noiseHessianOverlap of the top-k eigenvectors (k 1 … 20).")
    Integer noiseGeometry;

    @Option(names = "--stationary", paramLabel = "k", description = "In d dimensions: add stationary, the variance "
            + "along the top k Hessian eigen-directions at the final mean (k 1 … 20): eigenvalues, predictedVariance "
            + "(the rule's exact discrete-time recursion there; exact on a quadratic), measuredVariance (the cloud's "
            + "uᵀCu), and for k = d their sums.")
    Integer stationary;

    @Option(names = "--losses", description = "In d dimensions: add losses, the distribution of the final particles' "
            + "own loss f(θᵢ) over those that did not diverge: count, mean, sd and quantiles at 0, 0.1, 0.25, 0.5, "
            + "0.75, 0.9 and 1.")
    boolean losses;

    @Option(names = "--basins", description = "In d dimensions: add basins, the minima the final particles descend "
            + "to (gradient descent with a backtracking step; minima within 10⁻³ are one) with their loss, count and "
            + "fraction, and the descents that stalled.")
    boolean basins;

    @Mixin
    ScheduleOption schedule;

    @Mixin
    ProjectionOption projection;

    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a lesson's settings (as render does); "
            + "options typed here replace its values.")
    String preset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (preset != null) {
            var parsed = spec.commandLine().getParseResult();
            Session s = run.over(Lessons.load(preset).settings(), parsed::hasMatchedOption);
            run.adopt(s);
            if (schedule.schedule == null && !Schedule.CONSTANT.spec().equals(s.schedule())) {
                schedule.schedule = s.schedule();
            }
        }
        VectorLandscape any = run.anyLandscape();
        if (trace != null && (trace < 1 || trace > RunOptions.MAX_STEPS)) {
            throw new InvalidInputException("--trace " + trace + " is outside the allowed range [1, "
                    + RunOptions.MAX_STEPS + "]");
        }
        projection.check(any);
        if (any.planar().isEmpty()) {
            return dimensional(any);
        }
        if (basins) {
            throw new InvalidInputException("--basins is for landscapes of more than two dimensions (this one has "
                    + any.dimension() + "); in the plane the basins command maps them");
        }
        if (losses) {
            throw new InvalidInputException("--losses is for landscapes of more than two dimensions (this one has "
                    + any.dimension() + "); in the plane --out writes every particle");
        }
        if (stationary != null) {
            throw new InvalidInputException("--stationary is for landscapes of more than two dimensions (this one has "
                    + any.dimension() + "); in the plane the readouts give the predicted variance");
        }
        if (noiseGeometry != null) {
            throw new InvalidInputException("--noise-geometry is for landscapes of more than two dimensions (this one "
                    + "has " + any.dimension() + "); in the plane the app shows S beside H");
        }
        Landscape f = any.planar().get();
        DynamicsCatalog.Configured d = run.dynamics();
        Ensemble ensemble = new Ensemble(f, d.dynamics(), d.params(), run.particles(), run.seed(), run.start(f),
                run.runner());
        if (run.spread() > 0) {
            ensemble.setSpread(run.spread());
            ensemble.reset();
        }
        ensemble.setSchedule(schedule.schedule());
        long t0 = System.nanoTime();
        Supplier<OptionalDouble> accuracy = () -> MeanAccuracy.of(f, ensemble.particles());
        List<Map<String, Object>> traced = advance(ensemble::advance, ensemble::stats, accuracy, f);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        EnsembleStats s = ensemble.stats();
        if (out != null) {
            PositionsCsv.write(out, ensemble.particles());
        }
        Map<String, Object> json = settings(d, f.dimension(), schedule.schedule().spec(), s);
        json.put("mean", Json.numbers(s.mean()));
        json.put("variance", Json.numbers(s.variance()));
        json.put("meanLoss", Json.number(s.meanLoss()));
        json.put("diverged", s.diverged());
        putAcceptance(json, d, ensemble.particles(), s.step());
        accuracy.get().ifPresent(a -> json.put("accuracy", Json.number(a)));
        json.put("seconds", seconds);
        if (traced != null) {
            json.put("trace", traced);
        }
        putProjection(json, f, ensemble.particles());
        if (out != null) {
            json.put("out", out.toString());
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /**
     * A rule that accepts or rejects (MALA, replica exchange's swaps): acceptance, its rates over the live particles
     * since the start, and acceptanceLabel, what they count.
     */
    private static void putAcceptance(Map<String, Object> json, DynamicsCatalog.Configured d, ParticleArrays p,
            long steps) {
        double[] rates = d.dynamics().acceptanceRates(p, steps);
        if (rates != null) {
            json.put("acceptance", Json.numbers(rates));
            json.put("acceptanceLabel", d.dynamics().acceptanceLabel());
        }
    }

    /** The run's settings as the output's first fields; {@code scheduleSpec} null where schedules are refused. */
    private Map<String, Object> settings(DynamicsCatalog.Configured d, int dimension, String scheduleSpec,
            EnsembleStats s) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (preset != null) {
            json.put("preset", preset);
        }
        json.put("landscape", run.landscapeLabel());
        json.put("dimension", dimension);
        json.put("dynamics", d.dynamics().name());
        json.put("gradient", run.gradientSpec());
        json.put("eta", d.params().eta());
        if (scheduleSpec != null) {
            json.put("schedule", scheduleSpec);
        }
        json.put("batch", d.params().batch());
        json.put("temperature", d.params().temperature());
        json.put("friction", d.params().friction());
        json.put("momentum", d.params().momentum());
        json.put("seed", run.seed());
        json.put("particles", s.particles());
        json.put("steps", s.step());
        return json;
    }

    /**
     * A run on a landscape of more than two dimensions ({@link VectorEnsemble}): the settings, meanLoss,
     * diverged, sharpness at the final mean, mean and variance per coordinate (the first
     * {@value #SHOWN} above that many, with varianceSum; --out has them all).
     */
    private Integer dimensional(VectorLandscape f) throws IOException {
        DynamicsCatalog.Configured d = run.dynamics();
        if (noiseGeometry != null && (noiseGeometry < 1 || noiseGeometry > Math.min(Lanczos.MAX_K, f.dimension()))) {
            throw new InvalidInputException("--noise-geometry " + noiseGeometry + " is outside the allowed range [1, "
                    + Math.min(Lanczos.MAX_K, f.dimension()) + "]");
        }
        if (stationary != null && (stationary < 1 || stationary > Math.min(Lanczos.MAX_K, f.dimension()))) {
            throw new InvalidInputException("--stationary " + stationary + " is outside the allowed range [1, "
                    + Math.min(Lanczos.MAX_K, f.dimension()) + "]");
        }
        if (stationary != null && !schedule.schedule().isConstant()) {
            throw new InvalidInputException("--stationary predicts a run at constant η and T; it does not take "
                    + "--schedule " + schedule.schedule().spec());
        }
        VectorEnsemble ensemble = new VectorEnsemble(f, d.dynamics(), d.params(), run.particles(), run.seed(),
                run.start(f), run.runner());
        if (run.spread() > 0) {
            ensemble.setSpread(run.spread());
            ensemble.reset();
        }
        ensemble.setSchedule(schedule.schedule());
        long t0 = System.nanoTime();
        List<Map<String, Object>> traced = advance(ensemble::advance, ensemble::stats, ensemble::accuracy, f);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double[] own = ensemble.losses();
        EnsembleStats s = ensemble.stats(own);
        int dim = f.dimension();
        Map<String, Object> json = settings(d, dim, schedule.schedule().spec(), s);
        json.put("meanLoss", Json.number(s.meanLoss()));
        json.put("diverged", s.diverged());
        putAcceptance(json, d, ensemble.particles(), s.step());
        ensemble.accuracy().ifPresent(a -> json.put("accuracy", Json.number(a)));
        Lanczos.Result top = topEigenvalue(f, s.mean());
        json.put("sharpness", Json.number(top == null ? Double.NaN : top.largest()));
        // λmax lies within this of the printed value; it is not 0 where Lanczos stopped before converging.
        json.put("sharpnessResidual", Json.number(top == null ? Double.NaN : top.residuals()[0]));
        int shown = Math.min(dim, SHOWN);
        json.put("mean", Json.numbers(Arrays.copyOf(s.mean(), shown)));
        json.put("variance", Json.numbers(Arrays.copyOf(s.variance(), shown)));
        if (dim > SHOWN) {
            json.put("shown", "coordinates 0 to " + (SHOWN - 1) + " of " + dim + " (--out writes all)");
            json.put("varianceSum", Json.number(Arrays.stream(s.variance()).sum()));
        }
        if (noiseGeometry != null) {
            noise(json, f, d, s.mean());
        }
        if (stationary != null) {
            json.put("stationary", stationary(f, d, s.mean(), ensemble.particles()));
        }
        if (losses) {
            json.put("losses", lossDistribution(own));
        }
        if (basins) {
            json.put("basins", basins(f, ensemble.particles()));
        }
        json.put("seconds", seconds);
        if (traced != null) {
            json.put("trace", traced);
        }
        putProjection(json, f, ensemble.particles());
        if (out != null) {
            writeMoments(out, s);
            json.put("out", out.toString());
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    private static final int SHOWN = 10;

    /** The noise geometry at {@code at} (seed 001 Th. 5, C.5): the fields of --noise-geometry, NaN where not finite. */
    private void noise(Map<String, Object> json, VectorLandscape f, DynamicsCatalog.Configured d, double[] at) {
        for (double c : at) {
            if (!Double.isFinite(c)) {
                json.put("noiseTop", null);
                return;
            }
        }
        NoiseCovariance c = NoiseCovariance.of(d.dynamics().gradient(), f, d.params(), at, run.seed());
        NoiseGeometry g = NoiseGeometry.at(f, at, c, noiseGeometry, 1);
        json.put("noiseCovariance", c.describe());
        json.put("noiseTop", Json.numbers(g.noiseTop()));
        json.put("noiseTrace", Json.number(g.trace()));
        json.put("noiseHessianAlignment", Json.number(g.alignment()));
        json.put("isotropicHessianAlignment", Json.number(g.isotropic()));
        json.put("noiseHessianOverlap", Json.number(g.subspaceOverlap()));
    }

    /** The fields of --stationary at {@code at} ({@link EigenDirectionVariances}); null where the mean is not finite. */
    private Map<String, Object> stationary(VectorLandscape f, DynamicsCatalog.Configured d, double[] at,
            ParticleArrays cloud) {
        for (double c : at) {
            if (!Double.isFinite(c)) {
                return null;
            }
        }
        EigenDirectionVariances v = EigenDirectionVariances.of(f, at, d.dynamics(), d.params(), cloud, stationary,
                run.seed());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eigenvalues", Json.numbers(v.eigenvalues()));
        json.put("predictedVariance", Json.numbers(v.predicted()));
        json.put("measuredVariance", Json.numbers(v.measured()));
        if (v.whole()) {
            json.put("predictedVarianceSum", Json.number(v.predictedSum()));
            json.put("measuredVarianceSum", Json.number(v.measuredSum()));
        }
        return json;
    }

    private static final double[] LOSS_QUANTILES = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1};

    /** The fields of --losses: the finite losses' count, mean, sd (n − 1) and {@link #LOSS_QUANTILES}. */
    private static Map<String, Object> lossDistribution(double[] own) {
        double[] finite = Arrays.stream(own).filter(Double::isFinite).toArray();
        int n = finite.length;
        double mean = Arrays.stream(finite).sum() / n;
        double squares = 0;
        for (double v : finite) {
            squares += (v - mean) * (v - mean);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", n);
        json.put("mean", Json.number(n == 0 ? Double.NaN : mean));
        json.put("sd", Json.number(n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1))));
        json.put("probabilities", Json.numbers(LOSS_QUANTILES));
        json.put("quantiles", Json.numbers(Quantiles.of(finite, n, LOSS_QUANTILES)));
        return json;
    }

    /** The fields of --basins ({@link EndPointBasins}, radius {@value #BASIN_RADIUS}). */
    private static Map<String, Object> basins(VectorLandscape f, ParticleArrays cloud) {
        EndPointBasins b = EndPointBasins.of(f, cloud, BASIN_RADIUS);
        List<Map<String, Object>> found = new ArrayList<>();
        for (EndPointBasins.Basin basin : b.basins()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("minimum", Json.numbers(Arrays.copyOf(basin.minimum(), Math.min(SHOWN, basin.minimum().length))));
            m.put("loss", Json.number(basin.loss()));
            m.put("count", basin.count());
            m.put("fraction", (double) basin.count() / b.particles());
            found.add(m);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("found", found);
        json.put("unconverged", b.unconverged());
        json.put("diverged", b.diverged());
        return json;
    }

    private static final double BASIN_RADIUS = 1e-3;

    /** With --projection, the final cloud on its plane and the loss over it ({@link ProjectionOption}). */
    private void putProjection(Map<String, Object> json, VectorLandscape f, ParticleArrays cloud) {
        Map<String, Object> p = projection.json(f, cloud, run.runner());
        if (p != null) {
            json.put("projection", p);
        }
    }

    /**
     * Steps in chunks; with --trace, a {step, meanLoss, sharpness[, accuracy]} entry at step 0, every K steps and
     * at the end (accuracy for classification data).
     */
    private List<Map<String, Object>> advance(IntConsumer advance, Supplier<EnsembleStats> stats,
            Supplier<OptionalDouble> accuracy, VectorLandscape f) {
        long steps = run.steps();
        List<Map<String, Object>> traced = trace == null ? null : new ArrayList<>();
        long every = trace == null ? Long.MAX_VALUE : trace;
        for (long done = 0; ; ) {
            if (traced != null && (done % every == 0 || done == steps)) {
                EnsembleStats s = stats.get();
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("step", done);
                entry.put("meanLoss", Json.number(s.meanLoss()));
                entry.put("sharpness", Json.number(sharpness(f, s.mean())));
                accuracy.get().ifPresent(a -> entry.put("accuracy", Json.number(a)));
                traced.add(entry);
            }
            if (done >= steps) {
                break;
            }
            int chunk = (int) Math.min(Math.min(steps - done, 100_000), every - done % every);
            advance.accept(chunk);
            done += chunk;
        }
        return traced;
    }

    /** λmax of the Hessian at {@code at} by Lanczos (seed 1), NaN if the point is not finite. */
    private static double sharpness(VectorLandscape f, double[] at) {
        Lanczos.Result top = topEigenvalue(f, at);
        return top == null ? Double.NaN : top.largest();
    }

    /** Lanczos' top eigenvalue at {@code at}, or null if the point is not finite (every particle diverged). */
    private static Lanczos.Result topEigenvalue(VectorLandscape f, double[] at) {
        for (double c : at) {
            if (!Double.isFinite(c)) {
                return null;
            }
        }
        return Lanczos.top(f, at, 1, 1);
    }

    /** coordinate, mean, variance: one row per coordinate. */
    private static void writeMoments(Path file, EnsembleStats s) throws IOException {
        StringBuilder csv = new StringBuilder("coordinate,mean,variance\n");
        for (int k = 0; k < s.mean().length; k++) {
            csv.append(k).append(',').append(s.mean()[k]).append(',').append(s.variance()[k]).append('\n');
        }
        AtomicFiles.writeString(file, csv.toString());
    }
}
