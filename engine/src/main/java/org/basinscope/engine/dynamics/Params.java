package org.basinscope.engine.dynamics;

import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The hyper-parameters a user moves while a run is going: learning rate (step size) η, batch size B,
 * temperature T, friction γ and momentum β. Immutable and validated on construction; a running
 * ensemble swaps in a new instance between steps (see {@code Ensemble#setParams}).
 *
 * <p>Conventions: η is the step size of every dynamics (for Langevin and BAOAB it is the time step,
 * so continuous time is steps × η). T is the temperature of the Langevin family, whose stationary
 * density is exp(−f/T)/Z. B divides the per-example gradient-noise variance of SGD, giving the
 * effective temperature T_eff = η σ² / (2B) of the chapter's SDE dθ = −∇f dt + √(η σ²/B) dW
 * (seed 001, Section 2).
 *
 * @param eta         learning rate / step size, in (0, {@value #MAX_ETA}]
 * @param batch       batch size, in [1, {@value #MAX_BATCH}]
 * @param temperature temperature, in [0, {@value #MAX_TEMPERATURE}]
 * @param friction    friction γ of underdamped Langevin, in [0, {@value #MAX_FRICTION}]
 * @param momentum    momentum β of heavy ball / Nesterov, in [0, 1)
 */
public record Params(double eta, int batch, double temperature, double friction, double momentum) {
    public static final double MAX_ETA = 1e3;
    public static final int MAX_BATCH = 1_000_000;
    public static final double MAX_TEMPERATURE = 1e6;
    public static final double MAX_FRICTION = 1e4;
    /** Strictly below 1: β = 1 is an undamped oscillator that never converges. */
    public static final double MAX_MOMENTUM = 0.9999;

    public static final Params DEFAULT = new Params(0.01, 1, 0.1, 1.0, 0.9);

    public Params {
        Numbers.checkPositive("learning rate eta", eta, MAX_ETA);
        if (batch < 1 || batch > MAX_BATCH) {
            throw new InvalidInputException("batch size B = " + batch + " is outside the allowed range [1, "
                    + MAX_BATCH + "]");
        }
        Numbers.checkRange("temperature T", temperature, 0, MAX_TEMPERATURE);
        Numbers.checkRange("friction gamma", friction, 0, MAX_FRICTION);
        Numbers.checkRange("momentum beta", momentum, 0, MAX_MOMENTUM);
    }

    /** Parameters with each field read from {@code value} (B rounded to the nearest whole number). */
    public static Params of(java.util.function.ToDoubleFunction<Param> value) {
        return new Params(value.applyAsDouble(Param.ETA), (int) Math.round(value.applyAsDouble(Param.BATCH)),
                value.applyAsDouble(Param.TEMPERATURE), value.applyAsDouble(Param.FRICTION),
                value.applyAsDouble(Param.MOMENTUM));
    }

    /** The value of one field. */
    public double get(Param p) {
        return switch (p) {
            case ETA -> eta;
            case BATCH -> batch;
            case TEMPERATURE -> temperature;
            case FRICTION -> friction;
            case MOMENTUM -> momentum;
        };
    }

    /** These parameters with one field changed (B rounded to the nearest whole number). */
    public Params with(Param p, double v) {
        return of(q -> q == p ? v : get(q));
    }

    public Params withEta(double v) {
        return new Params(v, batch, temperature, friction, momentum);
    }

    public Params withBatch(int v) {
        return new Params(eta, v, temperature, friction, momentum);
    }

    public Params withTemperature(double v) {
        return new Params(eta, batch, v, friction, momentum);
    }

    public Params withFriction(double v) {
        return new Params(eta, batch, temperature, v, momentum);
    }

    public Params withMomentum(double v) {
        return new Params(eta, batch, temperature, friction, v);
    }
}
