package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.escape.EscapeTheory;
import org.basinscope.engine.landscape.Landscape;

/**
 * One optimiser or sampler: the rule that moves a particle one step on a landscape.
 *
 * <p><b>Extension contract.</b> Implement {@link #name()}, {@link #describe()}, {@link #parameters()},
 * {@link #stochastic()} and {@link #step}; if the rule keeps per-particle state (velocities, moments,
 * a cached force) declare it with {@link #auxiliaryArrays()} and prepare it in {@link #start}; then
 * register a factory in {@link DynamicsCatalog}. The ensemble, the command line, the app and the
 * analyses then work with it.
 *
 * <p>Rules for implementations: immutable (options are constructor arguments; the user-movable
 * hyper-parameters come in per call as {@link Params}); draw random numbers only from the particle's
 * own stream ({@code s.seeds/s.gammas} at index i), always the same count in the same order for a
 * given particle and step, so a run is bit-identical for any thread count; skip particles whose
 * {@code diverged} flag is set; never allocate inside {@link #step}.
 */
public interface Dynamics {

    /** The catalog name, e.g. {@code langevin}. */
    String name();

    /** The update rule, for readouts and the command line's help, e.g. {@code x ← x − η∇f + √(2ηT) ξ}. */
    String describe();

    /** The {@link Params} fields this rule reads; the app disables the others. */
    Set<Param> parameters();

    /** True if the rule draws random numbers. */
    boolean stochastic();

    /**
     * The temperature T_eff of the Gibbs density exp(−f/T_eff)/Z this rule samples for small η, or 0 if it
     * is deterministic. The convention is always that of overdamped Langevin dθ = −∇f dt + √(2T) dW.
     */
    default double effectiveTemperature(Params p) {
        return 0;
    }

    /** How {@link #effectiveTemperature} is computed, for the readout, e.g. {@code T_eff = T}. */
    default String temperatureFormula() {
        return "T_eff = 0 (deterministic)";
    }

    /**
     * Spectral radius of the rule's deterministic step map linearised on a quadratic of curvature λ
     * (e.g. |1 − ηλ| for GD): the factor by which deviations from a minimum shrink per step (&lt; 1
     * stable, &gt; 1 unstable), or NaN if the rule is not linear there (Adam).
     */
    double contraction(Params p, double lambda);

    /**
     * The exact stationary variance of this discrete-time rule along a Hessian eigen-direction of
     * curvature λ &gt; 0, linearised at a minimum (an Ornstein–Uhlenbeck-type linear recursion), or NaN
     * when there is no such prediction. Deterministic rules return 0 when stable.
     */
    default double stationaryVariance(Params p, double lambda) {
        return Double.NaN;
    }

    /**
     * The exact stationary covariance {c_xx, c_xy, c_yy} of this rule linearised at a minimum of
     * Hessian {@code hessian} = {f_xx, f_xy, f_yy} (2-D), when it is not determined direction by direction
     * by {@link #stationaryVariance} (anisotropic noise not aligned with H); null otherwise.
     */
    default double[] stationaryCovariance(Landscape f, Params p, double[] hessian) {
        return null;
    }

    /**
     * The covariance {c_xx, c_xy, c_yy} of the random part of one step's displacement from (x, y) on a
     * 2-D landscape (e.g. 2ηT·I for Langevin, η²σ²Σ/B for SGD): the noise geometry the cloud is shaped by,
     * next to the curvature. Null for deterministic rules and where there is no closed form.
     */
    default double[] stepNoiseCovariance(Landscape f, Params p, double x, double y) {
        return null;
    }

    /**
     * The diffusion matrix D {d_xx, d_xy, d_yy} of the small-η SDE dθ = −∇f dt + √D dW this rule follows
     * (2-D; seed 001, Theorem 2): near a minimum its stationary covariance solves the continuous-time
     * Lyapunov equation HC + CH = D. By default one step's noise covariance over η (η σ²Σ/B for SGD);
     * null without noise.
     */
    default double[] diffusion(Landscape f, Params p, double x, double y) {
        double[] q = stepNoiseCovariance(f, p, x, y);
        return q == null ? null : new double[] {q[0] / p.eta(), q[1] / p.eta(), q[2] / p.eta()};
    }

    /**
     * This rule as a differentiable map on one particle's full state, for Lyapunov exponents and
     * bifurcation diagrams; null for stochastic rules (their exponents are measured with shared noise
     * instead, see {@code SharedNoiseExponent}).
     */
    default DifferentiableMap asMap(Landscape f, Params p) {
        return null;
    }

