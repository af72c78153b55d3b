package org.basinscope.app.controls;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Why a value was refused, under its field: the message floats over the controls below instead of pushing them
 * down (the owner is drawn above its siblings while it shows one), and goes away when cleared.
 */
final class FieldError {
    private final Label label = new Label();
    private final Region owner;

    /** A message for {@code owner}, which must add {@link #node()} to its children. */
    FieldError(Region owner, String id) {
        this.owner = owner;
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll("field-error", "floating-error");
        label.setWrapText(true);
        label.setManaged(false);
        label.setVisible(false);
        // Clicks reach the control it floats over: neither the message nor its owner's bounds (which grow to hold
        // the message, and are picked first while the owner is drawn on top) take them.
        label.setMouseTransparent(true);
        owner.setPickOnBounds(false);
        owner.widthProperty().addListener((o, a, b) -> place());
        owner.heightProperty().addListener((o, a, b) -> place());
    }

    Label node() {
        return label;
    }

    /** Shows {@code message}, or clears with null. */
    void show(String message) {
        boolean show = message != null;
        label.setText(show ? message : "");
        label.setVisible(show);
        owner.setViewOrder(show ? -1 : 0);
        place();
    }

    void clear() {
        show(null);
    }

    /** The message shown, or null. */
    String text() {
        return label.isVisible() ? label.getText() : null;
    }

    private void place() {
        if (label.isVisible()) {
            double w = Math.max(0, owner.getWidth());
            label.applyCss();
            label.resizeRelocate(0, owner.getHeight() + 1, w, label.prefHeight(w));
        }
    }
}
