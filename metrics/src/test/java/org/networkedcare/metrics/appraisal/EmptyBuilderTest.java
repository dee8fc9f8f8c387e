package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.baseline.Baseline;

/**
 * A builder left empty reports every missing field as a {@code required} problem in one {@link
 * ValidationException}, as core's builders do, never an {@code IllegalStateException} or a bare
 * {@code NullPointerException} (issue 17: one value style). The expected fields are the mandatory
 * attributes each type declares.
 */
class EmptyBuilderTest {

  private static List<String> problems(Executable build) {
    ValidationException e = assertThrows(ValidationException.class, build);
    return e.problems().stream().map(p -> p.path() + " " + p.code()).sorted().toList();
  }

  @Test
  void anEmptyLineNamesEachMissingField() {
    assertEquals(
        List.of(
            "/category required",
            "/id required",
            "/organisation required",
            "/type required",
            "/valueType required"),
        problems(() -> Line.builder().build()));
  }

  @Test
  void aLineWithOnlySomeFieldsNamesTheRest() {
    assertEquals(
        List.of("/category required", "/valueType required"),
        problems(() -> Line.builder().id("l").type(LineType.COST).organisation("RXX").build()));
  }

  @Test
  void anEmptyOptionNamesEachMissingField() {
    assertEquals(
        List.of("/id required", "/name required"), problems(() -> Option.builder().build()));
  }

  @Test
  void anEmptyBaselineNamesEachMissingField() {
    assertEquals(
        List.of(
            "/capturedOn required",
            "/id required",
            "/measure required",
            "/period required",
            "/scope required",
            "/source required",
            "/value required"),
        problems(() -> Baseline.builder().build()));
  }

  @Test
  void anEmptyAppraisalNamesEachMissingField() {
    // Hand-listed from Appraisal's required attributes: the title and year 0; the horizon, a
    // number, reads 0 when unset and is out of its range of 1 to 1000 years. Problems are listed
    // in pointer order.
    assertEquals(
        List.of("/horizonYears range", "/title required", "/yearZero required"),
        problems(() -> Appraisal.builder().build()));
  }

  @Test
  void aNullFieldIsAProblemNotANullPointerException() {
    assertEquals(
        List.of("/id required", "/name required"),
        problems(() -> Option.builder().id(nothing()).name(nothing()).build()));
  }

  @SuppressWarnings("NullAway")
  private static String nothing() {
    return null;
  }
}
