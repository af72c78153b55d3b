package org.basinscope.app.tabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.escape.EscapePrediction;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;

/** What the escape lab prints for each dynamics' theory: the named number, or the reason there is none. */
class PredictionTextTest {

    private static EscapePrediction predict(String landscape, String dynamics, Params p, double[] from, double[] to) {
        var d = DynamicsCatalog.create(Spec.parse(dynamics), p);
        return d.dynamics().escapeTheory().predict(LandscapeCatalog.create(landscape), d.params(), from, to, Double.NaN);
    }

    @Test
    void aDynamicsWithoutTheoryShowsItsNoteAndNoNumber() {
        EscapePrediction none = predict("double-well", "replica-exchange", Params.DEFAULT, new double[] {-1},
                new double[] {1});
        String text = PredictionText.lines(none);
        assertEquals(none.note(), text);
        assertFalse(text.matches(".*\\d.*"), text);
        assertEquals("theory", PredictionText.rateName(none));
    }

    @Test
    void eachTheoryIsNamedWithItsNumberAndWhatItIsShownBeside() {
        double[] a = {-1};
        double[] c = {1};
        Params p = Params.DEFAULT.withTemperature(0.1);
        String kramers = PredictionText.lines(predict("double-well", "langevin", p, a, c));
        assertTrue(kramers.startsWith("Kramers 54.13 · exact integral 66.27 · barrier ΔU = 0.25"), kramers);
        // γ = 0.02: γI/T = 0.27 < 1, energy diffusion: no KGH number, the low-friction time instead.
        EscapePrediction low = predict("double-well", "underdamped", p.withFriction(0.02), a, c);
        String lowText = PredictionText.lines(low);
        assertTrue(lowText.startsWith("Kramers–Grote–Hynes — (not in this regime) · low friction (energy diffusion) "),
                lowText);
        assertTrue(lowText.contains("energy-diffusion regime"), lowText);
        EscapePrediction high = predict("double-well", "underdamped", p.withFriction(5), a, c);
        assertTrue(PredictionText.lines(high).startsWith("Kramers–Grote–Hynes 281.1 · γ × exact overdamped 331.3"),
                PredictionText.lines(high));
        String ek = PredictionText.lines(predict("double-well:dim=2", "langevin", p, new double[] {-1, 0},
                new double[] {1, 0}));
        assertTrue(ek.startsWith("Eyring–Kramers 54.13 · saddle (") && ek.contains("barrier ΔU = 0.25"), ek);
    }
}
