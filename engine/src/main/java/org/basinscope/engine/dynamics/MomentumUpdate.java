package org.basinscope.engine.dynamics;

/** The velocity/position update shared by heavy ball and Nesterov, given the gradients in {@code w}. */
final class MomentumUpdate {
    private MomentumUpdate() {
    }

    static void apply(Params p, ParticleArrays s, int from, int to, Workspace w) {
        double eta = p.eta();
        double beta = p.momentum();
        double[] x = s.x;
        double[] y = s.y;
        double[] vx = s.aux[MomentumMethod.VX];
        double[] vy = s.aux[MomentumMethod.VY];
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (dead[i]) {
                continue;
            }
            int k = i - from;
            vx[i] = beta * vx[i] - eta * w.gx[k];
            vy[i] = beta * vy[i] - eta * w.gy[k];
            x[i] += vx[i];
            y[i] += vy[i];
        }
    }

    /** The same update over d coordinates, velocities in {@code coordinateAux[0]}, gradients in {@code w.g}. */
    static void apply(Params p, ParticleArrays s, int from, int to, VectorWorkspace w) {
        double eta = p.eta();
        double beta = p.momentum();
        boolean[] dead = s.diverged;
        for (int k = 0; k < s.dimension; k++) {
            double[] x = s.coords[k];
            double[] v = s.coordinateAux[0][k];
            double[] g = w.g[k];
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    v[i] = beta * v[i] - eta * g[i - from];
                    x[i] += v[i];
                }
            }
        }
    }
}
