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

    @Test
    void aNonNegativeQuantityStartsAtZeroAndNeverRunsBelow() {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        AxisRange range = new AxisRange(axis, 0.3).fromZero();
        range.fit(3, 5);
        assertEquals(0, range.min(), 0.0, "from 0, not from about 3");
        assertTrue(range.max() >= 5 && range.max() <= 6, "" + range.max());
        AxisRange floored = new AxisRange(new DefaultNumericAxis(), 0.3).floorAtZero();
        floored.fit(0.01, 0.3);
        assertEquals(0, floored.min(), 0.0, "padding does not take a loss >= 0 below 0");
        floored.fit(-2, 1);
        assertTrue(floored.min() <= -2, "values below 0 are still shown: " + floored.min());
    }

    @Test
    void hugeValuesGetTicksInPowersOfTen() {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        AxisRange range = new AxisRange(axis, 0.3).fromZero();
        range.fit(0, 3e7);
        assertEquals(0, range.min(), 0.0);
        assertTrue(range.max() >= 3e7 && range.max() <= 3.5e7, "" + range.max());
        Set<String> labels = labels(axis);
        assertEquals(5, labels.size(), "distinct: " + labels);
        for (String l : labels) {
            assertTrue(l.equals("0") || l.matches("[0-9.]+e[67]"), "short, in powers of ten: " + l + " of " + labels);
        }
    }

    @Test
    void aLogAxisSpansWholeDecades() {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        axis.setLogAxis(true);
        AxisRange range = new AxisRange(axis, 0.3).fromZero();
        range.fit(2e-3, 3e7);
        assertEquals(1e-3, range.min(), 1e-15);
        assertEquals(1e8, range.max(), 1e-3);
        range.fit(5, 5);
        assertEquals(1, range.min(), 1e-12, "a constant gets its decade");
        assertEquals(10, range.max(), 1e-9);
    }
}
