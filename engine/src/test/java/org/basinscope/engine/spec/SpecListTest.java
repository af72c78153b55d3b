package org.basinscope.engine.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** List values in specs: {@code hidden=16,8} and how {@link Options#integers} reads them. */
class SpecListTest {

    @Test
    void aPieceWithoutEqualsContinuesTheValueBeforeIt() {
        Spec s = Spec.parse("mlp:data=digits,hidden=16, 8,loss=mse");
        assertEquals(Map.of("data", "digits", "hidden", "16,8", "loss", "mse"), s.options());
        assertEquals(s, Spec.parse(s.toString()));
        Options o = new Options("landscape mlp", s.options());
        assertArrayEquals(new int[] {16, 8}, o.integers("hidden", new int[] {1}, 1, 100, 8));
    }

    @Test
    void malformedPiecesAreStillRefused() {
        assertThrows(InvalidInputException.class, () -> Spec.parse("mlp:16,data=digits"));
        assertThrows(InvalidInputException.class, () -> Spec.parse("mlp:hidden=16,,loss=mse"));
        assertThrows(InvalidInputException.class, () -> Spec.parse("mlp:hidden=16,=3"));
    }

    @Test
    void integerListsNameTheirLimits() {
        Options o = new Options("landscape mlp", Map.of("hidden", "4,0"));
        var e = assertThrows(InvalidInputException.class, () -> o.integers("hidden", new int[] {1}, 1, 100, 8));
        assertEquals("landscape mlp option hidden value 0 is outside the allowed range [1, 100]", e.getMessage());
        Options many = new Options("landscape mlp", Map.of("hidden", "1,2,3"));
        assertTrue(assertThrows(InvalidInputException.class, () -> many.integers("hidden", new int[] {1}, 1, 100, 2))
                .getMessage().contains("at most 2"));
        Options word = new Options("landscape mlp", Map.of("hidden", "4,x"));
        assertTrue(assertThrows(InvalidInputException.class, () -> word.integers("hidden", new int[] {1}, 1, 100, 8))
                .getMessage().contains("'x' is not a whole number"));
    }
}
