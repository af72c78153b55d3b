package org.basinscope.app.window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The card a first start shows over the landscape: five lessons to begin with, "or press Run", and a close
 * button. Choosing a lesson, pressing Run or closing it dismisses it (and the window records that, so it does not
 * come again). It floats over the content and moves nothing.
 */
final class WelcomeCard {
    /**
     * The first five lessons to try, each a different idea of the chapter: the stability edge 2/λmax, temperature
     * choosing the well (Gibbs, Kramers), T = η/B, flat against sharp minima, and the road to chaos.
     */
    static final List<String> LESSONS = List.of("divergence-above-edge", "double-well-temperature",
            "batch-size-temperature", "flat-vs-sharp", "period-doubling-chaos");

    private final VBox card = new VBox(10);
    private final StackPane layer = FloatingCard.layer(card, "welcome-card");
    private Runnable onDismiss = () -> { };

    WelcomeCard(Consumer<Lesson> startLesson) {
        Label title = new Label("Welcome to Basinscope");
        title.getStyleClass().add("lesson-title");
        Label text = new Label("A laboratory for noisy gradient descent: how the learning rate, batch size, "
                + "temperature and friction decide which basin the particles end up in. Start with a lesson:");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button close = new Button("✕");
        close.setId("welcome-close");
        close.setTooltip(new Tooltip("Close (the default run stays; lessons are in the Lessons menu)"));
        close.setOnAction(e -> dismiss());
        HBox top = new HBox(6, title, close);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        card.getChildren().addAll(top, text);
        for (Lesson l : lessons()) {
            Button b = new Button(l.title());
            b.setId("welcome-" + l.id());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> {
                dismiss();
                startLesson.accept(l);
            });
            card.getChildren().add(b);
        }
        Label run = new Label("…or press Run (Space) to watch the default run.");
        run.getStyleClass().add("lesson-step");
        card.getChildren().add(run);
    }

    /** The lessons of {@link #LESSONS} that load (an index without one lists the rest). */
    private static List<Lesson> lessons() {
        List<Lesson> out = new ArrayList<>();
        for (String id : LESSONS) {
            try {
                out.add(Lessons.load(id));
            } catch (InvalidInputException e) {
                // A renamed lesson leaves the card a button short rather than the window unopened.
            }
        }
        return out;
    }

    /** The layer to lay over the content. */
    StackPane node() {
        return layer;
    }

    void setOnDismiss(Runnable action) {
        onDismiss = action;
    }

    void show() {
        layer.setVisible(true);
    }

    boolean shown() {
        return layer.isVisible();
    }

    /** Hides the card (once: a second dismissal does nothing). */
    void dismiss() {
        if (layer.isVisible()) {
            layer.setVisible(false);
            onDismiss.run();
        }
    }
}