    /**
     * This rule as a map with tangent vectors on a d-dimensional landscape ({@link TangentMap}), for the top-k
     * Lyapunov exponents where the dense Jacobian of {@link #asMap} is too big; null for stochastic rules and
     * for rules without one (GD, heavy ball, Nesterov, Adam, RMSProp and AdaGrad have one).
     */
    default TangentMap tangentMap(org.basinscope.engine.landscape.VectorLandscape f, Params p) {
        return null;
    }

    /**
     * The rule whose orbits an orbit diagram or an FTLE map follows: this one if it is a deterministic map
     * here ({@link #asMap} not null), else gradient descent, the drift of the noisy rules.
     */
    default Dynamics deterministicOrDrift(Landscape f, Params p) {
        return asMap(f, p) != null ? this : new GradientDescent();
    }

    /**
     * The theory of this rule's escape from a well ({@link EscapeTheory}): Kramers for overdamped samplers
     * (Eyring–Kramers in 2-D), Kramers–Grote–Hynes for underdamped Langevin; by default none, with the reason.
     */
    default EscapeTheory escapeTheory() {
        return EscapeTheory.none(stochastic() ? "no escape theory is known for " + name()
                : name() + " is deterministic: it does not leave a basin by noise");
    }

    /**
     * Why this rule cannot run on {@code f} (e.g. minibatch SGD needs a data set), or null if it can.
     * Checked when a run is configured, so the user gets the reason instead of a stopped simulation.
     */
    default String incompatibility(Landscape f) {
        return null;
    }

    /**
     * Rates of the accept/reject decisions this rule makes, over the live particles after {@code steps}
     * steps since the last start (MALA: one acceptance rate; replica exchange: one swap rate per pair of
     * neighbouring temperatures), or null if it makes none.
     */
    default double[] acceptanceRates(ParticleArrays s, long steps) {
        return null;
    }

    /** What {@link #acceptanceRates} count, for the readout. */
    default String acceptanceLabel() {
        return "accepted";
    }

    /** Why the accept/reject step is there, for the readout's note. */
    default String acceptanceNote() {
        return "";
    }

    /**
     * True if one step is exactly gradient descent's map x ← x − η∇f(x), so that views and analyses may use
     * its closed forms (the return map x − ηf'(x), a fast orbit loop, Kong and Tao's density of GD).
     */
    default boolean gradientDescentStep() {
        return false;
    }

    /**
     * True if this rule discretises overdamped Langevin dθ = −∇f dt + √(2T) dW with time = steps × η, so
     * that its particles' density follows the Fokker–Planck equation ∂p/∂t = ∇·(p∇f) + TΔp (seed 001,
     * Fokker–Planck section) and its escape times the overdamped first-passage theory. Views that predict
     * with that equation (the forecast, the autocorrelation against the spectral gap, the Arrhenius sweep)
     * offer themselves exactly for the rules that say yes.
     */
    default boolean followsOverdampedFokkerPlanck() {
        return false;
    }

    /**
     * Where this rule's gradient comes from ({@link GradientSource}): exact unless the rule was built with a
     * noisy or minibatch source (or is one of the aliases that carry theirs: sgd, minibatch, sgld).
     */
    default GradientSource gradient() {
        return ExactGradient.INSTANCE;
    }

    /**
     * This rule's step in d dimensions ({@link VectorStep}), or empty if it runs on planar landscapes only
     * (then a d-dimensional run is refused with the rules that do run there).
     */
    default java.util.Optional<VectorStep> inDimensions() {
        return java.util.Optional.empty();
    }

    /** Number of per-particle arrays this rule keeps in {@link ParticleArrays#aux}. */
    default int auxiliaryArrays() {
        return 0;
    }

    /**
     * Index in {@link ParticleArrays#aux} of the x-velocity (the y-velocity follows it), or −1 if the
     * rule has no velocity. Used for (x, v) phase portraits.
     */
    default int velocityIndex() {
        return -1;
    }

    /** Prepares the auxiliary state of particles {@code [from, to)} at their current positions. */
    default void start(Landscape f, Params p, ParticleArrays s, int from, int to, Workspace w) {
    }

    /**
     * Advances particles {@code [from, to)} by one step. {@code t} is the 1-based index of this step
     * since the last start (Adam's bias correction needs it). {@code to - from <= w.capacity()}.
     */
    void step(Landscape f, Params p, long t, ParticleArrays s, int from, int to, Workspace w);
}
