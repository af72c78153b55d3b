package org.basinscope.app.plots.heatmap;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import javafx.util.StringConverter;
import org.basinscope.app.controls.Display;
import org.basinscope.engine.grid.Axis;

/**
 * A heat map's axis, ticked at the grid's own values (every k-th, at most {@value #MAX_LABELS} labels) rather than
 * at powers of ten: on a log axis of B from 1 to 64 ChartFX would label only "10", while the cells are 1, 2, 4, …
 * 64. Labels are short numbers ({@link Display#number}).
 */
final class CellAxis extends DefaultNumericAxis {
    static final int MAX_LABELS = 8;
    private double[] values = new double[0];

    CellAxis(String name) {
        super(name);
        setUnit(null);
        setAutoRanging(false);
        setAutoRangeRounding(false);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Display.number(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
    }

    /** Shows {@code a}: its name, log or linear, ticks at its values, the range from its first to last cell edge. */
    void show(Axis a, double[] edges) {
        values = a.values();
        setLogAxis(a.log());
        setName(a.knob().label());
        set(edges[0], edges[edges.length - 1]);
        forceRedraw();
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList out) {
        if (values.length == 0) {
            super.calculateMajorTickValues(range, out);
            return;
        }
        out.clear();
        int every = (values.length + MAX_LABELS - 1) / MAX_LABELS;
        for (int k = 0; k < values.length; k += every) {
            out.add(values[k]);
        }
    }

    @Override
    protected void calculateMinorTickValues(DoubleArrayList out) {
        if (values.length == 0) {
            super.calculateMinorTickValues(out);
        } else {
            out.clear();
        }
    }
}
