package org.basinscope.engine.live.dimensional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.basinscope.engine.analysis.IsotropicCovariance;
import org.basinscope.engine.analysis.NoiseGeometry;
import org.basinscope.engine.analysis.SampledCovariance;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.EnsembleStats;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.junit.jupiter.api.Test;

/**
 * The live run in d dimensions: the same bits as a {@link VectorEnsemble} advanced by hand (for any thread count,
 * with a slider moved on the way), the spectrum against the closed form of a quadratic, and the plane's map
 * against the landscape at the plane's points.
 */
class DimensionalSimulationTest {
    /** λᵢ = a·(b/a)^{i/(d−1)} with a = 0.1, b = 10, d = 20 (issue 15, the d-dimensional quadratic). */
    private static final String QUADRATIC = "quadratic:dim=20,lmin=0.1,lmax=10,rotate=7";
    private static final Params PARAMS = new Params(0.05, 1, 0.2, 1, 0.9);

    private static DimensionalConfig config(String landscape, String dynamics, int n) {
        VectorLandscape f = LandscapeCatalog.createAny(landscape);
        return new DimensionalConfig(landscape, f, dynamics, DynamicsCatalog.create(dynamics), "exact", n, 11,
                f.defaultStart(), 0.5, Schedule.CONSTANT);
    }

