package org.basinscope.app.window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.basinscope.engine.session.Autosave;

/**
 * After an abnormal end, the card that offers the set-up of the last autosave: "Restore the set-up from HH:MM?"
 * with Restore and Discard. It floats over the content, moves nothing and blocks nothing (the run behind it goes on
 * until the user answers).
 */
final class RestoreCard {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Label question = new Label();
    private final Label detail = new Label();
    private final Button restore = new Button("Restore");
    private final Button discard = new Button("Discard");
    private final VBox card = new VBox(10);
    private final StackPane layer = FloatingCard.layer(card, "restore-card");

    RestoreCard() {
        question.getStyleClass().add("lesson-title");
        question.setWrapText(true);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        restore.setId("restore-setup");
        restore.setDefaultButton(true);
        discard.setId("discard-setup");
        HBox buttons = new HBox(8, restore, discard);
        card.getChildren().addAll(question, detail, buttons);
    }

    StackPane node() {
        return layer;
    }

    /** Offers the set-up; {@code onRestore} or {@code onDiscard} runs when the user answers, and the card goes. */
    void offer(Autosave s, Runnable onRestore, Runnable onDiscard) {
        question.setText("Restore the set-up from " + TIME.format(s.savedAt().atZone(ZoneId.systemDefault())) + "?");
        detail.setText("Basinscope did not close cleanly last time. Its last autosave: " + describe(s) + ".");
        restore.setOnAction(e -> {
            layer.setVisible(false);
            onRestore.run();
        });
        discard.setOnAction(e -> {
            layer.setVisible(false);
            onDiscard.run();
        });
        layer.setVisible(true);
    }

    boolean shown() {
        return layer.isVisible();
    }

    private static String describe(Autosave s) {
        StringBuilder b = new StringBuilder(s.a().landscape() + ", " + s.a().dynamics() + ", step " + s.a().steps());
        if (s.lesson() != null) {
            b.append(", lesson ").append(s.lesson()).append(" at step ").append(s.lessonStep());
        }
        if (s.b() != null) {
            b.append(", with A/B");
        }
        if (s.presentation()) {
            b.append(", in presentation mode");
        }
        return b.toString();
    }
}
