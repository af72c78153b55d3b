package org.basinscope.engine.live.dimensional;

/**
 * The Hessian's top-k eigenvalues at the cloud's mean along a run (by Lanczos), oldest first: {@code steps[t]}
 * and {@code eigenvalues[i][t]} for λ_{i+1}; λ₁ is the sharpness, to be read against 2/η (the edge of
 * stability, seed 004).
 */
public record Spectrum(double[] steps, double[][] eigenvalues) {
    public static final Spectrum EMPTY = new Spectrum(new double[0], new double[0][]);

    public int k() {
        return eigenvalues.length;
    }

    public int length() {
        return steps.length;
    }

    /** The latest λ₁, or NaN before the first. */
    public double sharpness() {
        return steps.length == 0 ? Double.NaN : eigenvalues[0][steps.length - 1];
    }
}