    private static DimensionalSnapshot await(DimensionalSimulation s, Predicate<DimensionalSnapshot> done)
            throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            DimensionalSnapshot x = s.latest();
            if (x != null && done.test(x)) {
                return x;
            }
            Thread.sleep(5);
        }
        DimensionalSnapshot last = s.latest();
        throw new AssertionError("timed out; last snapshot at step " + (last == null ? -1 : last.step())
                + (last == null || last.message() == null ? "" : ": " + last.message()));
    }

    @Test
    void aLiveRunWithAMovedSliderHasTheBitsOfTheEnsembleAdvancedByHand() throws InterruptedException {
        DimensionalConfig c = config(QUADRATIC, "langevin", 300);
        Params later = PARAMS.withEta(0.02).withTemperature(0.5);
        VectorEnsemble byHand = new VectorEnsemble(c.landscape(), c.dynamics(), PARAMS, c.particles(), c.seed(),
                c.start(), new BlockRunner(1));
        byHand.setSpread(c.spread());
        byHand.reset();
        byHand.advance(40);
        byHand.setParams(later);
        byHand.advance(25);
        EnsembleStats expected = byHand.stats();
        for (int threads : new int[] {1, 2}) {
            try (DimensionalSimulation s = new DimensionalSimulation(c, PARAMS, new BlockRunner(threads)).start()) {
                s.setStepsPerFrame(7);
                s.advanceBy(40);
                await(s, x -> x.step() == 40);
                s.setParams(later);
                s.advanceBy(25);
                EnsembleStats got = await(s, x -> x.step() == 65).stats();
                assertArrayEquals(expected.mean(), got.mean(), threads + " threads");
                assertArrayEquals(expected.variance(), got.variance(), threads + " threads");
                assertEquals(expected.meanLoss(), got.meanLoss(), 0.0);
            }
        }
    }

    @Test
    void theSpectrumIsTheQuadraticsTopEigenvalues() throws InterruptedException {
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "gd", 4), PARAMS,
                new BlockRunner(1)).start()) {
            s.setStepsPerFrame(SPECTRUM_STEPS);
            s.advanceBy(5L * SPECTRUM_STEPS);
            // Measured in the background: rows at frame ends at least SPECTRUM_EVERY steps apart.
            Spectrum sp = await(s, x -> x.step() == 5L * SPECTRUM_STEPS && x.spectrum().length() >= 2).spectrum();
            assertEquals(3, sp.k());
            double ratio = Math.pow(100, 1.0 / 19);
            double[] exact = {10, 10 / ratio, 10 / ratio / ratio};
            for (int t = 0; t < sp.length(); t++) {
                assertEquals(0, sp.steps()[t] % SPECTRUM_STEPS, 0.0, "a frame end");
                assertTrue(t == 0 || sp.steps()[t] >= sp.steps()[t - 1] + SPECTRUM_STEPS, "rows apart");
                for (int i = 0; i < 3; i++) {
                    // Lanczos in 20 dimensions converges to rounding: 1e-9 relative is many times its error.
                    assertEquals(exact[i], sp.eigenvalues()[i][t], 1e-9 * exact[i], "λ" + (i + 1) + " at row " + t);
                }
            }
        }
    }

    private static final int SPECTRUM_STEPS = DimensionalSimulation.SPECTRUM_EVERY;

    /**
     * Isotropic gradient noise of per-example σ = 1 (the sgd default) with a batch of B: C = (σ²/B)·I, so its top
     * eigenvalues are σ²/B and its alignment with H is ⟨I, H⟩_F/(‖I‖_F‖H‖_F) = tr H/(√d‖H‖_F), from the closed
     * form λᵢ = 0.1·100^{i/19} (seed 001 Th. 5, C.5). A scripted run measures it every NOISE_EVERY steps and at
     * its last step.
     */
    @Test
    void theNoiseGeometryOfIsotropicNoiseIsSigmaSquaredOverBAndTheClosedFormAlignment() throws InterruptedException {
        Params p = PARAMS.withBatch(4);
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "sgd", 50), p,
                new BlockRunner(1)).start()) {
            s.setStepsPerFrame(SPECTRUM_STEPS);
            s.advanceBy(250);
            NoiseHistory n = await(s, x -> x.step() == 250).noise();
            assertNull(n.absent());
            // The first row may be the background one of step 0, taken before the script ran.
            double[] steps = n.steps();
            assertArrayEquals(new double[] {100, 200, 250},
                    java.util.Arrays.copyOfRange(steps, steps.length - 3, steps.length), 0.0);
            assertTrue(steps.length == 3 || steps.length == 4 && steps[0] == 0, java.util.Arrays.toString(steps));
            double trace = 0;
            double frob = 0;
            for (int i = 0; i < 20; i++) {
                double lambda = 0.1 * Math.pow(100, i / 19.0);
                trace += lambda;
                frob += lambda * lambda;
            }
            double alignment = trace / Math.sqrt(20 * frob);
            for (int t = 0; t < n.length(); t++) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(0.25, n.top()[i][t], 1e-15, "μ" + (i + 1) + " = σ²/B");
                }
                // Exact up to the rounding of d Hessian–vector products of a rotated quadratic.
                assertEquals(alignment, n.alignment()[t], 1e-12, "alignment at row " + t);
                assertEquals(alignment, n.isotropic()[t], 1e-12, "isotropic noise is its own yardstick");
                assertTrue(Double.isNaN(n.overlap()[t]), "isotropic noise has no preferred directions");
            }
            assertTrue(n.origin().contains("isotropic"), n.origin());
        }
    }

    /**
     * Real minibatches of a small network: each row is the noise geometry of c_B·S at the cloud's mean of that
     * step (the live run measures exactly what {@link NoiseGeometry#at} says there), and minibatch noise on a
     * network lines up with its curvature far more than isotropic noise would (Th. 5: alignment well above
     * tr H/(√d‖H‖_F)).
     */
    @Test
    void aNetworksMinibatchNoiseIsMeasuredAtTheMeanAndAlignsWithItsCurvature() throws InterruptedException {
        String mlp = "mlp:data=two-moons,hidden=4,n=40";
        Params p = PARAMS.withEta(0.2).withBatch(4);
        DimensionalConfig c = config(mlp, "minibatch", 8);
        try (DimensionalSimulation s = new DimensionalSimulation(c, p, new BlockRunner(1)).start()) {
            s.setStepsPerFrame(SPECTRUM_STEPS);
            s.advanceBy(300);
            DimensionalSnapshot x = await(s, y -> y.step() == 300);
            NoiseHistory n = x.noise();
            assertEquals(300, n.steps()[n.length() - 1], 0.0);
            double[] mean = x.stats().mean();
            VectorLandscape f = c.landscape();
            NoiseGeometry g = NoiseGeometry.at(f, mean,
                    SampledCovariance.minibatch(f.asFiniteSum().orElseThrow(), mean, 4), 3, 1);
            int last = n.length() - 1;
            for (int i = 0; i < 3; i++) {
                assertEquals(g.noiseTop()[i], n.top()[i][last], 0.0, "μ" + (i + 1));
            }
            assertEquals(g.alignment(), n.alignment()[last], 0.0);
            assertEquals(g.subspaceOverlap(), n.overlap()[last], 0.0);
            double isotropic = NoiseGeometry.at(f, mean, new IsotropicCovariance(f.dimension(), 1), 3, 1).alignment();
            assertEquals(isotropic, n.latestIsotropic(), 1e-12 * isotropic);
            assertTrue(n.latestAlignment() > 2 * isotropic, n.latestAlignment() + " vs isotropic " + isotropic);
        }
    }

    /**
     * Euler–Maruyama Langevin on the 20-D quadratic: along each top eigenvector uᵢ the cloud is N(0, vᵢ) with the
     * scheme's exact stationary variance vᵢ = T/(λᵢ(1 − ηλᵢ/2)) (CHECKS.md, "Ornstein–Uhlenbeck covariance"); after
     * 400 steps (the top directions relax in 1/(2ηλᵢ) ≤ 2 steps) N = 4000 particles give the variance to 2.2 %
     * (√(2/N)) and the distribution to a Kolmogorov distance of 1.95/√N = 0.031 at α = 0.001. The loss histogram
     * counts every particle.
     */
    @Test
    void theHistogramsAlongTheTopEigenvectorsAreTheSchemesStationaryGaussians() throws InterruptedException {
        int n = 4000;
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "langevin", n), PARAMS,
                new BlockRunner(1)).start()) {
            s.setStepsPerFrame(SPECTRUM_STEPS);
            s.advanceBy(400);
            DimensionalHistograms h = await(s, x -> x.step() == 400 && x.histograms().directions().size() == 3)
                    .histograms();
            assertEquals(n, h.loss().total());
            assertEquals(0, h.loss().outside());
            double ratio = Math.pow(100, 1.0 / 19);
            for (DimensionalHistograms.Direction d : h.directions()) {
                double lambda = 10 / Math.pow(ratio, d.index() - 1);
                assertEquals(lambda, d.eigenvalue(), 1e-9 * lambda);
                double v = PARAMS.temperature() / (lambda * (1 - PARAMS.eta() * lambda / 2));
                assertEquals(v, d.predicted(), 1e-12 * v, "the scheme's stationary variance along u" + d.index());
                assertEquals(v, d.measured(), 0.10 * v, "4.5 standard errors");
                var hist = d.histogram();
                double cdf = hist.outside() / 2.0 / hist.total();
                double worst = 0;
                for (int b = 0; b < hist.bins(); b++) {
                    cdf += hist.density()[b] * hist.width();
                    double edge = hist.lo() + (b + 1) * hist.width();
                    worst = Math.max(worst, Math.abs(cdf - normalCdf(edge / Math.sqrt(v))));
                }
                assertTrue(worst < 0.035, "Kolmogorov distance along u" + d.index() + ": " + worst);
                assertTrue(d.predicts());
            }
        }
    }

    /**
     * MALA samples exp(−f/T) exactly; on a mixture on the θ₁ axis a coordinate across the line is N(0, Ts²) at any
     * T (f separates). N = 4000 from the middle mode: after 400 steps at η = 0.05 (relaxation 1/η = 20 steps) the
     * chosen coordinate θ₃'s histogram is that Gaussian to a Kolmogorov distance below 1.95/√N = 0.031 (α = 0.001;
     * 0.035 allows the bins) and its variance to 10 % (4.5 standard errors). The default coordinate is θ₁.
     */
    @Test
    void aChosenCoordinatesHistogramIsItsExactGibbsMarginalUnderMala() throws InterruptedException {
        int n = 4000;
        try (DimensionalSimulation s = new DimensionalSimulation(config("mixture:dim=3,modes=3", "mala", n), PARAMS,
                new BlockRunner(1)).start()) {
            s.advanceBy(1);
            DimensionalHistograms.Coordinate first = await(s, x -> x.step() == 1 && x.histograms().coordinate() != null)
                    .histograms().coordinate();
            assertEquals(0, first.index(), "θ₁ until another is chosen");
            assertEquals("∝ exp(−g(θ₁)/T)", first.gibbs().formula(), "along the line at T = 0.2: by quadrature");
            s.setHistogramCoordinate(2);
            s.setStepsPerFrame(100);
            s.advanceBy(399);
            DimensionalHistograms.Coordinate c = await(s, x -> x.step() == 400 && x.histograms().coordinate() != null
                    && x.histograms().coordinate().index() == 2).histograms().coordinate();
            double v = PARAMS.temperature();
            assertEquals("N(0, T·s²)", c.gibbs().formula());
            assertEquals(1 / Math.sqrt(2 * Math.PI * v), c.gibbs().density().applyAsDouble(0), 1e-12);
            assertEquals(v, c.measured(), 0.10 * v);
            assertEquals(0, c.mean(), 4 * Math.sqrt(v / n));
            var hist = c.histogram();
            assertEquals(n, hist.total());
            double cdf = 0;
            double worst = 0;
            for (int b = 0; b < hist.bins(); b++) {
                cdf += hist.density()[b] * hist.width();
                double edge = hist.lo() + (b + 1) * hist.width();
                worst = Math.max(worst, Math.abs(cdf - normalCdf(edge / Math.sqrt(v))));
            }
            assertTrue(worst < 0.035, "Kolmogorov distance of θ₃: " + worst);
        }
    }

    /**
     * The vote: the simulation's picture of the first {@link DimensionalSimulation#VOTE_MEMBERS} live networks is
     * {@code NetworkPictures.vote} of exactly those particles, bit for bit; particle 0's is its own picture.
     */
    @Test
    void theEnsembleVoteIsThePictureOfTheFirstLiveNetworks() throws InterruptedException {
        String spec = "mlp:data=two-moons,hidden=8,activation=tanh,loss=xent";
        VectorLandscape f = LandscapeCatalog.createAny(spec);
        DimensionalConfig c = new DimensionalConfig(spec, f, "langevin", DynamicsCatalog.create("langevin"), "exact",
                40, 11, f.defaultStart(), 0.5, Schedule.CONSTANT);
        try (DimensionalSimulation s = new DimensionalSimulation(c, PARAMS, new BlockRunner(1)).start()) {
            s.setNetworkSource(DimensionalSimulation.NetworkSource.VOTE);
            s.advanceBy(3);
            DimensionalSnapshot x = await(s, y -> y.step() == 3 && y.network() != null && y.network().members() > 1);
            assertEquals(DimensionalSimulation.VOTE_MEMBERS, x.network().members());
            {
                VectorEnsemble e = new VectorEnsemble(f, c.dynamics(), PARAMS, 40, 11, f.defaultStart(),
                        new BlockRunner(1));
                e.setSpread(0.5);
                e.reset();
                e.advance(3);
                double[][] members = new double[DimensionalSimulation.VOTE_MEMBERS][f.dimension()];
                for (int i = 0; i < members.length; i++) {
                    for (int k = 0; k < f.dimension(); k++) {
                        members[i][k] = e.particles().coords[k][i];
                    }
                }
                var expected = org.basinscope.engine.analysis.network.NetworkPictures.vote(f.scorer().orElseThrow(),
                        members, DimensionalSimulation.NETWORK_SIDE, 3);
                assertArrayEquals(expected.predicted(), x.network().predicted());
                assertArrayEquals(expected.confidence(), x.network().confidence(), 0.0);
            }
            s.setNetworkSource(DimensionalSimulation.NetworkSource.PARTICLE_0);
            s.advanceBy(1);
            assertEquals(1, await(s, y -> y.step() == 4 && y.network() != null).network().members());
        }
    }

    /**
     * A run whose slider moved keeps the parameters' history (step 0's values, then the change at the step it took
     * effect), and a new simulation replaying that history to the same step has the same bits, on any thread count.
     */
    @Test
    void aReplayedHistoryGivesTheLiveRunsBits() throws InterruptedException {
        DimensionalConfig c = config(QUADRATIC, "langevin", 300);
        Params later = PARAMS.withEta(0.02).withTemperature(0.5);
        DimensionalSnapshot live;
        try (DimensionalSimulation s = new DimensionalSimulation(c, PARAMS, new BlockRunner(2)).start()) {
            s.setStepsPerFrame(7);
            s.advanceBy(40);
            await(s, x -> x.step() == 40);
            s.setParams(later);
            s.advanceBy(25);
            live = await(s, x -> x.step() == 65);
        }
        var history = live.history();
        assertEquals(2, history.size(), history.toString());
        assertEquals(0, history.get(0).step());
        assertEquals(PARAMS, history.get(0).params());
        assertEquals(40, history.get(1).step());
        assertEquals(later, history.get(1).params());
        for (int threads : new int[] {1, 2}) {
            try (DimensionalSimulation s = new DimensionalSimulation(c, later, new BlockRunner(threads)).start()) {
                s.setStepsPerFrame(11);
                s.replay(history, 65);
                DimensionalSnapshot again = await(s, x -> x.step() == 65);
                assertArrayEquals(live.stats().mean(), again.stats().mean(), threads + " threads");
                assertArrayEquals(live.stats().variance(), again.stats().variance(), threads + " threads");
                assertEquals(history, again.history(), "the replay gives back its history");
                assertEquals(later, again.params());
            }
        }
    }

    /**
     * A minimum as the plane's centre is found in the background from the cloud's mean and kept: the map passes
     * through the quadratic's minimum 0 (to the descent's tolerance) and is named "minimum"; the cloud sits elsewhere.
     */
    @Test
    void aMinimumCentreIsFoundInTheBackgroundAndThePlanePassesThroughIt() throws InterruptedException {
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "langevin", 50), PARAMS,
                new BlockRunner(1)).start()) {
            s.setPlane(new Plane.Hessian(1), Centre.Minimum.toFind());
            s.advanceBy(2);
            DimensionalSnapshot x = await(s, y -> y.map() != null && "minimum".equals(y.map().centre()));
            for (double c : x.map().projection().centre()) {
                assertEquals(0, c, 1e-9);
            }
            assertTrue(Math.abs(x.stats().mean()[0]) > 0.1, "the cloud is elsewhere");
        }
    }

    /**
     * A long scripted run stops soon after its simulation is stopped: a replay of 10⁶ steps of 2000 particles in 100-D
     * (minutes of both cores) gives its thread back within a few seconds of stop().
     */
    @Test
    void aStoppedRunDropsTheRestOfALongReplay() throws InterruptedException {
        DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "langevin", 2000), PARAMS,
                new BlockRunner(1)).start();
        s.setStepsPerFrame(10);
        s.replay(java.util.List.of(org.basinscope.engine.live.ParamChange.of(0, PARAMS)), 1_000_000);
        long until = System.nanoTime() + 20_000_000_000L;
        while (s.scriptedFrames() < 3 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(s.scriptedFrames() >= 3, "the replay is under way");
        long t0 = System.nanoTime();
        s.close();
        assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "close waits at most its 2 s for the thread");
        assertTrue(!s.threadAlive(), "the simulation thread ended instead of replaying on");
    }

    /** Φ(z) by the Abramowitz–Stegun 7.1.26 erf (error below 1.5·10⁻⁷, far under the test's tolerance). */
    private static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429)))) * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    @Test
    void anExactGradientSaysItHasNoGradientNoise() throws InterruptedException {
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "langevin", 4), PARAMS,
                new BlockRunner(1)).start()) {
            s.advanceBy(20);
            NoiseHistory n = await(s, x -> x.step() == 20).noise();
            assertEquals(0, n.length());
            assertTrue(n.absent().contains("no gradient noise") && n.absent().contains("√(2ηT)ξ"), n.absent());
        }
    }

    @Test
    void theMapIsTheLossAtThePlanesPointsAndTheDotsAreTheParticlesCoordinates() throws InterruptedException {
        DimensionalConfig c = config("quadratic:dim=6,lmin=0.5,lmax=4", "langevin", 50);
        try (DimensionalSimulation s = new DimensionalSimulation(c, PARAMS, new BlockRunner(2)).start()) {
            s.setPlane(new Plane.Coordinates(2, 5), new Centre.Mean());
            DimensionalSnapshot x = await(s, y -> y.map() != null && y.map().projection().plane().spec()
                    .equals("coords:2,5"));
            PlaneMap m = x.map();
            assertEquals(DimensionalSimulation.MAP_SIDE, m.grid().nx());
            double[] theta = new double[6];
            for (int[] ij : new int[][] {{0, 0}, {17, 40}, {63, 63}}) {
                m.projection().point(m.grid().x(ij[0]), m.grid().y(ij[1]), theta);
                assertEquals(c.landscape().value(theta), m.grid().value(ij[0], ij[1]), 0.0);
            }
            double[] mean = x.stats().mean();
            double[] centre = m.projection().centre();
            assertArrayEquals(mean, centre, 1e-12, "centred on the cloud's mean when the map was made (step 0)");
            // The dots are the particles' own coordinates 2 and 5 about the centre, with their own loss.
            assertEquals(c.particles(), x.cloud().size());
            assertTrue(Double.isNaN(x.mapProgress()), "no map under way once it is shown");
            assertNull(x.message());
        }
    }

    @Test
    void aPlaneThatCannotBeHadIsSaidInTheMessageAndTheRunGoesOn() throws InterruptedException {
        try (DimensionalSimulation s = new DimensionalSimulation(config(QUADRATIC, "gd", 3), PARAMS,
                new BlockRunner(1)).start()) {
            s.setPlane(new Plane.Coordinates(0, 25), new Centre.Mean());
            s.advanceBy(3);
            DimensionalSnapshot x = await(s, y -> y.step() == 3 && y.message() != null);
            assertTrue(x.message().startsWith("No picture on plane coords:0,25: "), x.message());
            assertNull(x.map());
            s.setPlane(new Plane.Coordinates(0, 1), new Centre.Particle(0));
            DimensionalSnapshot y = await(s, z -> z.map() != null);
            assertNull(y.message());
            assertNotNull(y.cloud());
        }
    }
}
