package org.basinscope.engine.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The vectorised kernels give the scalar ones' bits (issue 20's constraint): kernel by kernel, with diverged
 * particles, block tails and the ziggurat's rejected draws; then every dynamics with every gradient source it
 * takes, planar and in d dimensions, run once on each path and compared bit for bit.
 */
class SimdKernelsTest {
    private static final BlockRunner TWO = new BlockRunner(2);

    @AfterEach
    void vectorBackOn() {
        Simd.useVector(true);
    }

    @Test
    void theTestJvmRunsTheVectorisedKernels() {
        // Without it every comparison below would compare the scalar loops with themselves.
        assertTrue(Simd.available(), "run the tests with --add-modules jdk.incubator.vector (the poms do)");
        assertTrue(Simd.useVector(true));
        assertTrue(Kernels.active() instanceof VectorKernels, Kernels.active().describe());
    }

    @Test
    void normalsAreTheScalarDrawsBitForBitIncludingRejectedLanesAndDeadParticles() {
        int n = 1003; // not a multiple of any vector length: the tail runs too
        long[] state = new long[n];
        long[] gamma = new long[n];
        ParticleStreams.seed(42, 0, n, state, gamma);
        long[] start = state.clone();
        boolean[] dead = new boolean[n];
        for (int i = 0; i < n; i += 37) {
            dead[i] = true;
        }
        long[] vState = state.clone();
        Kernels vector = vectorKernels();
        int rejected = 0;
        double largest = 0;
        for (int round = 0; round < 300; round++) {
            // Blocks that start mid-array, as the ensembles' blocks do; 1, 2 (planar) and 5 (d = 5) draws a particle.
            int from = round % 2 == 0 ? 0 : 13;
            int count = new int[] {1, 2, 5}[round % 3];
            double[][] scalarOut = new double[count][n];
            double[][] vectorOut = new double[count][n];
            long[] before = state.clone();
            ScalarKernels.INSTANCE.normals(state, gamma, dead, from, n, scalarOut, count);
            vector.normals(vState, gamma, dead, from, n, vectorOut, count);
            assertArrayEquals(state, vState, "streams after round " + round);
            for (int k = 0; k < count; k++) {
                assertBitsEqual(scalarOut[k], vectorOut[k], "normals " + k + " of round " + round);
            }
            for (int i = from; i < n; i++) {
                if (state[i] - before[i] != (dead[i] ? 0 : count * gamma[i])) {
                    rejected++; // the fast path's one draw per normal was not enough: the rare path ran
                }
                for (int k = 0; k < count; k++) {
                    largest = Math.max(largest, Math.abs(scalarOut[k][i - from]));
                }
            }
        }
        assertTrue(rejected > 1000, "the ziggurat's rare path ran " + rejected + " times");
        assertTrue(largest > 3.442619855899, "a draw from the tail beyond R: largest " + largest);
        for (int i = 0; i < n; i += 37) {
            assertEquals(start[i], state[i], "a dead particle's stream does not move");
        }
    }

