package org.basinscope.engine.landscape;

/**
 * A multiscale loss f = f0(x) + ε f1(x/ε) (Kong &amp; Tao, NeurIPS 2020; seed 003) seen by its parts.
 *
 * @param macro                 the macro part f0
 * @param eps                   the micro scale ε
 * @param microGradientVariance σ² = Var(f1') over a period of f1: the variance of the "noise" the micro
 *                              scale's gradient acts as, which sets Kong and Tao's temperature ησ²/2
 */
public record MultiscaleSplit(Landscape macro, double eps, double microGradientVariance) {
}
