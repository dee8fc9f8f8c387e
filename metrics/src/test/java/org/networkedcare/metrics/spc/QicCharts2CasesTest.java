package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * qicharts2's own test cases and vignette examples for g, t, p, p', u and u' (the files and their
 * provenance: {@code src/test/resources/.../spc/qicharts2/README.md}): every point's centre line,
 * limits and two-sigma lines, every point's sigma signal (outside the limits) and every segment's
 * runs analysis, as qicharts2 0.8.1 computed them in R.
 */
class QicCharts2CasesTest {

  /** Relative tolerance: R sums in long double, Java in double. */
  private static final double REL = 1e-9;

  private record Row(
      String facet,
      LocalDate date,
      String numerator,
      String denominator,
      String value,
      int segment,
      String cl,
      String lcl,
      String ucl,
      String lcl95,
      String ucl95,
      boolean sigmaSignal,
      boolean runsSignal,
      int useful,
      String longestRun,
      String longestRunMax,
      String crossings,
      String crossingsMin) {}

  private static List<Row> read(String file) throws IOException {
    InputStream in = QicCharts2CasesTest.class.getResourceAsStream("qicharts2/" + file);
    if (in == null) {
      fail("no resource " + file);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split(",", -1);
        rows.add(
            new Row(
                f[0],
                LocalDate.parse(f[1]),
                f[2],
                f[3],
                f[4],
                Integer.parseInt(f[5]),
                f[6],
                f[7],
                f[8],
                f[9],
                f[10],
                Boolean.parseBoolean(f[11]),
                Boolean.parseBoolean(f[12]),
                Integer.parseInt(f[13]),
                f[14],
                f[15],
                f[16],
                f[17]));
      }
    }
    return rows;
  }

  private static ChartType chartOf(String file) {
    return ChartType.byCode().get(file.substring(0, file.indexOf('_')));
  }

  /** The series of each facet, and the options (rebase at the first row of each later part). */
  private static SpcResult analyse(List<Row> rows, ChartType chart) {
    Map<String, SpcSeries.Builder> builders = new LinkedHashMap<>();
    SpcOptions.Builder options = SpcOptions.builder().chart(chart);
    Map<String, Integer> segment = new LinkedHashMap<>();
    for (Row row : rows) {
      SpcSeries.Builder b = builders.computeIfAbsent(row.facet(), SpcSeries::builder);
      if (chart.needsDenominators()) {
        b.addRatio(
            row.date(), Double.parseDouble(row.numerator()), Double.parseDouble(row.denominator()));
      } else if (row.value().isEmpty()) {
        b.addMissing(row.date());
      } else {
        b.add(row.date(), Double.parseDouble(row.value()));
      }
      Integer before = segment.put(row.facet(), row.segment());
      if (before != null && before != row.segment()) {
        options.rebase(row.date());
      }
    }
    List<SpcSeries> series = new ArrayList<>();
    builders.values().forEach(b -> series.add(b.build()));
    return Spc.analyse(series, options.build());
  }

  private static void near(String expected, OptionalDouble actual, String what) {
    if (expected.isEmpty()) {
      assertTrue(actual.isEmpty(), what + ": expected none, got " + actual);
      return;
    }
    double e = Double.parseDouble(expected);
    assertTrue(actual.isPresent(), what + ": expected " + e + ", got none");
    double a = actual.getAsDouble();
    assertTrue(
        Math.abs(a - e) <= REL * Math.max(1e-300, Math.abs(e)) || a == e,
        what + ": expected " + e + ", got " + a);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "p_montgomery_7_4.csv",
        "p_montgomery_7_1_rebase.csv",
        "u_montgomery_7_4.csv",
        "u_montgomery_7_5.csv",
        "t_montgomery_7_6.csv",
        "u_hospital_infections.csv",
        "u_hospital_infections_by_infection.csv",
        "u_hospital_infections_by_hospital_infection.csv",
        "g_cabg_fatalities.csv",
        "t_cabg_fatalities.csv",
        "pp_nhs_accidents.csv",
        "p_nhs_accidents.csv",
        "pp_cabg_readmissions.csv",
        "p_cabg_readmissions.csv",
        "up_hospital_infections.csv",
        "up_gtt_harms.csv"
      })
  void limitsAndSignalsAsQicharts2(String file) throws IOException {
    List<Row> rows = read(file);
    ChartType chart = chartOf(file);
    SpcResult result = analyse(rows, chart);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Row row : rows) {
      FacetResult facet = result.facet(row.facet()).orElseThrow();
      assertEquals(chart, facet.chart());
      int i = index.merge(row.facet(), 1, Integer::sum) - 1;
      SpcPoint p = facet.point(i);
      String at = file + " " + row.facet() + " " + row.date();
      assertEquals(row.date(), p.date(), at);
      near(row.cl(), p.mean(), at + " centre");
      near(row.lcl(), p.lowerLimit(), at + " lcl");
      near(row.ucl(), p.upperLimit(), at + " ucl");
      near(row.lcl95(), p.lowerNearLimit(), at + " lcl.95");
      near(row.ucl95(), p.upperNearLimit(), at + " ucl.95");
      boolean outside =
          p.specialCause()
              .filter(c -> c == SpecialCause.OUTSIDE_ABOVE || c == SpecialCause.OUTSIDE_BELOW)
              .isPresent();
      assertEquals(row.sigmaSignal(), outside, at + " sigma signal");
      SegmentSummary segment =
          facet.segments().stream()
              .filter(s -> s.segment() == p.segment())
              .findFirst()
              .orElseThrow();
      RunsAnalysis runs = segment.runs();
      assertEquals(row.useful(), runs.usefulPoints(), at + " useful points");
      assertEquals(row.runsSignal(), runs.signal(), at + " runs signal");
      if (row.useful() > 0) {
        assertEquals(Integer.parseInt(row.longestRun()), runs.longestRun(), at + " longest run");
        assertEquals(
            Integer.parseInt(row.longestRunMax()),
            runs.longestRunLimit(),
            at + " longest run limit");
        assertEquals(Integer.parseInt(row.crossings()), runs.crossings(), at + " crossings");
        assertEquals(
            Integer.parseInt(row.crossingsMin()),
            runs.crossingsMinimum(),
            at + " crossings minimum");
      }
    }
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      assertEquals(
          e.getValue(), result.facet(e.getKey()).orElseThrow().size(), file + " " + e.getKey());
    }
  }

  /**
   * Laney's sigma-z of the four prime cases, computed in R from the formula outside qicharts2 (z
   * from the p or u sigma, mean |diff z| screened once below 3.267 times itself, over 1.128; see
   * make-fixtures.R): 10.64 for the NHS accidents (strong over-dispersion), 1.14 for CABG
   * readmissions, 1.08 for hospital infections and 0.60 for GTT harms (under-dispersion: u' is
   * narrower than u).
   */
  @Test
  void sigmaZAsTheFormula() throws IOException {
    Map<String, Double> expected =
        Map.of(
            "pp_nhs_accidents.csv", 10.64042186349651,
            "pp_cabg_readmissions.csv", 1.1414793944122592,
            "up_hospital_infections.csv", 1.0751309649482577,
            "up_gtt_harms.csv", 0.59910385998543958);
    for (Map.Entry<String, Double> e : expected.entrySet()) {
      SegmentSummary s =
          analyse(read(e.getKey()), chartOf(e.getKey())).facets().get(0).segments().get(0);
      near(Double.toString(e.getValue()), s.sigmaZ(), e.getKey());
    }
    SegmentSummary p =
        analyse(read("p_nhs_accidents.csv"), ChartType.P).facets().get(0).segments().get(0);
    assertTrue(p.sigmaZ().isEmpty(), "a p chart has no sigma-z");
  }

  /**
   * The vignette's reading of its rare-event charts: "Deaths number 24 and 25 are unusually far
   * apart" — on both the g chart (surgeries between deaths) and the t chart (days between), the one
   * point above the upper limit is the gap closed by the 25th death, and with the default direction
   * (more between events is better) it is an improvement, not a concern.
   */
  @Test
  void vignetteRareEventReading() throws IOException {
    for (String file : List.of("g_cabg_fatalities.csv", "t_cabg_fatalities.csv")) {
      FacetResult f = analyse(read(file), chartOf(file)).facets().get(0);
      List<Integer> above = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) {
        if (f.point(i).specialCause().orElse(null) == SpecialCause.OUTSIDE_ABOVE) {
          above.add(i + 1);
          assertEquals(PointType.SPECIAL_CAUSE_IMPROVEMENT, f.pointType(i), file);
        }
      }
      assertEquals(List.of(25), above, file);
      assertFalse(f.segments().get(0).runs().signal(), file);
    }
  }
}