    @Test
    void updatesAndDivergenceFlagsAreTheScalarOnes() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 517;
        double bound = Ensemble.BOUND;
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, bound, -bound,
            Math.nextUp(bound), -Math.nextUp(bound), 0.0, -0.0, Double.MIN_VALUE};
        for (int trial = 0; trial < 50; trial++) {
            double[] x = new double[n];
            double[] g = new double[n];
            double[] noise = new double[n];
            boolean[] dead = new boolean[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextInt(8) == 0 ? special[r.nextInt(special.length)] : r.nextDouble(-2e6, 2e6);
                g[i] = r.nextDouble(-1e3, 1e3);
                noise[i] = r.nextGaussian();
                dead[i] = r.nextInt(40) == 0;
            }
            int from = r.nextInt(20);
            double[] sx = x.clone();
            double[] vx = x.clone();
            ScalarKernels.INSTANCE.noisyStep(sx, g, noise, dead, from, n, 0.01, 0.3);
            vectorKernels().noisyStep(vx, g, noise, dead, from, n, 0.01, 0.3);
            assertBitsEqual(sx, vx, "updated positions, trial " + trial);
            boolean[] sd = dead.clone();
            boolean[] vd = dead.clone();
            ScalarKernels.INSTANCE.flagOutside(x, sd, from, n, bound);
            vectorKernels().flagOutside(x, vd, from, n, bound);
            assertArrayEquals(sd, vd, "divergence flags, trial " + trial);
        }
    }

    @Test
    void everyPlanarDynamicsWithEverySourceGivesTheSameBitsOnBothPaths() {
        Params p = new Params(0.05, 4, 0.3, 1.0, 0.8);
        TreeSet<String> names = new TreeSet<>();
        List<String> compared = new ArrayList<>();
        int someDiverged = 0;
        for (String spec : List.of("double-well:dim=2,tilt=0.05", "double-well:tilt=0.1", "linear-regression")) {
            Landscape f = LandscapeCatalog.create(spec);
            for (var entry : DynamicsCatalog.entries()) {
                for (String gradient : entry.gradients()) {
                    DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(entry.name()), Spec.parse(gradient), p);
                    if (c.dynamics().incompatibility(f) != null) {
                        continue;
                    }
                    Supplier<ParticleArrays> run = () -> {
                        Ensemble e = new Ensemble(f, c.dynamics(), c.params(), 1003, 11, f.defaultStart(), TWO);
                        // Wide enough that the outer particles overshoot and diverge: the kernels' dead chunks run.
                        e.setSpread(spec.startsWith("double-well") ? 6 : 0.5);
                        e.reset();
                        e.advance(150);
                        return e.particles();
                    };
                    String what = entry.name() + " | " + spec + " | " + gradient;
                    Simd.useVector(false);
                    ParticleArrays scalar = run.get();
                    Simd.useVector(true);
                    ParticleArrays vector = run.get();
                    assertSameState(scalar, vector, what);
                    someDiverged += count(scalar.diverged) > 0 && count(scalar.diverged) < scalar.size ? 1 : 0;
                    names.add(entry.name());
                    compared.add(what);
                }
            }
        }
        assertEquals(new TreeSet<>(DynamicsCatalog.names()), names, "every dynamics compared at least once");
        assertTrue(compared.size() >= 40, compared.size() + " runs compared");
        assertTrue(someDiverged >= 10, someDiverged + " runs with some (not all) particles diverged");
    }

    @Test
    void everyDimensionalDynamicsGivesTheSameBitsOnBothPathsAndThreadCounts() {
        Params p = new Params(0.02, 4, 0.2, 1.0, 0.8);
        int runs = 0;
        for (String spec : List.of("quadratic:dim=10,lmin=0.5,lmax=20", "mixture:dim=6,modes=3")) {
            VectorLandscape f = LandscapeCatalog.createAny(spec);
            for (String name : DynamicsCatalog.inDimensions()) {
                DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(name), p);
                Supplier<ParticleArrays> run = () -> {
                    VectorEnsemble e = new VectorEnsemble(f, c.dynamics(), c.params(), 203, 5, f.defaultStart(), TWO);
                    e.setSpread(1.5);
                    e.reset();
                    e.advance(120);
                    return e.particles();
                };
                Simd.useVector(false);
                ParticleArrays scalar = run.get();
                Simd.useVector(true);
                ParticleArrays vector = run.get();
                assertSameState(scalar, vector, name + " | " + spec);
                VectorEnsemble one = new VectorEnsemble(f, c.dynamics(), c.params(), 203, 5, f.defaultStart(),
                        new BlockRunner(1));
                one.setSpread(1.5);
                one.reset();
                one.advance(120);
                assertSameState(vector, one.particles(), name + " | " + spec + " on one thread");
                runs++;
            }
        }
        assertTrue(runs >= 2 * 8, runs + " d-dimensional runs compared");
    }

    @Test
    void onceCompiledTheVectorKernelsAllocateNothing() {
        // Issue 20: no allocation in the hot loop. On JDK 17 some Vector API calls (a mask's toLong, laneIsSet, not)
        // run as Java code that allocates, 24 bytes a chunk; the kernels must avoid them. Compiled code is awaited:
        // the interpreter and C1 allocate for every vector operation.
        Kernels vector = vectorKernels();
        int n = 512;
        long[] state = new long[n];
        long[] gamma = new long[n];
        ParticleStreams.seed(9, 0, n, state, gamma);
        boolean[] dead = new boolean[n];
        double[][] out = new double[2][n];
        double[] x = new double[n];
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 40 && least >= 1024; round++) {
            long before = bean.getThreadAllocatedBytes(id);
            for (int call = 0; call < 2000; call++) {
                vector.normals(state, gamma, dead, 0, n, out, 2);
                vector.noisyStep(x, out[0], out[1], dead, 0, n, 1e-3, 1e-3);
                vector.flagOutside(x, dead, 0, n, Ensemble.BOUND);
            }
            least = Math.min(least, bean.getThreadAllocatedBytes(id) - before);
        }
        // 2000 calls draw 2·10⁶ normals, about 10⁵ chunks with a rejected lane: 24 bytes each would be 2.4 MB.
        assertTrue(least < 1024, "the least allocated in 2000 warm calls: " + least + " bytes");
    }

    @Test
    void aJvmWithoutTheVectorModuleRunsTheScalarLoopsAndGetsTheSameBits() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), NoVectorModuleMain.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of("scalar", Long.toString(NoVectorModuleMain.run())), out.lines().toList(),
                "its kernels and its run's hash, against this JVM's vector run");
        assertTrue(Kernels.active() instanceof VectorKernels, "this JVM ran the vector kernels");
    }

    private static Kernels vectorKernels() {
        assertTrue(Simd.useVector(true), "the vectorised kernels are available");
        return Kernels.active();
    }

    private static void assertSameState(ParticleArrays a, ParticleArrays b, String what) {
        for (int k = 0; k < a.dimension; k++) {
            assertBitsEqual(a.coords[k], b.coords[k], what + ": coordinate " + k);
        }
        for (int k = 0; k < a.aux.length; k++) {
            assertBitsEqual(a.aux[k], b.aux[k], what + ": auxiliary " + k);
        }
        for (int q = 0; q < a.coordinateAux.length; q++) {
            for (int k = 0; k < a.dimension; k++) {
                assertBitsEqual(a.coordinateAux[q][k], b.coordinateAux[q][k], what + ": auxiliary " + q + "/" + k);
            }
        }
        assertArrayEquals(a.seeds, b.seeds, what + ": streams");
        assertArrayEquals(a.diverged, b.diverged, what + ": divergence flags");
    }

    private static void assertBitsEqual(double[] a, double[] b, String what) {
        assertEquals(a.length, b.length, what);
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                throw new AssertionError(what + ": index " + i + " differs: " + a[i] + " vs " + b[i]);
            }
        }
    }

    private static int count(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }
}
