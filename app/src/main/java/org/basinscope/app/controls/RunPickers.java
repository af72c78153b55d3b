package org.basinscope.app.controls;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.basinscope.app.plots.SchedulePlot;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.GradientSources;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.formula.Formula;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.spec.Spec;

/**
 * What a run is made of: the landscape (from the catalog, or a formula), the dynamics, and the schedule of
 * η or T with its small plot. Each picker builds its engine object from the typed text and reports it, or
 * says why it cannot and keeps the previous one.
 */
final class RunPickers extends VBox {
    private static final String FORMULA = "formula:";
    private final ChoiceField<Landscape> landscape;
    private final ChoiceField<Landscape> formula;
    private final ChoiceField<Dynamics> dynamics;
    private final ChoiceField<Dynamics> gradient;
    private final ChoiceField<Schedule> schedule;
    private final SchedulePlot schedulePlot = new SchedulePlot();

    /**
     * @param current     the parameters a dynamics' options start from
     * @param onLandscape a new landscape spec and what it built
     * @param onDynamics  a new dynamics spec, its gradient spec and what they built
     * @param onSchedule  a new schedule
     */
    RunPickers(RunConfig initial, Supplier<Params> current, BiConsumer<String, Landscape> onLandscape,
            DynamicsChoice onDynamics, Consumer<Schedule> onSchedule) {
        super(8);
        boolean isFormula = initial.landscapeSpec().startsWith(FORMULA);
        landscape = new ChoiceField<>("landscape", "Landscape",
                "A built-in loss surface, optionally with options: NAME:key=value,...\nNames: "
                        + String.join(", ", LandscapeCatalog.names()),
                LandscapeCatalog.examples(), isFormula ? "" : initial.landscapeSpec(),
                text -> LandscapeCatalog.create(Spec.parse(text)), a -> {
                    clearOther(true);
                    onLandscape.accept(a.text(), a.value());
                });
        formula = new ChoiceField<>("formula", "…or a formula in x, y",
                "Operators + − * / ^, functions sin cos tan exp log sqrt abs tanh, constants pi e. "
                        + "Only x → a 1-D landscape. Press Enter to apply.",
                List.of("x^2/2", "(x^2-1)^2/4 + y^2/2", "(x^2-1)^2/4 + 0.1*x", "x^2/2 + 0.01*sin(x/0.01)",
                        "sin(3*x)*cos(3*y) + (x^2+y^2)/4", "(1-x)^2 + 10*(y-x^2)^2"),
                isFormula ? initial.landscapeSpec().substring(FORMULA.length()) : "",
                Formula::compile, a -> {
                    clearOther(false);
                    onLandscape.accept(FORMULA + a.text(), a.value());
                });
        dynamics = new ChoiceField<>("dynamics", "Dynamics",
                DynamicsCatalog.entries().stream().map(e -> e.name() + " — " + e.title() + ": " + e.summary())
                        .collect(Collectors.joining("\n")),
                List.copyOf(DynamicsCatalog.names()), initial.dynamicsSpec(),
                text -> DynamicsCatalog.create(Spec.parse(text), Spec.parse(gradientSpec()), current.get()).dynamics(),
                a -> onDynamics.accept(a.text(), gradientSpec(), a.value()));
        gradient = new ChoiceField<>("gradient", "Gradient",
                "Where the dynamics' gradient comes from:\n" + GradientSources.entries().stream()
                        .map(e -> e.name() + ": " + e.summary()).collect(Collectors.joining("\n")),
                List.of("exact", "noisy", "noisy:sigma=2", "noisy:noise=hessian", "minibatch",
                        "minibatch:sampling=independent"), initial.gradientSpec(),
                text -> DynamicsCatalog.create(Spec.parse(dynamicsSpec()), Spec.parse(text), current.get()).dynamics(),
                a -> onDynamics.accept(dynamicsSpec(), a.text(), a.value()));
        schedule = new ChoiceField<>("schedule", "Schedule of η or T",
                "η_t (or T_t with target=temperature) = slider value × factor(t): constant; step:every=K,gamma=g; "
                        + "cosine | cyclical | linear:period=P,floor=m. Changing it restarts the run.",
                List.of("constant", "cosine:period=2000,floor=0.05", "step:every=500,gamma=0.5",
                        "cyclical:period=1000,floor=0.1", "linear:period=3000,floor=0.02,target=temperature"),
                initial.schedule().spec(), Schedule::parse, a -> {
                    showSchedulePlot(a.value());
                    onSchedule.accept(a.value());
                });
        landscape.showTitles(LandscapeCatalog::title);
        dynamics.showTitles(DynamicsCatalog::title);
        getChildren().addAll(new Separator(), landscape, formula, dynamics, gradient, schedule, schedulePlot.node(),
                new Separator());
    }

    /** A dynamics and its gradient source, chosen together (a picker reports both specs and what they built). */
    @FunctionalInterface
    interface DynamicsChoice {
        void accept(String dynamicsSpec, String gradientSpec, Dynamics built);
    }

    private String dynamicsSpec() {
        return dynamics.accepted();
    }

    private String gradientSpec() {
        return gradient == null ? GradientSources.EXACT : gradient.accepted();
    }

    /** One source of the landscape chosen (the catalog or a formula): the other field is emptied. */
    private void clearOther(boolean catalogChosen) {
        (catalogChosen ? formula : landscape).show("");
    }

    /** Shows a run's choices without applying them (a loaded session or lesson). */
    void show(RunConfig c) {
        boolean isFormula = c.landscapeSpec().startsWith(FORMULA);
        landscape.show(isFormula ? "" : c.landscapeSpec());
        formula.show(isFormula ? c.landscapeSpec().substring(FORMULA.length()) : "");
        dynamics.show(c.dynamicsSpec());
        gradient.show(c.gradientSpec());
        schedule.show(c.schedule().spec());
        showSchedulePlot(c.schedule());
    }

    private void showSchedulePlot(Schedule s) {
        schedulePlot.node().setVisible(!s.isConstant());
        schedulePlot.node().setManaged(!s.isConstant());
    }

    /** Feeds the schedule plot (FX thread, from the window's frame loop), when there is a schedule. */
    void showSchedule(Snapshot s) {
        if (schedulePlot.node().isVisible() && !s.config().schedule().isConstant()) {
            schedulePlot.show(s);
        }
    }

    SchedulePlot schedulePlot() {
        return schedulePlot;
    }

    /** Clears every picker's refused-text message. */
    void clearErrors() {
        for (ChoiceField<?> f : java.util.List.of(landscape, formula, dynamics, gradient, schedule)) {
            f.clearError();
        }
    }

    ChoiceField<Landscape> landscape() {
        return landscape;
    }

    ChoiceField<Landscape> formula() {
        return formula;
    }

    ChoiceField<Dynamics> dynamics() {
        return dynamics;
    }

    ChoiceField<Dynamics> gradient() {
        return gradient;
    }

    ChoiceField<Schedule> schedule() {
        return schedule;
    }
}
