package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.Test;

/** Every lesson in the index has a test of its sentences: {@code kong-tao} → {@code KongTaoLessonTest}. */
class LessonFactsCoverageTest {

    static String testClass(String id) {
        StringBuilder b = new StringBuilder(LessonFactsCoverageTest.class.getPackageName()).append('.');
        for (String part : id.split("-")) {
            b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return b.append("LessonTest").toString();
    }

    @Test
    void everyIndexedLessonHasAFactsTest() {
        List<String> missing = new ArrayList<>();
        for (String id : Lessons.index()) {
            try {
                Class.forName(testClass(id));
            } catch (ClassNotFoundException e) {
                missing.add(id + " (" + testClass(id) + ")");
            }
        }
        assertTrue(missing.isEmpty(), "lessons whose sentences no test checks: " + missing);
    }
}
