package org.basinscope.app.views.landscape;

import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.basinscope.app.controls.Display;
import org.basinscope.engine.live.Snapshot;

/**
 * The values under the mouse on the landscape: x, y and f(x, y) in 2-D, x and f(x) in 1-D (where the
 * vertical axis is f itself), in a small label beside the cursor, hidden outside the plot area and when
 * the mouse leaves. f is the landscape's own value at that point, not the drawn grid's.
 */
final class HoverReadout {
    private static final double OFFSET = 14;
    private final Label label = new Label();
    private final Region view;
    private final Supplier<Snapshot> snapshot;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    HoverReadout(Region view, Supplier<Snapshot> snapshot) {
        this.view = view;
        this.snapshot = snapshot;
        label.getStyleClass().add("landscape-hover");
        label.setManaged(false);
        label.setMouseTransparent(true);
        label.setVisible(false);
        label.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-text-fill: #1d2330; -fx-padding: 3 6 3 6;"
                + " -fx-background-radius: 3; -fx-border-color: #5a6275; -fx-border-radius: 3;");
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moved(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> moved(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
    }

    Label label() {
        return label;
    }

    /** The readout's text, or null outside the plot area. */
    String text() {
        return label.isVisible() ? label.getText() : null;
    }

    /** Updates the readout at the last mouse position (the landscape changed under a still mouse). */
    void refresh() {
        if (label.isVisible()) {
            moved(mouseX, mouseY);
        }
    }

    void moved(double x, double y) {
        mouseX = x;
        mouseY = y;
        Snapshot s = snapshot.get();
        PlotArea f = PlotArea.of(s, view.getWidth(), view.getHeight());
        if (f == null || !f.contains(x, y)) {
            hide();
            return;
        }
        label.setText(text(s, f.dataX(x), f.dataY(y)));
        double w = label.prefWidth(-1);
        double h = label.prefHeight(w);
        double lx = x + OFFSET + w <= view.getWidth() ? x + OFFSET : x - OFFSET - w;
        double ly = y + OFFSET + h <= view.getHeight() ? y + OFFSET : y - OFFSET - h;
        label.resizeRelocate(Math.round(lx), Math.round(ly), Math.ceil(w), Math.ceil(h));
        label.setVisible(true);
    }

    private void hide() {
        label.setVisible(false);
    }

    /** The text at data point (x, y): in 1-D, y is a height on the f axis and only x names a place. */
    static String text(Snapshot s, double x, double y) {
        if (s.grid().ny() > 1) {
            double f = s.config().landscape().value(x, y);
            return "x = " + Display.number(x) + "   y = " + Display.number(y) + "\nf = " + Display.number(f);
        }
        return "x = " + Display.number(x) + "\nf(x) = " + Display.number(s.config().landscape().value(x, 0));
    }
}
