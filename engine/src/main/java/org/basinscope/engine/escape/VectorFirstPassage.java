package org.basinscope.engine.escape;

import java.util.Arrays;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * First-passage times in d dimensions (issue 15): every particle starts at {@code from} and its time is the first
 * step, times η, at which it lies in the half-space through {@code to} facing away from {@code from},
 * (θ − to)·(to − from) ≥ 0 — the planar {@link EscapeExperiment}'s target, so with {@code to} the other minimum a
 * particle has crossed into its basin and reached it. Checked after every step; an arrived particle is frozen
 * (flagged, as the planar experiment does) and no longer stepped. The same {@link EscapeExperiment.Result}, so
 * the same statistics and the planar theories apply where the landscape reduces to one (a mixture's wells on a
 * line: θ₁ alone crosses). Each particle owns its random stream: the same times for any thread count.
 */
public final class VectorFirstPassage {
    private static final int REPORT_EVERY = 1000;

    private VectorFirstPassage() {
    }

    /** Runs until every particle has arrived or diverged, or {@code maxSteps} steps have been taken. */
    public static EscapeExperiment.Result run(VectorLandscape f, Dynamics dynamics, Params params, double[] from,
            double[] to, int particles, long seed, long maxSteps, BlockRunner runner, Progress progress) {
        int d = f.dimension();
        if (from.length != d || to.length != d) {
            throw new InvalidInputException("--from and --to need " + d + " coordinates on this landscape");
        }
        double[] axis = new double[d];
        double norm = 0;
        for (int c = 0; c < d; c++) {
            axis[c] = to[c] - from[c];
            norm += axis[c] * axis[c];
        }
        if (norm == 0) {
            throw new InvalidInputException("--from and --to must differ");
        }
        if (maxSteps < 1) {
            throw new InvalidInputException("--max-steps must be ≥ 1");
        }
        VectorEnsemble e = new VectorEnsemble(f, dynamics, params, particles, seed, from, runner);
        ParticleArrays s = e.particles();
        long[] arrival = new long[particles];
        Arrays.fill(arrival, -1);
        double offset = 0;
        for (int c = 0; c < d; c++) {
            offset += to[c] * axis[c];
        }
        double[] projection = new double[particles];
        int active = particles;
        long done = 0;
        while (done < maxSteps && active > 0) {
            e.advance(1);
            done++;
            // (θ − to)·a = θ·a − to·a, coordinate by coordinate over the structure of arrays.
            Arrays.fill(projection, 0.0);
            for (int c = 0; c < d; c++) {
                double a = axis[c];
                double[] x = s.coords[c];
                for (int i = 0; i < particles; i++) {
                    projection[i] += x[i] * a;
                }
            }
            active = 0;
            for (int i = 0; i < particles; i++) {
                if (s.diverged[i]) {
                    continue;
                }
                if (projection[i] - offset >= 0) {
                    arrival[i] = done;
                    s.diverged[i] = true; // frozen: no more steps for this particle
                } else {
                    active++;
                }
            }
            if (done % REPORT_EVERY == 0) {
                progress.step((double) done / maxSteps);
            }
        }
        int diverged = 0;
        for (int i = 0; i < particles; i++) {
            if (arrival[i] < 0 && s.diverged[i]) {
                diverged++;
            }
        }
        return EscapeExperiment.Result.of(arrival, diverged, done, params.eta());
    }
}
