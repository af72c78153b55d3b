package org.basinscope.app.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The look of a card that floats over the content (the welcome card, the restore offer): one place for it. */
final class FloatingCard {
    private FloatingCard() {
    }

    /** Styles {@code card} (id {@code id}) and returns the hidden layer that centres it over the content. */
    static StackPane layer(VBox card, String id) {
        card.setId(id);
        card.getStyleClass().add("welcome-card");
        card.setPadding(new Insets(16));
        card.setMaxSize(460, Region.USE_PREF_SIZE);
        card.setPrefWidth(460);
        StackPane layer = new StackPane(card);
        layer.setAlignment(Pos.CENTER);
        // Only the card takes clicks; the window around it keeps answering (Run among them).
        layer.setPickOnBounds(false);
        layer.setVisible(false);
        return layer;
    }
}
