package org.basinscope.app.dimensional;

import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Plane;

/**
 * Picks the projection plane of a d-dimensional run (issue 16): its two directions — the Hessian's top two
 * eigenvectors, the cloud's top two principal components, two random filter-normalised directions, or two
 * coordinates i, j — and its centre (the cloud's mean, particle 0 or a minimum found by descent from the mean). A
 * choice that does not apply (principal components of fewer than three particles) is disabled with a tooltip saying
 * why.
 */
final class ProjectionPicker extends FlowPane {
    /** The centre found by a descent from the cloud's mean (in the background). */
    static final String MINIMUM = "a minimum";
    enum Kind {
        HESSIAN("hessian", "top Hessian eigenvectors"), PCA("pca", "principal components"),
        RANDOM("random", "random directions"), COORDINATES("coords", "coordinates i, j");

        /** The name of the plane's text form ({@link Plane#spec}). */
        final String name;
        final String label;

        Kind(String name, String label) {
            this.name = name;
            this.label = label;
        }

        static Kind of(Plane p) {
            String spec = p.spec();
            String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            for (Kind k : values()) {
                if (k.name.equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no picker entry for plane " + spec);
        }
    }

    private final ChoiceBox<Kind> kind = new ChoiceBox<>();
    private final Spinner<Integer> i;
    private final Spinner<Integer> j;
    private final ChoiceBox<String> centre = new ChoiceBox<>();
    private final Label why = new Label();
    private final int particles;
    private BiConsumer<Plane, Centre> onChange = (p, c) -> { };

    ProjectionPicker(int dimension, int particles) {
        super(6, 4);
        this.particles = particles;
        setAlignment(Pos.CENTER_LEFT);
        kind.getItems().setAll(Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind k) {
                return k == null ? "" : k.label;
            }

            @Override
            public Kind fromString(String s) {
                return null;
            }
        });
        if (particles < 3) {
            // Not offered rather than failing when chosen; the tooltip says why it is missing.
            kind.getItems().remove(Kind.PCA);
            kind.setTooltip(new Tooltip("The cloud's principal components need at least 3 particles (N = "
                    + particles + ")."));
        }
        kind.setId("projection-plane");
        kind.setValue(Kind.HESSIAN);
        i = new Spinner<>(0, dimension - 1, 0);
        j = new Spinner<>(0, dimension - 1, 1);
        i.setId("projection-i");
        j.setId("projection-j");
        for (Spinner<Integer> s : java.util.List.of(i, j)) {
            s.setPrefWidth(80);
            s.setEditable(true);
            s.valueProperty().addListener((o, a, b) -> changed());
        }
        centre.getItems().setAll("cloud's mean", "particle 0", MINIMUM);
        centre.setValue("cloud's mean");
        centre.setId("projection-centre");
        centre.setTooltip(new Tooltip("The plane's centre: the cloud's mean, particle 0, or a minimum found by a "
                + "descent from the mean (in the background; at most " + Centre.Minimum.MINIMUM_ITERATIONS
                + " steps, the title says \"descent's end\" where it stopped before the gradient vanished)"));
        kind.valueProperty().addListener((o, a, b) -> changed());
        centre.valueProperty().addListener((o, a, b) -> changed());
        why.getStyleClass().add("hint");
        Label plane = new Label("Plane:");
        Label through = new Label("through");
        getChildren().addAll(plane, kind, i, j, through, centre, why);
        showCoordinates();
    }

    /** Shows a plane chosen elsewhere (the command line), without telling {@link #setOnChange}'s action. */
    void show(Plane p, Centre c) {
        syncing = true;
        try {
            kind.setValue(Kind.of(p));
            if (p instanceof Plane.Coordinates xy) {
                i.getValueFactory().setValue(xy.i());
                j.getValueFactory().setValue(xy.j());
            }
            centre.setValue(c instanceof Centre.Particle ? "particle 0" : c instanceof Centre.Minimum ? MINIMUM
                    : "cloud's mean");
        } finally {
            syncing = false;
        }
        showCoordinates();
    }

    private boolean syncing;

    void setOnChange(BiConsumer<Plane, Centre> action) {
        onChange = action;
    }

    /** Chooses a kind of plane, as the user would. */
    void choose(Kind k) {
        kind.setValue(k);
    }

    Kind kind() {
        return kind.getValue();
    }

    /** The plane chosen now. */
    Plane plane() {
        return switch (kind.getValue()) {
            case HESSIAN -> new Plane.Hessian(1);
            case PCA -> new Plane.PrincipalComponents(1);
            case RANDOM -> new Plane.RandomDirections(1);
            case COORDINATES -> new Plane.Coordinates(i.getValue(), j.getValue());
        };
    }

    Centre centre() {
        return switch (centre.getValue()) {
            case "particle 0" -> new Centre.Particle(0);
            case MINIMUM -> Centre.Minimum.toFind();
            default -> new Centre.Mean();
        };
    }

    private void showCoordinates() {
        boolean coords = kind.getValue() == Kind.COORDINATES;
        i.setVisible(coords);
        i.setManaged(coords);
        j.setVisible(coords);
        j.setManaged(coords);
    }

    private void changed() {
        showCoordinates();
        if (syncing) {
            return;
        }
        if (kind.getValue() == Kind.PCA && particles < 3) {
            why.setText("principal components need at least 3 particles (N = " + particles + ")");
            kind.setTooltip(new Tooltip(why.getText()));
            return;
        }
        if (kind.getValue() == Kind.COORDINATES && i.getValue().equals(j.getValue())) {
            why.setText("choose two different coordinates");
            return;
        }
        why.setText("");
        onChange.accept(plane(), centre());
    }
}
