package org.networkedcare.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;

import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.MeasureJson;

class MeasureTest {

  @Test
  void aMeasureReadsFromJson() {
    Measure m =
        decode(
            "{'id': 'rtt-18wk', 'name': 'waits within 18 weeks', 'unit': 'proportion',"
                + " 'kind': 'proportion', 'direction': 'increase'}",
            MeasureJson::measure);
    assertEquals(
        new Measure(
            "rtt-18wk",
            "waits within 18 weeks",
            "proportion",
            MeasureKind.PROPORTION,
            ImprovementDirection.INCREASE),
        m);
    assertEquals(
        "rtt-18wk (waits within 18 weeks, proportion in proportion, increase is better)",
        m.toString());
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
                    MeasureJson::measure),
            "/kind unknown-value",
            "/direction unknown-value");
    assertEquals(
        "'ratio' is not one of: count, proportion, rate, continuous", problems.get(0).message());
  }

  @Test
  void aMeasureNamesItsPeriodicityAndAContinuousOneItsAggregation() {
    Measure quarterly =
        decode(
            "{'id': 'wait-weeks', 'name': 'mean wait to first appointment', 'unit': 'weeks', 'kind': 'continuous',"
                + " 'direction': 'decrease', 'periodicity': 'quarter', 'aggregation': 'mean'}",
            MeasureJson::measure);
    assertEquals(
        org.networkedcare.core.ReportingPeriod.Granularity.QUARTER, quarterly.periodicity());
    assertEquals(java.util.Optional.of(Aggregation.MEAN), quarterly.aggregation());
    assertEquals(true, quarterly.aggregates());
    assertEquals(
        "{\"id\":\"wait-weeks\",\"name\":\"mean wait to first appointment\",\"unit\":\"weeks\","
            + "\"kind\":\"continuous\",\"direction\":\"decrease\",\"periodicity\":\"quarter\",\"aggregation\":\"mean\"}",
        MeasureJson.write(quarterly).toString());
    // The default periodicity is a month and is not written, so older documents read and write as
    // before.
    Measure monthly =
        new Measure("x", "x", "x", MeasureKind.CONTINUOUS, ImprovementDirection.NEUTRAL);
    assertEquals(org.networkedcare.core.ReportingPeriod.Granularity.MONTH, monthly.periodicity());
    assertEquals(false, monthly.aggregates());
    assertEquals(false, MeasureJson.write(monthly).has("periodicity"));
  }

  @Test
  void onlyAContinuousMeasureNamesAnAggregation() {
    var problems =
        assertProblems(
            () ->
                decode(
                    "{'id': 'x', 'name': 'x', 'unit': 'x', 'kind': 'proportion', 'direction': 'increase',"
                        + " 'aggregation': 'mean', 'periodicity': 'week'}",
                    MeasureJson::measure),
            "/periodicity unknown-value",
            "/aggregation measure.aggregation");
    assertEquals("'week' is not one of: month, quarter, financial-year", problems.get(0).message());
  }
}
