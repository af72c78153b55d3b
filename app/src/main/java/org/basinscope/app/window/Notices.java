package org.basinscope.app.window;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The two messages that float over the window's content (neither moves anything when it appears: a
 * layout shift would make the software renderer repaint the whole window): the run's banner over the
 * landscape (divergence, a stopped simulation) and the notice about a file operation under the menu.
 */
final class Notices {
    private final Label banner = new Label();
    private final Label notice = new Label();

    Notices() {
        banner.setId("message");
        banner.getStyleClass().add("message");
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        for (Label l : new Label[] {banner, notice}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMaxHeight(Region.USE_PREF_SIZE);
            l.setWrapText(true);
            l.setVisible(false);
            StackPane.setAlignment(l, Pos.TOP_CENTER);
        }
        notice.setOnMouseClicked(e -> notice.setVisible(false));
    }

    /** The banner, to float over the landscape. */
    Label banner() {
        return banner;
    }

    /** The notice, to float over the top of the content (click to dismiss). */
    Label notice() {
        return notice;
    }

    /** The run's message, or none with null. Shown or hidden, never added or removed. */
    void showBanner(String text) {
        if (text != null) {
            banner.setText(text);
        }
        banner.setVisible(text != null);
    }

    /** A note about a file operation; red when it is an error. */
    void showNotice(String text, boolean error) {
        notice.setText(text);
        notice.getStyleClass().remove("error");
        if (error) {
            notice.getStyleClass().add("error");
        }
        notice.setVisible(true);
    }

    /** The notice text shown now, or null. */
    String noticeText() {
        return notice.isVisible() ? notice.getText() : null;
    }
}
