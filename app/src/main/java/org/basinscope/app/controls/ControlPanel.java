package org.basinscope.app.controls;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;
import org.basinscope.engine.spec.Spec;

/**
 * The control column: landscape and dynamics pickers, the hyper-parameter sliders with typed fields,
 * particle count, seed and start point, and run / pause / step / reset / speed. It turns user actions
 * into {@link LiveSimulation} commands; it never touches the ensemble itself.
 */
public final class ControlPanel extends VBox {
    private final LiveSimulation simulation;
    private RunConfig config;

    private final ChoiceField<Landscape> landscape;
    private final ChoiceField<Landscape> formula;
    private final ChoiceField<Dynamics> dynamics;
    private final ChoiceField<org.basinscope.engine.dynamics.Schedule> schedule;
    private final org.basinscope.app.plots.SchedulePlot schedulePlot = new org.basinscope.app.plots.SchedulePlot();
    private final Map<Param, ParameterControl> parameters = new EnumMap<>(Param.class);
    private final ParameterControl particles;
    private final ParameterControl speed;
    private final TextField seed = new TextField();
    private final TextField start = new TextField();
    private final TextField spread = new TextField();
    private final Label configError = new Label();
    private final ToggleButton run = new ToggleButton("Run");
    private final Button step = new Button("Step");
    private final Button reset = new Button("Reset");
    private final VBox pickers;
    private final HBox buttons;
    private final VBox extras;
    /** True while {@link #load} sets the controls, so their listeners do not restart the run piecemeal. */
    private boolean loading;

