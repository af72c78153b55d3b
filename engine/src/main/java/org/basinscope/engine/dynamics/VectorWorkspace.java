package org.basinscope.engine.dynamics;

import org.basinscope.engine.simd.Kernels;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.random.Gaussian;

/**
 * Scratch for one thread stepping one block of particles in d dimensions: gradients, trial points and normal
 * draws, each {@code [k][i − from]}. Its size is d × capacity, so the ensemble shrinks its blocks as d grows.
 */
public final class VectorWorkspace {
    public final double[][] g;
    public final double[][] p;
    public final double[][] n;
    /** One point of d coordinates (a particle gathered for {@code value(double[])}). */
    public final double[] point;
    /** A particle gathered for a gradient source, and its gradient (d each). */
    final double[] sourcePoint;
    final double[] sourceGradient;
    /** A planar Hessian {hxx, hxy, hyy}, for noise shaped like H on a 1-D or 2-D landscape. */
    final double[] planarHessian = new double[3];
    /** Hessian-shaped noise's Krylov scratch, made on first use. */
    private HessianRoot hessianRoot;
    /** A minibatch's example indices, grown to the batch size on first use. */
    private int[] examples = new int[0];

    public VectorWorkspace(int dimension, int capacity) {
        g = new double[dimension][capacity];
        p = new double[dimension][capacity];
        n = new double[dimension][capacity];
        point = new double[dimension];
        sourcePoint = new double[dimension];
        sourceGradient = new double[dimension];
    }

    /** At least {@code count} ints for a minibatch's indices (allocated once per size, then reused). */
    int[] examples(int count) {
        if (examples.length < count) {
            examples = new int[count];
        }
        return examples;
    }

    /** The scratch for H₊^{1/2}ξ (allocated once per thread, then reused). */
    HessianRoot hessianRoot() {
        if (hessianRoot == null) {
            hessianRoot = new HessianRoot(dimension());
        }
        return hessianRoot;
    }

    public int dimension() {
        return g.length;
    }

    public int capacity() {
        return g[0].length;
    }

    /** The exact gradients of particles [from, to) into {@link #g}. */
    void gradient(VectorLandscape f, ParticleArrays s, int from, int to) {
        f.gradients(s.coords, from, to, g);
    }

    /**
     * One step's standard normals into {@link #n}: for each live particle its coordinates 0 … d−1 in order
     * (x then y in the plane, as {@link Noise#draw}).
     */
    void draw(ParticleArrays s, int from, int to) {
        Kernels.active().normals(s.seeds, s.gammas, s.diverged, from, to, n, s.dimension);
    }
}
