package org.basinscope.app.plots;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.MouseEventsHelper;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Makes a chart explorable with ChartFX's own plugins: drag a rectangle to zoom, scroll to zoom about the
 * cursor, drag with the middle button or with Shift held to pan; double-click, right-click or Escape go back.
 * A crosshair reads the values under the cursor and a tooltip names the data point under it.
 * <p>
 * While the view is the user's (from the first zoom, scroll or pan) both axes hold it ({@link Following}),
 * so new frames do not undo it; going back restores the ranges from before and the axes follow the data
 * again. The Zoomer's own one-step zoom-out is off: it empties its stack before it restores the range, and
 * the axes would resume following only to be set back to a stale range.
 */
public final class Explorer {
    private final Zoomer zoomer = new Zoomer();
    private final Following x;
    private final Following y;
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(true);
    private final Label hint = new Label("zoomed · double-click to follow the data");
    /** How long a plot's own click waits for a second one (a double-click goes back and is no plot click). */
    static final javafx.util.Duration CLICK_WAIT = javafx.util.Duration.millis(300);
    private java.util.function.Consumer<MouseEvent> click;
    private javafx.animation.PauseTransition pendingClick;

    /** Keeps a node in the top-right corner of the plot area (plugins draw in the plot area's coordinates). */
    private static final class Corner extends ChartPlugin {
        private final Label note;

        Corner(Label note) {
            this.note = note;
            note.setManaged(false);
            getChartChildren().add(note);
            note.visibleProperty().addListener((o, was, now) -> layoutChildren());
        }

        @Override
        public void layoutChildren() {
            if (getChart() == null) {
                return;
            }
            Bounds area = getChart().getPlotArea().getBoundsInLocal();
            double w = note.prefWidth(-1);
            double h = note.prefHeight(w);
            note.resizeRelocate(Math.max(area.getMinX(), area.getMaxX() - w - 4), area.getMinY() + 3, w, h);
        }
    }

    Explorer(XYChart chart, DefaultNumericAxis xAxis, DefaultNumericAxis yAxis) {
        x = Following.of(xAxis);
        y = Following.of(yAxis);
        // Set before the Zoomer is added: it builds its range slider and tool-bar buttons when it gets a chart.
        zoomer.setSliderVisible(false);
        zoomer.setAddButtonsToToolBar(false);
        zoomer.setPanMouseFilter(Explorer::panGesture);
        zoomer.setZoomOutMouseFilter(e -> false);
        zoomer.setZoomOriginMouseFilter(e -> false);
        // The Zoomer pushes the view it leaves before it changes an axis: the axes are held from then on.
        zoomer.zoomStackDeque().addListener((ListChangeListener<Object>) c -> {
            if (!zoomer.zoomStackDeque().isEmpty()) {
                hold(true);
            }
        });
        // The note sits in the plot's top-right corner, over the data, not in the header: there it took room
        // from the title (cut in presentation mode and in narrow columns).
        hint.getStyleClass().add("plot-held-note");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(following.not());
        PointTooltip tooltip = new PointTooltip(xAxis, yAxis);
        // The tooltip listens to MOUSE_MOVED, the crosshair to any mouse event: JavaFX runs the handlers of the
        // specific type first, so the crosshair knows whether a tooltip is shown for the same event.
        // In this order on screen: the corner note under the tooltip and the crosshair.
        chart.getPlugins().addAll(zoomer, new Corner(hint), tooltip, new Crosshair(tooltip::shown));
        // A filter: ChartFX's panes consume clicks before they would bubble up to the chart. A drag (zoom, pan)
        // ends in a click too; it is no click for the plot's own handlers (click to set η, to run a cell).
        chart.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (!e.isStillSincePress()) {
                e.consume();
                return;
            }
            clicked(chart, e);
            boolean back = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    || e.getButton() == MouseButton.SECONDARY;
            if (back && !following.get()) {
                reset();
                e.consume();
            }
        });
        // A clicked chart takes the keyboard focus, so Escape reaches it.
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chart.requestFocus());
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !following.get()) {
                reset();
                e.consume();
            }
        });

    }

    /**
     * The plot's own click (set η, run a cell): a still primary click not followed within {@link #CLICK_WAIT} by a
     * second one. Acting at once, the first click of a double-click (which shows the whole plot again) also set η.
     */
    public void onClick(java.util.function.Consumer<MouseEvent> action) {
        click = action;
    }

    private void clicked(XYChart chart, MouseEvent e) {
        javafx.scene.Node area = chart.getPlotArea();
        if (click == null || e.getButton() != MouseButton.PRIMARY
                || !area.localToScene(area.getBoundsInLocal()).contains(e.getSceneX(), e.getSceneY())) {
            return;
        }
        if (pendingClick != null) {
            pendingClick.stop();
            pendingClick = null;
        }
        if (e.getClickCount() == 1) {
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(CLICK_WAIT);
            wait.setOnFinished(x -> {
                pendingClick = null;
                click.accept(e);
            });
            pendingClick = wait;
            wait.play();
        }
    }

    /** Panning: the middle button, or the primary button with Shift (on a touchpad there is no middle button). */
    private static boolean panGesture(MouseEvent e) {
        return MouseEventsHelper.isOnlyMiddleButtonDown(e)
                || e.isPrimaryButtonDown() && e.isShiftDown() && !e.isControlDown() && !e.isAltDown();
    }

    /** Back to the ranges from before the first zoom or pan, and to following the data. */
    public void reset() {
        zoomer.zoomOrigin();
        hold(false);
    }

    /**
     * Drops a zoom or pan without going back to the ranges from before it, for a plot about to show new
     * content on ranges of its own (a new sweep's grid, a typed η range): the old view means nothing there.
     */
    public void forget() {
        Map<Axis, Zoomer.ZoomState> origin = zoomer.zoomStackDeque().peekLast();
        if (origin != null) {
            origin.forEach((axis, state) -> {
                axis.setAutoRanging(state.wasAutoRanging());
                axis.setAutoGrowRanging(state.wasAutoGrowRanging());
            });
        }
        zoomer.clear();
        hold(false);
    }

    private void hold(boolean held) {
        following.set(!held);
        x.set(!held);
        y.set(!held);
    }

    /** True while the axes follow the data (false from a zoom or pan until {@link #reset}). */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** The zoom plugin (tests read the range it will go back to). */
    Zoomer zoomer() {
        return zoomer;
    }

    /** The note in the plot's corner, shown while the view is held. */
    Label hint() {
        return hint;
    }
}
