package org.basinscope.app.controls;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.basinscope.app.plots.SchedulePlot;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The control column: run / pause / step / reset and speed, the landscape, dynamics and schedule pickers,
 * the hyper-parameter sliders with typed fields, and where the particles start. It turns user actions into
 * {@link LiveSimulation} commands; it never touches the ensemble itself.
 */
public final class ControlPanel extends VBox {
    private final LiveSimulation simulation;
    private RunConfig config;
    private final Transport transport;
    private final RunPickers pickers;
    private final Map<Param, ParameterControl> parameters = new EnumMap<>(Param.class);
    private final StartFields start;
    /** The sliders presentation mode shows when no lesson names its own. */
    private static final Set<Param> MAIN_SLIDERS = EnumSet.of(Param.ETA, Param.BATCH, Param.TEMPERATURE, Param.FRICTION);
    /** True while {@link #load} sets the controls, so their listeners do not restart the run piecemeal. */
    private boolean loading;

    public ControlPanel(LiveSimulation simulation, RunConfig initial) {
        this.simulation = simulation;
        this.config = initial;
        getStyleClass().add("control-panel");
        setPadding(new Insets(10));
        setSpacing(8);
        transport = new Transport(simulation);
        pickers = new RunPickers(initial, this::currentParams, this::setLandscape, this::setDynamics, this::setSchedule);
        parameters.putAll(Sliders.forParams(simulation.params()));
        for (ParameterControl c : parameters.values()) {
            c.valueProperty().addListener((o, a, b) -> {
                if (!loading) {
                    simulation.setParams(currentParams());
                }
            });
        }
        start = new StartFields(initial, () -> config, this::reconfigure);
        restoreChildren();
        updateApplicability(initial.dynamics());
        pickers.show(initial);
        start.show(initial);
    }

    /** The parameters as the controls show them now. */
    public Params currentParams() {
        return Params.of(p -> parameters.get(p).value());
    }

    private void setLandscape(String spec, Landscape f) {
        start.clearStart();
        reconfigure(c -> c.withLandscape(spec, f));
    }

    private void setDynamics(String spec, String gradient, Dynamics d) {
        updateApplicability(d);
        reconfigure(c -> c.withDynamics(spec, gradient, d));
    }

    private void setSchedule(Schedule next) {
        reconfigure(c -> c.withSchedule(next));
    }

    /** Feeds the schedule plot (FX thread, from the window's frame loop), when there is a schedule. */
    public void showSchedule(Snapshot s) {
        pickers.showSchedule(s);
    }

    /** The schedule plot (for export and tests). */
    public SchedulePlot schedulePlot() {
        return pickers.schedulePlot();
    }

    private void reconfigure(UnaryOperator<RunConfig> change) {
        RunConfig c;
        try {
            c = change.apply(config);
        } catch (InvalidInputException e) {
            // An impossible combination (minibatch SGD on an analytic landscape): say why, keep the run.
            start.showError(e.getMessage() + " The previous run continues.");
            return;
        }
        boolean newSpec = !c.dynamicsSpec().equals(config.dynamicsSpec());
        boolean newRun = newSpec || !c.landscapeSpec().equals(config.landscapeSpec());
        config = c;
        start.showError(null);
        if (newRun) {
            clearErrors();
        }
        simulation.configure(c);
        if (newSpec) {
            // A typed spec's hyper-parameter (momentum:beta=0.8) moves its slider: the run uses it.
            Params folded = c.withSpecOptions(currentParams());
            parameters.forEach((param, control) -> {
                if (folded.get(param) != currentParams().get(param)) {
                    control.setValue(folded.get(param));
                }
            });
        }
    }

    /**
     * Clears every message about a refused value (a new landscape, dynamics, session or lesson): what it was about
     * is gone, and a stale "kept …" would contradict the controls.
     */
    private void clearErrors() {
        parameters.values().forEach(ParameterControl::clearError);
        pickers.clearErrors();
        start.showError(null);
    }

