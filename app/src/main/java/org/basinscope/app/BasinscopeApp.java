package org.basinscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one main window. */
public final class BasinscopeApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(Defaults.config(), Defaults.params());
        stage.setTitle("Basinscope");
        stage.setScene(new Scene(window.root(), 1600, 1000));
        stage.setOnCloseRequest(e -> window.close());
        stage.show();
        window.start();
    }
}
