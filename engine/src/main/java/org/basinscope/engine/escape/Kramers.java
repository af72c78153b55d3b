package org.basinscope.engine.escape;

import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Kramers' rate theory on a 1-D landscape (seed 001, Kramers; Hänggi, Talkner &amp; Borkovec, Rev. Mod. Phys.
 * 62, 1990), with ω_a = √U''(a) at the well bottom, ω_b = √|U''(b)| at the barrier top, ΔU = U(b) − U(a):
 * <ul>
 * <li>overdamped, dx = −U' dt + √(2T) dW: τ = 2π/(ω_a ω_b) e^{ΔU/T}, beside the exact integral;</li>
 * <li>underdamped, dx = v dt, dv = −U' dt − γv dt + √(2γT) dW, moderate to high friction (spatial
 * diffusion): the Kramers–Grote–Hynes rate k = κ (ω_a/2π) e^{−ΔU/T}, κ = (√(γ²/4 + ω_b²) − γ/2)/ω_b, so
 * τ = 2π/(κ ω_a) e^{ΔU/T}; κ → ω_b/γ for γ ≫ ω_b, the overdamped time scaled by γ;</li>
 * <li>underdamped, low friction (energy diffusion): k = (γ I(E_b)/T)(ω_a/2π) e^{−ΔU/T}, I the action
 * ∮ v dx of the orbit at the barrier energy. KGH holds when the energy lost per oscillation, γI, exceeds T;
 * below that it is not drawn and the note says so.</li>
 * </ul>
 * The exact overdamped integral is given for underdamped runs only in the Smoluchowski limit, γ ≥ 4ω_b (where
 * κ is within 6% of ω_b/γ), multiplied by γ.
 */
final class Kramers {
    /** γ/ω_b from which the overdamped (Smoluchowski) limit is shown. */
    static final double SMOLUCHOWSKI = 4;

    private Kramers() {
    }

    static EscapePrediction overdamped(Landscape f, double temperature, double from, double to, double reflecting) {
        FirstPassageTheory.Prediction p = FirstPassageTheory.predict(f, temperature, from, to, reflecting);
        String note = Double.isNaN(p.kramers()) ? "no barrier between the start's well and the target" : null;
        return new EscapePrediction("kramers", p.kramers(), p.exact(), Double.NaN, new double[] {p.minimum()},
                new double[] {p.barrier()}, p.barrierHeight(), note);
    }

    /**
     * The KGH transmission factor κ = (√(γ²/4 + ω_b²) − γ/2)/ω_b, written ω_b/(√(γ²/4 + ω_b²) + γ/2) so that it
     * keeps its digits at high friction.
     */
    static double transmission(double gamma, double omegaB) {
        return omegaB / (Math.sqrt(gamma * gamma / 4 + omegaB * omegaB) + gamma / 2);
    }

    static EscapePrediction underdamped(Landscape f, double temperature, double gamma, double from, double to,
            double reflecting) {
        if (!(temperature > 0)) {
            return EscapePrediction.none("no escape by noise at T = 0");
        }
        FirstPassageTheory.Prediction p = FirstPassageTheory.predict(f, temperature, from, to, reflecting);
        if (Double.isNaN(p.kramers())) {
            return EscapePrediction.none("no barrier between the start's well and the target");
        }
        double[] h = new double[3];
        f.hessian(p.minimum(), 0, h);
        double omegaA = Math.sqrt(h[0]);
        f.hessian(p.barrier(), 0, h);
        double omegaB = Math.sqrt(-h[0]);
        double arrhenius = Math.exp(p.barrierHeight() / temperature);
        double action = action(f, p.minimum(), p.barrier());
        double loss = gamma * action / temperature;
        double lowFriction = gamma > 0 ? 2 * Math.PI / omegaA * temperature / (gamma * action) * arrhenius : Double.NaN;
        double exact = gamma >= SMOLUCHOWSKI * omegaB ? gamma * p.exact() : Double.NaN;
        double[] minimum = {p.minimum()};
        double[] barrier = {p.barrier()};
        if (loss < 1) {
            return new EscapePrediction("kramers-grote-hynes", Double.NaN, exact, lowFriction, minimum, barrier,
                    p.barrierHeight(), "energy-diffusion regime (energy lost per oscillation γI = "
                            + String.format("%.3g", loss) + "·T < T): Kramers–Grote–Hynes does not hold; the "
                            + "low-friction rate (γI/T)(ω_a/2π)e^{−ΔU/T} applies");
        }
        double kgh = 2 * Math.PI / (transmission(gamma, omegaB) * omegaA) * arrhenius;
        String note = Double.isNaN(exact) ? "exact overdamped integral not shown: it holds for γ ≥ "
                + (int) SMOLUCHOWSKI + "ω_b (Smoluchowski limit)" : "exact: the overdamped integral × γ (Smoluchowski limit)";
        return new EscapePrediction("kramers-grote-hynes", kgh, exact, lowFriction, minimum, barrier, p.barrierHeight(),
                note);
    }

    /**
     * The action I = ∮ v dx = 2∫ √(2(E_b − U)) dx of the orbit at the barrier energy E_b = U(b) in the well
     * of minimum a: between b and the turning point on the other side of a.
     */
    static double action(Landscape f, double a, double b) {
        double eb = f.value(b, 0);
        double d = Math.signum(a - b);
        // The far turning point: where U climbs back to E_b beyond the minimum.
        double step = Math.abs(a - b) / 1000;
        double x = a;
        int guard = 0;
        while (f.value(x, 0) < eb) {
            x += d * step;
            if (++guard > 1_000_000) {
                throw new InvalidInputException("the well does not close at the barrier's energy");
            }
        }
        // Bisection for the turning point, then the trapezoid rule on the substitution-free integrand.
        double lo = x - d * step;
        double hi = x;
        for (int k = 0; k < 60; k++) {
            double mid = 0.5 * (lo + hi);
            if (f.value(mid, 0) < eb) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double turn = 0.5 * (lo + hi);
        int n = 20_000;
        double from = Math.min(b, turn);
        double width = Math.abs(turn - b);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            // Midpoints: the integrand's square-root ends are integrable.
            double xk = from + (k + 0.5) * width / n;
            sum += Math.sqrt(Math.max(0, 2 * (eb - f.value(xk, 0))));
        }
        return 2 * sum * width / n;
    }
}