    /** Disables the sliders the dynamics does not read, saying why in their tooltips. */
    private void updateApplicability(Dynamics d) {
        for (Map.Entry<Param, ParameterControl> e : parameters.entrySet()) {
            boolean used = d.parameters().contains(e.getKey());
            e.getValue().setApplicable(used, "Not used by " + d.name() + " (" + d.describe() + "): it has no "
                    + e.getKey().label() + ".");
        }
    }

    /**
     * Shows a whole new run (a loaded session or a lesson) in the controls and starts it: the
     * parameters, landscape, dynamics, N, seed and start point change together, with one restart.
     */
    public void load(RunConfig next, Params p, int stepsPerFrame) {
        loading = true;
        try {
            parameters.forEach((param, control) -> control.setValue(p.get(param)));
            start.show(next);
            pickers.show(next);
        } finally {
            loading = false;
        }
        transport.speed().setValue(stepsPerFrame);
        updateApplicability(next.dynamics());
        config = next;
        clearErrors();
        simulation.setParams(p);
        simulation.configure(next);
    }

    /**
     * The column: speed, pickers, sliders, start. The run/step/reset row is not in it: the window keeps that row
     * in its own bar, where a lesson card or a collapsed column cannot move it.
     */
    private void restoreChildren() {
        getChildren().setAll(transport.speed(), pickers);
        getChildren().addAll(parameters.values());
        getChildren().add(start);
    }

    /** The run/step/reset row, for the window to place (see {@link #restoreChildren}). */
    public HBox transportButtons() {
        return transport.buttons();
    }

    /**
     * Presentation mode's compact bar: the given sliders (a lesson's; else those of η, B, T and γ the dynamics
     * reads) leave the column for {@code bar}; any lent before come back to their places first.
     */
    public void lendSliders(boolean on, Set<Param> sliders, Pane bar) {
        // Without a lesson only the main sliders the dynamics reads (γ is greyed out for Langevin; the bar is short).
        Set<Param> lent = sliders.isEmpty() ? MAIN_SLIDERS : sliders;
        parameters.values().forEach(c -> c.setInline(false));
        restoreChildren();
        if (on) {
            for (var e : parameters.entrySet()) {
                if (lent.contains(e.getKey()) && (!sliders.isEmpty() || config.dynamics().parameters().contains(e.getKey()))) {
                    e.getValue().setInline(true);
                    bar.getChildren().add(e.getValue());
                }
            }
        }
    }

    /** Shows or hides the run/step/reset row (hidden on the B side of a comparison, which A drives). */
    public void setTransportVisible(boolean visible) {
        transport.setVisible(visible);
    }

    public Button stepButton() {
        return transport.step();
    }

    public Button resetButton() {
        return transport.reset();
    }

    public int stepsPerFrame() {
        return (int) transport.speed().value();
    }

    public LiveSimulation simulation() {
        return simulation;
    }

    public ParameterControl speed() {
        return transport.speed();
    }

    public ParameterControl particles() {
        return start.particles();
    }

    public ParameterControl parameter(Param p) {
        return parameters.get(p);
    }

    /** Sets the speed control (and through it the simulation). */
    public void setStepsPerFrame(int steps) {
        transport.speed().setValue(steps);
    }

    public ToggleButton runButton() {
        return transport.run();
    }

    public void toggleRun() {
        transport.run().setSelected(!transport.run().isSelected());
    }

    public void step() {
        transport.step().fire();
    }

    public void reset() {
        transport.reset().fire();
    }

    public RunConfig config() {
        return config;
    }

    public ChoiceField<Landscape> landscapeField() {
        return pickers.landscape();
    }

    public ChoiceField<Landscape> formulaField() {
        return pickers.formula();
    }

    public ChoiceField<Dynamics> dynamicsField() {
        return pickers.dynamics();
    }

    public ChoiceField<Dynamics> gradientField() {
        return pickers.gradient();
    }

    public ChoiceField<Schedule> scheduleField() {
        return pickers.schedule();
    }
}
