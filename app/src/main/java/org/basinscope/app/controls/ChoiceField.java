package org.basinscope.app.controls;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * An editable choice (a combo box of suggestions in which any spec can be typed, e.g.
 * {@code double-well:tilt=0.1}) that builds an engine object and reports it, or shows why it cannot
 * and keeps the previous choice.
 *
 * @param <T> what the text builds (a landscape, a dynamics)
 */
public final class ChoiceField<T> extends VBox {
    private final ComboBox<String> box = new ComboBox<>();
    private final FieldError error;
    private final Function<String, T> build;
    private final Consumer<Accepted<T>> onAccept;
    private String accepted;

    /** A text and what it built. */
    public record Accepted<T>(String text, T value) {
    }

    public ChoiceField(String id, String label, String help, List<String> suggestions, String initial,
            Function<String, T> build, Consumer<Accepted<T>> onAccept) {
        this.build = build;
        this.onAccept = onAccept;
        Label name = new Label(label);
        name.getStyleClass().add("parameter-name");
        box.setId(id);
        box.setEditable(true);
        box.getItems().setAll(suggestions);
        box.setValue(initial);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(help));
        accepted = initial;
        error = new FieldError(this, id + "-error");
        box.setOnAction(e -> choose(box.getValue()));
        getChildren().addAll(name, box, error.node());
        setSpacing(2);
    }

    /**
     * The suggestions listed under their readable titles, the spec small beside each ("Underdamped Langevin (BAOAB)
     * underdamped"); what is typed and shown in the field stays the spec. {@code title} gives null for none.
     */
    public void showTitles(Function<String, String> title) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String t = title.apply(item);
                Label spec = new Label(item);
                spec.getStyleClass().add("picker-spec");
                setText(null);
                setGraphic(t == null ? spec : new HBox(6, new Label(t), spec));
            }
        });
    }

    /** Tries a text; on success reports it, on failure shows the message and restores the previous text. */
    public boolean choose(String text) {
        if (text == null || text.equals(accepted) && error.text() == null) {
            return text != null;
        }
        try {
            T value = build.apply(text.strip());
            accepted = text.strip();
            showError(null);
            onAccept.accept(new Accepted<>(accepted, value));
            return true;
        } catch (InvalidInputException e) {
            showError(e.getMessage() + " — kept " + accepted);
            return false;
        }
    }

    /** Sets the shown text without building (the caller already applied it). */
    public void show(String text) {
        accepted = text;
        box.setValue(text);
        showError(null);
    }

    public String accepted() {
        return accepted;
    }

    public ComboBox<String> box() {
        return box;
    }

    public String errorText() {
        return error.text();
    }

    private void showError(String message) {
        error.show(message);
    }

    /** Clears a refused text's message and shows the text in effect. */
    public void clearError() {
        if (error.text() != null) {
            box.setValue(accepted);
            error.clear();
        }
    }
}
