package org.basinscope.app.plots;

import io.fair_acc.chartfx.plugins.CrosshairIndicator;
import java.util.function.BooleanSupplier;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;
import org.basinscope.app.controls.Display;

/**
 * ChartFX's crosshair with the values under the cursor in the app's number format, its label above the
 * cursor. Over a data point the tooltip, which gives that point's values, takes the label's place: the
 * two labels would cover each other beside the cursor.
 */
final class Crosshair extends CrosshairIndicator {
    private static final double GAP = 6;
    private final BooleanSupplier tooltipShown;

    /** @param tooltipShown whether a data point's tooltip is shown (decided before this plugin's handler runs) */
    Crosshair(BooleanSupplier tooltipShown) {
        this.tooltipShown = tooltipShown;
        StringConverter<Number> number = new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Display.number(n.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace('\u2212', '-'));
            }
        };
        // The lines run through the cursor: as pick targets they would take every click and hover from the chart.
        crosshairPath.setMouseTransparent(true);
        coordinatesLabel.setMouseTransparent(true);
        setXValueFormatter(number);
        setYValueFormatter(number);
        // Registered after the base class's handler, so it runs after it has placed the label.
        registerInputEventHandler(MouseEvent.ANY, this::raiseLabel);
    }

    private void raiseLabel(MouseEvent event) {
        if (!getChartChildren().contains(coordinatesLabel)) {
            return;
        }
        coordinatesLabel.setVisible(!tooltipShown.getAsBoolean());
        double height = coordinatesLabel.getLayoutBounds().getHeight();
        double top = coordinatesLabel.getLayoutBounds().getMinY();
        double y = event.getY() - GAP - height;
        if (y < 0) {
            y = event.getY() + GAP + 24;
        }
        coordinatesLabel.setLayoutY(y - top);
    }
}
