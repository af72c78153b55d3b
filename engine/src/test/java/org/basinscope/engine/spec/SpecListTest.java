package org.basinscope.engine.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** List values in specs ({@code widths=4,3,2}): parsing, the canonical form, and {@link Options#integers}. */
class SpecListTest {

    @Test
    void aPieceWithoutEqualsContinuesThePreviousValue() {
        Spec s = Spec.parse("deep-linear:widths=4, 3 ,2,seed=7");
        assertEquals(Map.of("widths", "4,3,2", "seed", "7"), s.options());
        assertEquals(s, Spec.parse(s.toString()));
        Options o = Options.of(s);
        assertArrayEquals(new int[] {4, 3, 2}, o.integers("widths", new int[0], 2, 11, 1, 1000));
        assertEquals(7, o.integer("seed", 1, 0, 100));
        o.finish();
    }

    @Test
    void malformedListsAreRefusedInOneLine() {
        assertThrows(InvalidInputException.class, () -> Spec.parse("x:3,a=1"));
        assertThrows(InvalidInputException.class, () -> Spec.parse("x:a=1,,b=2"));
        assertThrows(InvalidInputException.class, () -> Spec.parse("mlp:hidden=16,=3"));
        assertArrayEquals(new int[] {16, 8}, Options.of(Spec.parse("mlp:data=digits,hidden=16, 8,loss=mse"))
                .integers("hidden", new int[] {1}, 1, 8, 1, 4096));
        var range = assertThrows(InvalidInputException.class, () -> Options.of(Spec.parse("x:w=4,0"))
                .integers("w", new int[0], 2, 11, 1, 1000));
        assertTrue(range.getMessage().contains("value 0 is outside the allowed range [1, 1000]"), range.getMessage());
        var count = assertThrows(InvalidInputException.class, () -> Options.of(Spec.parse("x:w=4"))
                .integers("w", new int[0], 2, 11, 1, 1000));
        assertTrue(count.getMessage().contains("takes 2 to 11"), count.getMessage());
        var word = assertThrows(InvalidInputException.class, () -> Options.of(Spec.parse("x:w=4,b"))
                .integers("w", new int[0], 2, 11, 1, 1000));
        assertTrue(word.getMessage().contains("'b' is not a whole number"), word.getMessage());
        var real = assertThrows(InvalidInputException.class, () -> Options.of(Spec.parse("x:t=0.1,2"))
                .real("t", 0, -1, 1));
        assertTrue(!real.getMessage().contains("\n"), real.getMessage());
    }
}
