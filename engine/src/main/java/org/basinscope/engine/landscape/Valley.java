package org.basinscope.engine.landscape;

import java.util.Arrays;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * A flat valley with stiff walls over ℝ^d (seed 001, C.14 "Brownian motion in loss landscape valleys"): the first
 * k = {@code flat} coordinates u run along the valley floor, the other d − k coordinates w across its walls,
 *
 * <pre>  f(θ) = ½·a·Σᵢ uᵢ² + ½·b·Σⱼ (wⱼ − c·s)²,   s = Σᵢ uᵢ²,</pre>
 *
 * with floor curvature a = {@code floor} (default 0: exactly flat), wall curvature b = {@code wall} (default 100) and
 * bend c = {@code bend} (default 0: a straight valley, the walls' centre line rising as c·|u|² when c ≠ 0).
 *
 * <p>Closed forms. Straight (c = 0): f is ½θᵀΛθ with Λ = diag(a … a, b … b), so overdamped Langevin's stationary
 * variance is T/a along the floor and T/b across the walls, Euler–Maruyama's T/(λ(1 − ηλ/2)); on a flat floor (a = 0)
 * the gradient along u is exactly zero, so each uᵢ is a free random walk with E[(uᵢ(t) − uᵢ(0))²] = 2T·t, t = η·steps,
 * with no discretisation error. Bent (a &gt; 0): the change of variables vⱼ = wⱼ − c·s has Jacobian 1, so the Gibbs
 * density ∝ exp(−f/T) factorises: u ~ N(0, (T/a)·I) exactly and wⱼ | u ~ N(c·s, T/b); hence E[wⱼ] = c·k·T/a and
 * Var wⱼ = T/b + 2c²k(T/a)². Start (1, …, 1). Gradient and H·v exact.
 */
public final class Valley implements VectorLandscape {
    private final int d;
    private final int k;
    private final double a;
    private final double b;
    private final double c;

    public Valley(int dimension, int flat, double floor, double wall, double bend) {
        d = VectorLandscape.checkDimension("landscape valley", dimension, 2);
        if (flat < 1 || flat > d - 1) {
            throw new InvalidInputException("landscape valley option flat = " + flat + " is outside the allowed range [1, "
                    + (d - 1) + "] (dim − 1: at least one wall coordinate)");
        }
        k = flat;
        a = Numbers.checkRange("landscape valley option floor", floor, 0, 1e6);
        b = Numbers.checkRange("landscape valley option wall", wall, 1e-12, 1e6);
        c = Numbers.checkRange("landscape valley option bend", bend, -1e3, 1e3);
    }

    /** k, the number of coordinates along the valley floor (the first k). */
    public int flat() {
        return k;
    }

    @Override
    public int dimension() {
        return d;
    }

    private double floorSquares(double[] t) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += t[i] * t[i];
        }
        return s;
    }

    /** c·s, exactly 0 for the straight valley (so an overflowing floor cannot turn 0·∞ into NaN on the walls). */
    private double centre(double s) {
        return c == 0 ? 0 : c * s;
    }

    @Override
    public double value(double[] t) {
        double s = floorSquares(t);
        double shift = centre(s);
        double walls = 0;
        for (int j = k; j < d; j++) {
            double r = t[j] - shift;
            walls += r * r;
        }
        return 0.5 * (a * s + b * walls);
    }

    @Override
    public void gradient(double[] t, double[] g) {
        double shift = centre(floorSquares(t));
        double rsum = 0;
        for (int j = k; j < d; j++) {
            double r = t[j] - shift;
            g[j] = b * r;
            rsum += r;
        }
        // ∂f/∂uᵢ = a·uᵢ − 2c·b·uᵢ·Σⱼ rⱼ.
        double along = c == 0 ? a : a - 2 * c * b * rsum;
        for (int i = 0; i < k; i++) {
            g[i] = along * t[i];
        }
    }

    @Override
    public void hessianVector(double[] t, double[] v, double[] hv) {
        if (c == 0) {
            for (int m = 0; m < d; m++) {
                hv[m] = (m < k ? a : b) * v[m];
            }
            return;
        }
        double s = floorSquares(t);
        double ds = 0;
        for (int i = 0; i < k; i++) {
            ds += 2 * t[i] * v[i];
        }
        double rsum = 0;
        double drsum = 0;
        for (int j = k; j < d; j++) {
            rsum += t[j] - c * s;
            double dr = v[j] - c * ds;
            drsum += dr;
            hv[j] = b * dr;
        }
        double along = a - 2 * c * b * rsum;
        double cross = -2 * c * b * drsum;
        for (int i = 0; i < k; i++) {
            hv[i] = along * v[i] + cross * t[i];
        }
    }

    @Override
    public void gradients(double[][] x, int from, int to, double[][] g) {
        if (c != 0) {
            // The bent valley couples every coordinate through s: one particle at a time (O(d) each, no allocation).
            VectorLandscape.super.gradients(x, from, to, g);
            return;
        }
        // The straight valley is diagonal: one scaled copy per coordinate.
        int n = to - from;
        for (int m = 0; m < d; m++) {
            double l = m < k ? a : b;
            double[] xm = x[m];
            double[] gm = g[m];
            for (int i = 0; i < n; i++) {
                gm[i] = l * xm[from + i];
            }
        }
    }

    @Override
    public double[] defaultStart() {
        double[] s = new double[d];
        Arrays.fill(s, 1.0);
        return s;
    }

    @Override
    public String describe() {
        String wall = c == 0 ? "Σⱼ wⱼ²" : "Σⱼ (wⱼ − " + Numbers.format(c) + "·|u|²)²";
        return "valley in " + d + " dimensions: ½·" + Numbers.format(a) + "·|u|² + ½·" + Numbers.format(b) + "·" + wall
                + ", u = θ₁ … θ" + k + " along the floor, w = the other " + (d - k) + " across the walls";
    }
}