    public ControlPanel(LiveSimulation simulation, RunConfig initial) {
        this.simulation = simulation;
        this.config = initial;
        getStyleClass().add("control-panel");
        setPadding(new Insets(10));
        setSpacing(8);
        Params p = simulation.params();

        landscape = new ChoiceField<>("landscape", "Landscape",
                "A built-in loss surface, optionally with options: NAME:key=value,...\nNames: "
                        + String.join(", ", LandscapeCatalog.names()),
                List.of("double-well", "double-well:dim=2", "double-well:tilt=0.1", "quadratic",
                        "quadratic:h1=1,h2=10", "quadratic:dim=1", "muller-brown:scale=0.1", "rosenbrock",
                        "three-hole", "multiscale", "multiscale:eps=0.01", "linear-regression", "logistic-regression",
                        "deep-linear", "tiny-network"),
                initial.landscapeSpec().startsWith("formula:") ? "" : initial.landscapeSpec(),
                text -> LandscapeCatalog.create(Spec.parse(text)), a -> setLandscape(a.text(), a.value()));
        formula = new ChoiceField<>("formula", "…or a formula in x, y",
                "Operators + − * / ^, functions sin cos tan exp log sqrt abs tanh, constants pi e. "
                        + "Only x → a 1-D landscape. Press Enter to apply.",
                List.of("x^2/2", "(x^2-1)^2/4 + y^2/2", "(x^2-1)^2/4 + 0.1*x", "x^2/2 + 0.01*sin(x/0.01)",
                        "sin(3*x)*cos(3*y) + (x^2+y^2)/4", "(1-x)^2 + 10*(y-x^2)^2"),
                initial.landscapeSpec().startsWith("formula:") ? initial.landscapeSpec().substring(8) : "",
                Formula::compile, a -> setLandscape("formula:" + a.text(), a.value()));
        dynamics = new ChoiceField<>("dynamics", "Dynamics",
                DynamicsCatalog.entries().stream().map(e -> e.name() + ": " + e.summary())
                        .collect(Collectors.joining("\n")),
                List.copyOf(DynamicsCatalog.names()), initial.dynamicsSpec(),
                text -> DynamicsCatalog.create(Spec.parse(text), simulation.params()).dynamics(),
                a -> setDynamics(a.text(), a.value()));
        schedule = new ChoiceField<>("schedule", "Schedule of η or T",
                "η_t (or T_t with target=temperature) = slider value × factor(t): constant; step:every=K,gamma=g; "
                        + "cosine | cyclical | linear:period=P,floor=m. Changing it restarts the run.",
                List.of("constant", "cosine:period=2000,floor=0.05", "step:every=500,gamma=0.5",
                        "cyclical:period=1000,floor=0.1", "linear:period=3000,floor=0.02,target=temperature"),
                initial.schedule().spec(), org.basinscope.engine.dynamics.Schedule::parse,
                a -> setSchedule(a.value()));

        parameters.put(Param.ETA, new ParameterControl("eta", "Learning rate η",
                "Step size of every dynamics (for Langevin and BAOAB the time step: time = steps × η). "
                        + "GD is stable on a quadratic when η < 2/λmax.",
                SliderScale.log(1e-5, 10, false, false), p.eta()));
        parameters.put(Param.BATCH, new ParameterControl("batch", "Batch size B",
                "Examples per minibatch: SGD's gradient noise has variance σ²/B, so T_eff = ησ²/(2B).",
                SliderScale.log(1, 1024, false, true), p.batch()));
        parameters.put(Param.TEMPERATURE, new ParameterControl("temperature", "Temperature T",
                "Langevin noise: dθ = −∇f dt + √(2T) dW; stationary density exp(−f/T)/Z. T = 0 is plain descent.",
                SliderScale.log(1e-4, 10, true, false), p.temperature()));
        parameters.put(Param.FRICTION, new ParameterControl("friction", "Friction γ",
                "Underdamped Langevin: dv = −∇f dt − γv dt + √(2γT) dW. Large γ → overdamped; γ = 0 → Hamiltonian.",
                SliderScale.log(1e-3, 100, true, false), p.friction()));
        parameters.put(Param.MOMENTUM, new ParameterControl("momentum", "Momentum β",
                "Heavy ball / Nesterov: v ← βv − η∇f, x ← x + v. Contraction √β on a quadratic; stable when ηλ < 2 + 2β.",
                SliderScale.linear(0, 0.999), p.momentum()));
        particles = new ParameterControl("particles", "Particles N",
                "Number of particles. Changing N restarts the run from the start point.",
                SliderScale.log(1, 1_000_000, false, true), initial.particles());
        speed = new ParameterControl("speed", "Steps per frame",
                "Simulation speed: steps taken between two drawn frames (about 60 frames per second).",
                SliderScale.log(1, 10_000, false, true), 10);

        for (ParameterControl c : parameters.values()) {
            c.valueProperty().addListener((o, a, b) -> {
                if (!loading) {
                    pushParams();
                }
            });
        }
        particles.valueProperty().addListener((o, a, b) -> {
            if (!loading) {
                reconfigure(() -> config.withParticles(b.intValue()));
            }
        });
        speed.valueProperty().addListener((o, a, b) -> simulation.setStepsPerFrame(b.intValue()));

        seed.setId("seed");
        seed.setText(Long.toString(initial.seed()));
        seed.setTooltip(new Tooltip("Random seed. Same seed and settings ⇒ the same run, bit for bit."));
        seed.setOnAction(e -> applySeed());
        start.setId("start");
        start.setPromptText("landscape default");
        start.setTooltip(new Tooltip("Start point of every particle: x or x,y. Empty = the landscape's default."));
        start.setOnAction(e -> applyStart());
        spread.setId("spread");
        spread.setPromptText("0");
        spread.setPrefColumnCount(4);
        spread.setTooltip(new Tooltip("Scatter the particles uniformly within ±spread of the start point "
                + "(0: all start at the same point). Deterministic dynamics need it to fill a density."));
        spread.setOnAction(e -> applySpread());
        configError.setId("config-error");
        configError.getStyleClass().add("field-error");
        configError.setWrapText(true);
        configError.setVisible(false);
        configError.setManaged(false);

        run.setId("run");
        run.setTooltip(new Tooltip("Run or pause the simulation (Space)"));
        run.selectedProperty().addListener((o, a, b) -> {
            run.setText(b ? "Pause" : "Run");
            simulation.setRunning(b);
        });
        step.setId("step");
        step.setTooltip(new Tooltip("One step while paused (S)"));
        step.setOnAction(e -> simulation.stepOnce());
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Back to the start with the same seed: replays the same run (R)"));
        reset.setOnAction(e -> simulation.reset());
        buttons = new HBox(6, run, step, reset);
        for (var b : List.of(run, step, reset)) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }

