package org.basinscope.app.controls;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * Where the particles start: their number N, the seed, the start point and the spread around it, with the
 * line that says why a typed value or combination was refused. Each change restarts the run.
 */
final class StartFields extends VBox {
    private final ParameterControl particles;
    private final TextField seed = new TextField();
    private final TextField start = new TextField();
    private final TextField spread = new TextField();
    private final Label error = new Label();
    private final Supplier<RunConfig> config;
    private final Consumer<UnaryOperator<RunConfig>> reconfigure;
    /** True while {@link #show} sets the fields, so N's listener does not restart the run. */
    private boolean showing;

    /**
     * @param config      the run's configuration now
     * @param reconfigure applies a change to it (and reports an impossible one through {@link #showError})
     */
    StartFields(RunConfig initial, Supplier<RunConfig> config, Consumer<UnaryOperator<RunConfig>> reconfigure) {
        super(8);
        this.config = config;
        this.reconfigure = reconfigure;
        particles = new ParameterControl("particles", "Particles N",
                "Number of particles. Changing N restarts the run from the start point.",
                SliderScale.log(1, 1_000_000, false, true), initial.particles());
        particles.valueProperty().addListener((o, a, b) -> {
            if (!showing) {
                reconfigure.accept(c -> c.withParticles(b.intValue()));
            }
        });
        seed.setId("seed");
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
        error.setId("config-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        HBox seedRow = new HBox(6, labelled("Seed", seed), labelled("Start x0", start), labelled("Spread ±", spread));
        getChildren().addAll(new Separator(), particles, seedRow, error);
    }

    private static VBox labelled(String label, TextField field) {
        Label l = new Label(label);
        l.getStyleClass().add("parameter-name");
        // The fields give way in a narrow column, not the names (it showed "Spread ±" as "...").
        l.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, l, field);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    ParameterControl particles() {
        return particles;
    }

    /** A new landscape starts from its own default point. */
    void clearStart() {
        start.clear();
    }

    /** Shows a run's N, seed, start and spread without applying them. */
    void show(RunConfig c) {
        showing = true;
        try {
            particles.setValue(c.particles());
        } finally {
            showing = false;
        }
        seed.setText(Long.toString(c.seed()));
        spread.setText(c.spread() == 0 ? "" : Display.number(c.spread()));
        double[] defaultStart = c.landscape().defaultStart();
        start.setText(Arrays.equals(defaultStart, c.start()) ? ""
                : Arrays.stream(c.start()).mapToObj(Display::number).map(t -> t.replace('−', '-'))
                        .collect(Collectors.joining(",")));
    }

    /** Shows why a value or combination was refused, or clears the message with null. */
    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
    }

    private void applySeed() {
        try {
            long s = Long.parseLong(seed.getText().strip());
            reconfigure.accept(c -> c.withSeed(s));
        } catch (NumberFormatException e) {
            showError("Seed '" + seed.getText() + "' is not a whole number — kept " + config.get().seed());
            seed.setText(Long.toString(config.get().seed()));
        }
    }

    private void applyStart() {
        String text = start.getText().strip();
        Landscape f = config.get().landscape();
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
            reconfigure.accept(c -> c.withStart(point));
        } catch (InvalidInputException e) {
            showError(e.getMessage());
        }
    }

    private void applySpread() {
        String text = spread.getText().strip();
        try {
            double w = text.isEmpty() ? 0 : Numbers.checkRange("spread", Numbers.parse("spread", text), 0, 1e6);
            reconfigure.accept(c -> c.withSpread(w));
        } catch (InvalidInputException e) {
            showError(e.getMessage());
            RunConfig c = config.get();
            spread.setText(c.spread() == 0 ? "" : Display.number(c.spread()));
        }
    }
}
