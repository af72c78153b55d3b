package org.basinscope.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

class LessonsTest {

    @Test
    void everyIndexedLessonLoadsAndBuildsItsRun() {
        var lessons = Lessons.all();
        assertEquals(Lessons.index().size(), lessons.size());
        assertTrue(lessons.size() >= 10);
        for (Lesson l : lessons) {
            assertFalse(l.title().isBlank(), l.id());
            assertFalse(l.text().isBlank(), l.id());
            assertFalse(l.formula().isBlank(), l.id());
            l.settings().checkAnyDimension();
            Params p = l.settings().params();
            for (Lesson.Step step : l.steps()) {
                p = Lessons.apply(p, step);
            }
        }
    }

    @Test
    void unknownPresetsListTheValidOnes() {
        var e = assertThrows(InvalidInputException.class, () -> Lessons.load("nope"));
        assertTrue(e.getMessage().contains("double-well-temperature"), e.getMessage());
    }

    @Test
    void brokenLessonsAreReportedByName() {
        var e = assertThrows(InvalidInputException.class, () -> Lessons.parse("x",
                "{\"title\": \"t\", \"settings\": {\"landscape\": \"double-well\", \"dynamics\": \"gd\", \"eta\": 5000,"
                        + " \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10,"
                        + " \"seed\": 1}}"));
        assertTrue(e.getMessage().startsWith("lesson x:") && e.getMessage().contains("eta"), e.getMessage());
        var s = assertThrows(InvalidInputException.class, () -> Lessons.parse("y",
                "{\"title\": \"t\", \"sliders\": [\"speed\"], \"settings\": {\"landscape\": \"double-well\", \"dynamics\":"
                        + " \"gd\", \"eta\": 0.1, \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5,"
                        + " \"particles\": 10, \"seed\": 1}}"));
        assertTrue(s.getMessage().contains("unknown slider 'speed'"), s.getMessage());
    }

    @Test
    void aGridBlockIsValidatedAndReachesTheViewLessonsWithoutOneHaveNoGrid() {
        String settings = "\"settings\": {\"landscape\": \"formula:x^2/2\", \"dynamics\": \"sgd\", \"eta\": 0.1,"
                + " \"batch\": 1, \"temperature\": 0.1, \"friction\": 1, \"momentum\": 0.5, \"particles\": 10,"
                + " \"seed\": 1, \"start\": [0]}";
        var bad = assertThrows(InvalidInputException.class, () -> Lessons.parse("g", "{\"title\": \"t\", " + settings
                + ", \"grid\": {\"axes\": \"eta=0:1:4:log\", \"readout\": \"variance\", \"steps\": 10,"
                + " \"particles\": 10, \"seeds\": 2}}"));
        assertTrue(bad.getMessage().startsWith("lesson g:") && bad.getMessage().contains("log axis"), bad.getMessage());
        var three = assertThrows(InvalidInputException.class, () -> Lessons.parse("h", "{\"title\": \"t\", " + settings
                + ", \"grid\": {\"axes\": \"eta=0.1:1:2,batch=1:2:2,temperature=0:1:2\", \"readout\": \"variance\","
                + " \"steps\": 10, \"particles\": 10, \"seeds\": 2}}"));
        assertTrue(three.getMessage().contains("one or two axes"), three.getMessage());
        Lesson ok = Lessons.parse("k", "{\"title\": \"t\", " + settings + ", \"grid\": {\"axes\": \"eta=0.1:1:3\","
                + " \"readout\": \"loss\", \"steps\": 10, \"particles\": 10, \"seeds\": 2}}");
        assertEquals("eta=0.1:1:3", ok.settings().view().get(LessonGrid.VIEW_GRID));
        assertEquals(3, ok.grid().job(ok.settings()).points());
        assertEquals(null, Lessons.load("double-well-temperature").grid());
    }
}