        HBox seedRow = new HBox(6, labelled("Seed", seed), labelled("Start x0", start), labelled("Spread ±", spread));
        pickers = new VBox(8, new Separator(), landscape, formula, dynamics, schedule, schedulePlot.node(),
                new Separator());
        extras = new VBox(8, new Separator(), particles, seedRow, configError);
        getChildren().addAll(buttons, speed, pickers);
        getChildren().addAll(parameters.values());
        getChildren().add(extras);
        updateApplicability(initial.dynamics());
        showSettings(initial);
    }

    private static VBox labelled(String label, TextField field) {
        Label l = new Label(label);
        l.getStyleClass().add("parameter-name");
        VBox box = new VBox(2, l, field);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private void pushParams() {
        simulation.setParams(currentParams());
    }

    /** The parameters as the controls show them now. */
    public Params currentParams() {
        return new Params(value(Param.ETA), (int) value(Param.BATCH), value(Param.TEMPERATURE), value(Param.FRICTION),
                value(Param.MOMENTUM));
    }

    private double value(Param p) {
        return parameters.get(p).value();
    }

    private void setLandscape(String spec, Landscape f) {
        if (spec.startsWith("formula:")) {
            landscape.show("");
        } else {
            formula.show("");
        }
        start.clear();
        reconfigure(() -> config.withLandscape(spec, f));
    }

    private void setDynamics(String spec, Dynamics d) {
        updateApplicability(d);
        reconfigure(() -> config.withDynamics(spec, d));
    }

    private void setSchedule(org.basinscope.engine.dynamics.Schedule next) {
        showSchedulePlot(next);
        reconfigure(() -> config.withSchedule(next));
    }

    private void showSchedulePlot(org.basinscope.engine.dynamics.Schedule s) {
        schedulePlot.node().setVisible(!s.isConstant());
        schedulePlot.node().setManaged(!s.isConstant());
    }

    /** Feeds the schedule plot (FX thread, from the window's timer), when there is a schedule. */
    public void showSchedule(org.basinscope.engine.live.Snapshot s) {
        if (schedulePlot.node().isVisible() && !s.config().schedule().isConstant()) {
            schedulePlot.show(s);
        }
    }

    /** The schedule plot (for export and tests). */
    public org.basinscope.app.plots.SchedulePlot schedulePlot() {
        return schedulePlot;
    }

    private void applySeed() {
        try {
            long s = Long.parseLong(seed.getText().strip());
            reconfigure(() -> config.withSeed(s));
        } catch (NumberFormatException e) {
            showConfigError("Seed '" + seed.getText() + "' is not a whole number — kept " + config.seed());
            seed.setText(Long.toString(config.seed()));
        }
    }

    private void applyStart() {
        String text = start.getText().strip();
        Landscape f = config.landscape();
        try {
            double[] point;
            if (text.isEmpty()) {
                point = f.defaultStart();
            } else {
                String[] parts = text.split(",", -1);
                if (parts.length != f.dimension()) {
                    throw new InvalidInputException("start needs " + f.dimension() + " coordinate"
                            + (f.dimension() == 2 ? "s (x,y)" : ""));
                }
                point = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    point[i] = Numbers.checkRange("start", Numbers.parse("start", parts[i]), -1e6, 1e6);
                }
            }
            reconfigure(() -> config.withStart(point));
        } catch (InvalidInputException e) {
            showConfigError(e.getMessage());
        }
    }

    private void applySpread() {
        String text = spread.getText().strip();
        try {
            double w = text.isEmpty() ? 0 : Numbers.checkRange("spread", Numbers.parse("spread", text), 0, 1e6);
            reconfigure(() -> config.withSpread(w));
        } catch (InvalidInputException e) {
            showConfigError(e.getMessage());
            spread.setText(config.spread() == 0 ? "" : Display.number(config.spread()));
        }
    }

    private void reconfigure(java.util.function.Supplier<RunConfig> next) {
        RunConfig c;
        try {
            c = next.get();
        } catch (org.basinscope.engine.spec.InvalidInputException e) {
            // An impossible combination (minibatch SGD on an analytic landscape): say why, keep the run.
            showConfigError(e.getMessage() + " The previous run continues.");
            return;
        }
        config = c;
        showConfigError(null);
        simulation.configure(c);
    }

    private void showConfigError(String message) {
        configError.setText(message == null ? "" : message);
        configError.setVisible(message != null);
        configError.setManaged(message != null);
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
            parameters.get(Param.ETA).setValue(p.eta());
            parameters.get(Param.BATCH).setValue(p.batch());
            parameters.get(Param.TEMPERATURE).setValue(p.temperature());
            parameters.get(Param.FRICTION).setValue(p.friction());
            parameters.get(Param.MOMENTUM).setValue(p.momentum());
            particles.setValue(next.particles());
            showSettings(next);
        } finally {
            loading = false;
        }
        speed.setValue(stepsPerFrame);
        updateApplicability(next.dynamics());
        config = next;
        showConfigError(null);
        simulation.setParams(p);
        simulation.configure(next);
    }

    private void showSettings(RunConfig c) {
        boolean isFormula = c.landscapeSpec().startsWith("formula:");
        landscape.show(isFormula ? "" : c.landscapeSpec());
        formula.show(isFormula ? c.landscapeSpec().substring("formula:".length()) : "");
        dynamics.show(c.dynamicsSpec());
        schedule.show(c.schedule().spec());
        showSchedulePlot(c.schedule());
        seed.setText(Long.toString(c.seed()));
        spread.setText(c.spread() == 0 ? "" : Display.number(c.spread()));
        double[] defaultStart = c.landscape().defaultStart();
        start.setText(java.util.Arrays.equals(defaultStart, c.start()) ? ""
                : java.util.Arrays.stream(c.start()).mapToObj(Display::number).map(t -> t.replace('−', '-'))
                        .collect(Collectors.joining(",")));
    }

    /**
     * Presentation mode shows only the transport buttons and the given sliders (a lesson's); an empty
     * set, or leaving presentation mode, shows everything.
     */
    public void setPresentation(boolean on, java.util.Set<Param> sliders) {
        boolean reduce = on && !sliders.isEmpty();
        for (var e : parameters.entrySet()) {
            boolean show = !reduce || sliders.contains(e.getKey());
            e.getValue().setVisible(show);
            e.getValue().setManaged(show);
        }
        for (var node : List.of(pickers, extras, speed)) {
            node.setVisible(!reduce);
            node.setManaged(!reduce);
        }
    }

    /** Shows or hides the run/step/reset row (hidden on the B side of a comparison, which A drives). */
    public void setTransportVisible(boolean visible) {
        buttons.setVisible(visible);
        buttons.setManaged(visible);
        speed.setVisible(visible);
        speed.setManaged(visible);
    }

    public Button stepButton() {
        return step;
    }

    public Button resetButton() {
        return reset;
    }

    public int stepsPerFrame() {
        return (int) speed.value();
    }

    public LiveSimulation simulation() {
        return simulation;
    }

    public ParameterControl speed() {
        return speed;
    }

    public ParameterControl particles() {
        return particles;
    }

    public ParameterControl parameter(Param p) {
        return parameters.get(p);
    }

    /** Sets the speed control (and through it the simulation). */
    public void setStepsPerFrame(int steps) {
        speed.setValue(steps);
    }

    public ToggleButton runButton() {
        return run;
    }

    public void toggleRun() {
        run.setSelected(!run.isSelected());
    }

    public void step() {
        step.fire();
    }

    public void reset() {
        reset.fire();
    }

    public RunConfig config() {
        return config;
    }

    public ChoiceField<Landscape> landscapeField() {
        return landscape;
    }

    public ChoiceField<Landscape> formulaField() {
        return formula;
    }

    public ChoiceField<Dynamics> dynamicsField() {
        return dynamics;
    }

    public ChoiceField<org.basinscope.engine.dynamics.Schedule> scheduleField() {
        return schedule;
    }
}
