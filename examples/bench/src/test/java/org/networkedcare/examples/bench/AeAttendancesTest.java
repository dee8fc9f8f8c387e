package org.networkedcare.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.SegmentSummary;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcResult;
import org.networkedcare.metrics.spc.SpcSeries;

/**
 * Every (org_code, type) series of NHS England's A&amp;E attendances (NHSRdatasets 0.3.3; contains
 * public sector information licensed under the Open Government Licence v3.0), as shipped with the
 * examples: no errors, and limits spot-checked by hand.
 */
class AeAttendancesTest {

  @Test
  void all428SeriesRunAndSpotChecksAgree() {
    List<SpcSeries> series = SpcInputs.aeSeries("attendances");
    assertEquals(428, series.size());
    SpcResult result = Spc.analyse(series, SpcOptions.defaults());
    assertEquals(428, result.facets().size());
    // Spot checks computed by hand in exact rational arithmetic (python3 fractions) from the
    // method page §3: mean of the 36 months, moving ranges, one screening pass, mean -/+ 2.66 amr.
    check(result, "RRK/1", 36, 14984.277777777777, 12966.667777777779, 17001.887777777778);
    check(result, "R1H/other", 36, 12371.138888888889, 10397.653594771242, 14344.624183006536);
    check(result, "RJ1/1", 36, 12704.027777777777, 10907.235777777778, 14500.819777777779);
    FacetResult nr5 = result.facet("NR5/2").orElseThrow();
    assertEquals(1, nr5.size());
    assertTrue(nr5.segments().get(0).upperLimit().isEmpty());
  }

  private static void check(
      SpcResult result, String facet, int n, double mean, double lpl, double upl) {
    SegmentSummary s = result.facet(facet).orElseThrow().segments().get(0);
    assertEquals(n, s.n());
    assertEquals(mean, s.mean().getAsDouble(), 1e-9 * mean);
    assertEquals(lpl, s.lowerLimit().getAsDouble(), 1e-9 * mean);
    assertEquals(upl, s.upperLimit().getAsDouble(), 1e-9 * mean);
  }
}
