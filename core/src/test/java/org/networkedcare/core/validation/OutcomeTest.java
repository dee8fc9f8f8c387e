package org.networkedcare.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A result or its problems, as a value. */
class OutcomeTest {

  private static final List<Problem> TWO =
      List.of(
          new Problem("/a", "required", "the field 'a' is required"),
          new Problem("", "type", "not an object"));

  @Test
  void aResult() {
    Outcome<String> ok = Outcome.of(() -> "done");
    assertTrue(ok.succeeded());
    assertEquals(Optional.of("done"), ok.value());
    assertEquals(List.of(), ok.problems());
    assertEquals("done", ok.orElseThrow());
  }

  @Test
  void theProblemsOfAValidationExceptionInTheirOrder() {
    Outcome<String> bad =
        Outcome.of(
            () -> {
              throw new ValidationException(TWO);
            });
    assertFalse(bad.succeeded());
    assertEquals(Optional.empty(), bad.value());
    assertEquals(TWO, bad.problems());
    assertEquals(TWO, assertThrows(ValidationException.class, bad::orElseThrow).problems());
  }

  @Test
  void otherExceptionsAreNotProblemsOfTheInput() {
    IllegalStateException defect = new IllegalStateException("a defect");
    assertSame(
        defect,
        assertThrows(
            IllegalStateException.class,
            () ->
                Outcome.of(
                    () -> {
                      throw defect;
                    })));
    assertThrows(NullPointerException.class, () -> Outcome.of(() -> null));
  }

  @Test
  void aFailureHasAProblem() {
    assertThrows(IllegalArgumentException.class, () -> Outcome.failure(List.of()));
    assertEquals(TWO, Outcome.failure(TWO).problems());
  }
}
