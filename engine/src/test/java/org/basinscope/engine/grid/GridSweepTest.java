package org.basinscope.engine.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.Regression;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grid sweeps against the SGD stationary variance, and their reproducibility, resumption and settings. */
class GridSweepTest {
    private static final double SIGMA = 1.5;

    /** A sweep of {@code dynamics} on {@code landscape} from {@code start}, built as the command line builds it. */
    static GridJob job(String landscape, String dynamics, Params p, int particles, long steps, long seed, double[] start,
            String grid, Sweep.Readout what, int seeds) {
        Session s = new Session(Session.VERSION, landscape, dynamics, p.eta(), p.batch(), p.temperature(), p.friction(),
                p.momentum(), particles, seed, start, steps, 10, Map.of());
        return new GridJob(s.toRunConfig(), p, steps, Grid.parse(grid), what, seeds);
    }

    private static GridJob sgd(String grid, int particles, long steps, int seeds) {
        return job("quadratic:dim=1,h1=1", "sgd:sigma=" + SIGMA, Params.DEFAULT, particles, steps, 3, new double[] {0},
                grid, Sweep.Readout.VARIANCE, seeds);
    }

    @Test
    void theSgdVarianceIsEtaSigmaSquaredOverBTimesTwoMinusEtaAtEveryPoint() {
        // science/CHECKS.md: x⁺ = x − η(x + σξ/√B) on x²/2 has stationary variance ησ²/(B(2 − η)). From x = 0 the
        // variance relaxes as 1 − (1 − η)^(2k): after 400 steps of η ≥ 0.05 it is there to 10⁻¹⁷. The mean over S seeds
        // of N-particle variances has standard error v√(2/(NS)) (Gaussian draws): 4 of them are 4.0% here.
        int n = 5000;
        int seeds = 4;
        GridJob job = sgd("eta=0.05:1:4:log,batch=1:16:3:log", n, 400, seeds);
        GridResult r = GridSweep.run(job, BlockRunner.allCores(), Progress.NONE);
        double ratio = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                double eta = r.axes().get(0).value(i);
                double b = r.axes().get(1).value(j);
                double exact = eta * SIGMA * SIGMA / (b * (2 - eta));
                double se = exact * Math.sqrt(2.0 / (n * seeds));
                assertEquals(exact, r.mean(i, j), 4 * se, "η = " + eta + ", B = " + b);
                ratio += r.stderr(i, j) / se / 12;
            }
        }
        // The stderr over seeds estimates the same error: pooled over 12 points × 3 degrees of freedom, its mean
        // ratio to the Gaussian value is 1 ± 0.12.
        assertEquals(1, ratio, 0.4, "measured stderr / theoretical");
    }

    @Test
    void oneAndTwoThreadsGiveTheSameBits() {
        GridJob job = sgd("eta=0.1:0.5:3,batch=1:4:2", 700, 60, 3);
        GridResult one = GridSweep.run(job, new BlockRunner(1), Progress.NONE);
        GridResult two = GridSweep.run(job, new BlockRunner(2), Progress.NONE);
        assertArrayEquals(one.mean(), two.mean());
        assertArrayEquals(one.stderr(), two.stderr());
        // Fewer runs than threads: each run's ensemble is stepped on several threads, still the same bits.
        GridJob single = sgd("eta=0.1:0.5:2", 3000, 60, 1);
        assertArrayEquals(GridSweep.run(single, new BlockRunner(1), Progress.NONE).mean(),
                GridSweep.run(single, new BlockRunner(4), Progress.NONE).mean());
    }

    @Test
    void aOneAxisGridIsTheOneParameterSweep() {
        Landscape f = LandscapeCatalog.create("quadratic:dim=1,h1=1");
        var d = org.basinscope.engine.dynamics.DynamicsCatalog.create("sgd:sigma=" + SIGMA);
        double[] etas = Sweep.values(0.1, 0.4, 4, false);
        var sweep = Sweep.run(f, d, Params.DEFAULT, new double[] {0}, Sweep.Knob.ETA, etas, Sweep.Readout.VARIANCE, 500, 80,
                3, new BlockRunner(2), Progress.NONE);
        GridResult grid = GridSweep.run(sgd("eta=0.1:0.4:4", 500, 80, 1), new BlockRunner(2), Progress.NONE);
        assertArrayEquals(grid.mean(), sweep.readout());
        assertArrayEquals(etas, grid.axes().get(0).values());
    }

    @Test
    void aListenerHearsEveryPointOnceAsItFinishes() {
        GridJob job = sgd("eta=0.1:0.5:3,batch=1:4:2", 200, 30, 2);
        java.util.List<Integer> points = new java.util.ArrayList<>();
        java.util.List<Integer> done = new java.util.ArrayList<>();
        GridResult r = GridSweep.run(job, new BlockRunner(2), (p, n, total) -> {
            points.add(p.point());
            done.add(n);
            assertEquals(6, total);
        }, Progress.NONE);
        assertEquals(java.util.List.of(1, 2, 3, 4, 5, 6), done);
        assertEquals(java.util.Set.of(0, 1, 2, 3, 4, 5), new java.util.HashSet<>(points));
        assertEquals(6, points.size());
        assertEquals(6, r.mean().length);
    }

    @Test
    void aCellsSettingsReproduceItsRun() {
        GridJob job = sgd("eta=0.1:0.5:3,batch=1:4:2", 400, 50, 1);
        GridResult r = GridSweep.run(job, new BlockRunner(2), Progress.NONE);
        Session s = r.settings(2, 1);
        assertEquals(0.5, s.eta(), 1e-15);
        assertEquals(4, s.batch());
        var c = s.toRunConfig();
        Ensemble e = new Ensemble(c.landscape(), c.dynamics(), s.params(), c.particles(), c.seed(), c.start(),
                new BlockRunner(1));
        e.advance((int) s.steps());
        assertEquals(r.mean(2, 1), e.stats().variance()[0], 0.0, "bit for bit");
    }

    @Test
    void theWireFormDescribesTheSameSweep() {
        GridJob job = job("double-well:dim=2", "momentum:beta=0.5", Params.DEFAULT.withMomentum(0.5), 300, 40, 9,
                new double[] {-1, 0.2}, "eta=0.01:0.1:3:log,temperature=0:0.2:2", Sweep.Readout.LOSS, 2);
        GridJob back = GridJob.fromJson(job.toJson());
        assertEquals(job.toJson(), back.toJson());
        assertArrayEquals(GridSweep.run(job, new BlockRunner(2), Progress.NONE).mean(),
                GridSweep.run(back, new BlockRunner(2), Progress.NONE).mean());
        var e = assertThrows(InvalidInputException.class, () -> GridJob.fromJson("{\"session\": {}, \"x\": 1}"));
        assertEquals("not a grid job: unknown field \"x\"", e.getMessage());
    }

    @Test
    void anInterruptedSweepResumesToTheSameBits(@TempDir Path dir) throws Exception {
        GridJob job = sgd("eta=0.1:0.5:3,batch=1:8:4:log", 400, 60, 2);
        Path whole = dir.resolve("whole.csv");
        GridResult uninterrupted;
        try (GridCheckpoint c = GridCheckpoint.open(whole, job)) {
            uninterrupted = GridSweep.run(job, engine(2), GridListener.NONE, Progress.NONE, c);
        }
        Path out = dir.resolve("grid.csv");
        try (GridCheckpoint c = GridCheckpoint.open(out, job)) {
            assertThrows(CancellationException.class,
                    () -> GridSweep.run(job, engine(2), GridListener.NONE, cancelAfter(5), c));
        }
        assertFalse(Files.exists(out), "no finished file after an interruption");
        Path partial = GridCheckpoint.partialOf(out);
        int rows = Files.readAllLines(partial).size() - 2;
        assertTrue(rows >= 5 && rows < 12, "points kept: " + rows);
        // A crash in the middle of a line leaves a torn line; it is dropped.
        Files.writeString(partial, "7,0.3,2", java.nio.file.StandardOpenOption.APPEND);

        AtomicInteger resumed = new AtomicInteger(-1);
        AtomicInteger computed = new AtomicInteger();
        GridListener count = new GridListener() {
            @Override
            public void started(int points, int alreadyDone) {
                resumed.set(alreadyDone);
            }

            @Override
            public void pointDone(PointResult r, int done, int points) {
                computed.incrementAndGet();
            }
        };
        GridResult r;
        try (GridCheckpoint c = GridCheckpoint.open(out, job)) {
            r = GridSweep.run(job, engine(1), count, Progress.NONE, c);
        }
        assertEquals(rows, resumed.get());
        assertEquals(12 - rows, computed.get(), "only the missing points ran");
        assertArrayEquals(uninterrupted.mean(), r.mean());
        assertArrayEquals(uninterrupted.stderr(), r.stderr());
        assertEquals(Files.readString(whole), Files.readString(out));
        assertFalse(Files.exists(partial));
        assertEquals(13, Files.readAllLines(out).size());
        assertEquals("point,eta,batch,variance,stderr", Files.readAllLines(out).get(0));
    }

    @Test
    void aPartialFileOfOtherSettingsIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid.csv");
        GridJob first = sgd("eta=0.1:0.5:3", 300, 30, 1);
        try (GridCheckpoint c = GridCheckpoint.open(out, first)) {
            assertThrows(CancellationException.class,
                    () -> GridSweep.run(first, engine(1), GridListener.NONE, cancelAfter(1), c));
        }
        GridJob other = sgd("eta=0.1:0.6:3", 300, 30, 2);
        var e = assertThrows(InvalidInputException.class, () -> GridCheckpoint.open(out, other));
        assertEquals("grid.csv.partial holds an unfinished sweep with other settings (they differ in axes, seeds); give the "
                + "same options to resume it, or delete it to start this one", e.getMessage());
    }

    @Test
    void accuracyIsReadOnlyOnAClassifier() {
        // GD on logistic regression from every particle at one start: all particles are the same point, so the
        // readout is the classifier's accuracy there, counted here from the data.
        GridJob job = job("logistic-regression", "gd", Params.DEFAULT, 3, 100, 1, new double[] {-0.5, 1}, "eta=0.5:1:2",
                Sweep.Readout.ACCURACY, 1);
        GridResult r = GridSweep.run(job, new BlockRunner(1), Progress.NONE);
        Regression f = (Regression) LandscapeCatalog.create("logistic-regression");
        double[][] data = f.data();
        for (int k = 0; k < 2; k++) {
            double eta = r.axes().get(0).value(k);
            double[] x = {-0.5, 1};
            double[] g = new double[2];
            for (int step = 0; step < 100; step++) {
                f.gradient(x[0], x[1], g);
                x[0] -= eta * g[0];
                x[1] -= eta * g[1];
            }
            int right = 0;
            for (int i = 0; i < data[0].length; i++) {
                right += (data[0][i] * x[0] + data[1][i] * x[1] > 0) == (data[2][i] == 1) ? 1 : 0;
            }
            assertEquals(right / 100.0, r.mean(k), 1e-15, "η = " + eta + " (the mean over 3 equal particles)");
            assertTrue(r.mean(k) > 0.6, "better than chance: " + r.mean(k));
        }
        GridJob q = sgd("eta=0.1:0.2:2", 10, 10, 1);
        var e = assertThrows(InvalidInputException.class,
                () -> new GridJob(q.config(), q.base(), q.steps(), q.grid(), Sweep.Readout.ACCURACY, 1));
        assertTrue(e.getMessage().startsWith("accuracy needs a classification landscape; quadratic:dim=1,h1=1 is not one"),
                e.getMessage());
    }

    private static GridEngine.Runner engine(int threads) {
        return new LocalGridEngine().start(new GridEngine.Settings(threads, null));
    }

    /** Cancels once {@code k} points have been reported. */
    private static Progress cancelAfter(int k) {
        return new Progress() {
            private final AtomicInteger reports = new AtomicInteger();

            @Override
            public void report(double fraction) {
                if (fraction > 0) {
                    reports.incrementAndGet();
                }
            }

            @Override
            public boolean cancelled() {
                return reports.get() >= k;
            }
        };
    }
}
