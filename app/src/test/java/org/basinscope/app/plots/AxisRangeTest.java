package org.basinscope.app.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AxisRangeTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The labels at the range's ends and three ticks between, as the axis formats them. */
    private static Set<String> labels(DefaultNumericAxis axis) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k <= 4; k++) {
            out.add(axis.getTickLabelFormatter().toString(axis.getMin() + k * (axis.getMax() - axis.getMin()) / 4));
        }
        return out;
    }

    @Test
    void aConstantValueFarFromZeroGetsDistinctTicks() {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        AxisRange range = new AxisRange(axis, 0.3);
        range.fit(22, 22);
        assertTrue(range.max() - range.min() >= 0.02 * 22, range.min() + " … " + range.max());
        assertTrue(range.min() < 22 && range.max() > 22);
        assertEquals(5, labels(axis).size(), "five different labels: " + labels(axis));
    }

    @Test
    void nearZeroTheAbsoluteMinimumSpanStillRules() {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        AxisRange range = new AxisRange(axis, 0.3).minSpan(1e-3);
        range.fit(0, 0);
        assertTrue(range.max() - range.min() < 0.01, range.min() + " … " + range.max());
        AxisRange steps = AxisRange.steps(new DefaultNumericAxis());
        steps.fit(0, 0);
        assertEquals(0, steps.min(), 0.0, "steps from 0");
    }
}
