package org.basinscope.engine.dynamics;

/**
 * Scratch arrays for one thread stepping one block of particles: gradients and trial positions.
 * Indexed relative to the block start ({@code i - from}). Reused across steps so that stepping
 * allocates nothing.
 */
public final class Workspace {
    public final double[] gx;
    public final double[] gy;
    public final double[] px;
    public final double[] py;
    /** Standard normal draws for the block, per coordinate (see {@link Noise#draw}). */
    public final double[] nx;
    public final double[] ny;
    /** {@code {nx, ny}}: the normals' rows as the kernels take them (x drawn before y by each particle). */
    final double[][] normals;
    /** One Hessian {f_xx, f_xy, f_yy} (per-particle noise shapes). */
    public final double[] hessian = new double[3];
    /** Two values (a minibatch's gradient sum). */
    public final double[] pair = new double[2];

    public Workspace(int capacity) {
        gx = new double[capacity];
        gy = new double[capacity];
        px = new double[capacity];
        py = new double[capacity];
        nx = new double[capacity];
        ny = new double[capacity];
        normals = new double[][] {nx, ny};
    }

    public int capacity() {
        return gx.length;
    }
}
