package org.basinscope.app.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void theWindowFitsTheScreenItOpensOn() {
        assertEquals(new WindowSize(1600, 1000), WindowSize.fit(1920, 1040), "a 1080p screen: the preferred size");
        assertEquals(new WindowSize(1280, 680), WindowSize.fit(1280, 680), "a 720p projector: all of it");
        assertEquals(new WindowSize(1600, 1000), WindowSize.fit(3840, 2100), "4K: the preferred size");
        assertEquals(new WindowSize(1024, 640), WindowSize.fit(800, 600), "never below the minimum");
    }
}
