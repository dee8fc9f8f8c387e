package org.networkedcare.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;

import org.junit.jupiter.api.Test;

class MeasureTest {

  @Test
  void aMeasureReadsFromJson() {
    Measure m =
        decode(
            "{'id': 'rtt-18wk', 'name': 'waits within 18 weeks', 'unit': 'proportion',"
                + " 'kind': 'proportion', 'direction': 'increase'}",
            Measure::fromJson);
    assertEquals(
        new Measure(
            "rtt-18wk", "waits within 18 weeks", "proportion", MeasureKind.PROPORTION, ImprovementDirection.INCREASE),
        m);
    assertEquals(
        "rtt-18wk (waits within 18 weeks, proportion in proportion, increase is better)", m.toString());
  }

  @Test
  void everyMissingPartIsReportedAtOnce() {
    assertProblems(
        () -> new Measure(null, "", " ", null, null),
        "/id required",
        "/name blank",
        "/unit blank",
        "/kind required",
        "/direction required");
  }

  @Test
  void unknownKindsAndDirectionsListTheAllowedOnes() {
    var problems =
        assertProblems(
            () ->
                decode(
                    "{'id': 'x', 'name': 'x', 'unit': 'x', 'kind': 'ratio', 'direction': 'up'}",
                    Measure::fromJson),
            "/kind unknown-value",
            "/direction unknown-value");
    assertEquals("'ratio' is not one of: count, proportion, rate, continuous", problems.get(0).message());
  }
}
