package org.basinscope.app.window;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.basinscope.app.about.AboutDialog;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.spec.InvalidInputException;

/** The window's menu bar: File, View, Lessons and Help, each item wired to the action that does it. */
final class WindowMenu {
    private WindowMenu() {
    }

    /** What the menu's items do, each owned by its own part of the window. */
    record Actions(SessionActions sessions, ExportActions exports, RecordActions records, SetupActions setups,
            PresentationMode presentation, CompareMode compare, Runnable resetAll, Consumer<Lesson> startLesson,
            Notices notices) {
    }

    static MenuBar build(Actions a) {
        MenuItem open = item("Open session…", "Shortcut+O", a.sessions()::openDialog);
        MenuItem save = item("Save session…", "Shortcut+S", a.sessions()::saveDialog);
        MenuItem export = item("Export…", "Shortcut+E", a.exports()::exportDialog);
        MenuItem figure = item("Figure for report…", "Shortcut+Shift+E", a.exports()::figureDialog);
        MenuItem record = item("Record animation…", "Shortcut+Shift+A", a.records()::dialog);
        record.setId("record-animation");
        MenuItem reset = item("Reset all to defaults", "Shortcut+Shift+R", a.resetAll());
        reset.setId("reset-all");
        MenuItem copy = item("Copy set-up", "Shortcut+Shift+C", a.setups()::copy);
        MenuItem paste = item("Paste set-up", "Shortcut+Shift+V", a.setups()::pasteFromClipboard);
        copy.setId("copy-setup");
        paste.setId("paste-setup");
        Menu file = new Menu("File", null, open, save, export, figure, record, new SeparatorMenuItem(), copy, paste,
                new SeparatorMenuItem(), reset);
        Menu view = new Menu("View", null, a.presentation().menuItem(), a.presentation().plotsMenu(),
                a.compare().menuItem());
        Menu lessons = new Menu("Lessons");
        lessons.setId("lessons-menu");
        try {
            for (Lesson l : Lessons.all()) {
                MenuItem m = new MenuItem(l.title());
                m.setId("lesson-" + l.id());
                m.setOnAction(e -> a.startLesson().accept(l));
                if (!l.settings().planar()) {
                    m.setText(l.title() + "  (d-dimensional)");
                }
                lessons.getItems().add(m);
            }
        } catch (InvalidInputException e) {
            a.notices().showNotice("Lessons could not be loaded: " + e.getMessage(), true);
        }
        MenuBar bar = new MenuBar(file, view, lessons, new Menu("Help", null, AboutDialog.menuItem()));
        bar.setId("menu");
        return bar;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }
}
