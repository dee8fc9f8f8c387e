package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.metrics.funnel.Adjustment;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.Outlier;
import org.networkedcare.metrics.funnel.Overdispersion;
import org.networkedcare.metrics.funnel.SiteCount;

/**
 * The realistic run reported in docs/funnel.md: 4-hour performance (attendances minus breaches over
 * attendances) of every type-1 department in March 2019 of the shipped A&amp;E file. The counts are
 * this library's output (a regression check of the documented figures); FunnelPlotR agrees with
 * this library on December 2018 of the same file (reference case ae_t1_4h_proportion_2018_12_auto).
 */
class FunnelAeTest {

  private static Map<Outlier, Long> counts(FunnelResult r) {
    return new TreeMap<>(
        r.sites().stream().collect(Collectors.groupingBy(s -> s.outlier(), Collectors.counting())));
  }

  @Test
  void marchTwentyNineteenTypeOne() {
    List<SiteCount> rows =
        AeAttendances.shipped().stream()
            .filter(m -> m.month().equals(YearMonth.of(2019, 3)))
            .map(m -> new SiteCount(m.orgCode(), m.attendances() - m.breaches(), m.attendances()))
            .toList();
    assertEquals(134, rows.size());
    FunnelResult none =
        Funnel.analyse(rows, FunnelOptions.builder().overdispersion(Overdispersion.NONE).build());
    FunnelResult auto = Funnel.analyse(rows, FunnelOptions.defaults());
    assertEquals(490.43232057139517, none.phi().getAsDouble(), 1e-9);
    assertEquals(Adjustment.ADDITIVE, auto.adjustment());
    assertEquals(
        Map.of(
            Outlier.NONE,
            5L,
            Outlier.HIGH_95,
            1L,
            Outlier.HIGH_998,
            67L,
            Outlier.LOW_95,
            5L,
            Outlier.LOW_998,
            56L),
        counts(none));
    assertEquals(
        Map.of(Outlier.NONE, 116L, Outlier.HIGH_95, 15L, Outlier.LOW_95, 3L), counts(auto));
    assertEquals(18, auto.outliers().size());
  }
}
