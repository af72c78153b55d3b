package org.basinscope.app.plots;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether an axis follows its data (the plot's own ranging, {@link AxisRange}, sets it as frames arrive)
 * or holds a range the user chose by zooming or panning ({@link Explorer}). It is kept with the axis, so
 * the ranging code that owns an axis and the interaction that owns the chart need not know each other.
 * FX thread only, like the axis.
 */
public final class Following {
    private final BooleanProperty on = new SimpleBooleanProperty(true);

    private Following() {
    }

    /** The axis's state (made on first use: an axis follows its data until someone holds it). */
    public static Following of(DefaultNumericAxis axis) {
        return (Following) axis.getProperties().computeIfAbsent(Following.class, k -> new Following());
    }

    /** True while the axis follows its data. */
    public boolean get() {
        return on.get();
    }

    void set(boolean following) {
        on.set(following);
    }

    /** Runs {@code action} each time the axis goes back to following its data (to re-apply its range). */
    public void onResume(Runnable action) {
        on.addListener((o, was, now) -> {
            if (now) {
                action.run();
            }
        });
    }
}
