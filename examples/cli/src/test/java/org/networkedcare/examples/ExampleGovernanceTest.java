package org.networkedcare.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.examples.data.AeMonth;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.Finding;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.series.MeasureBaseline;
import org.networkedcare.governance.series.Observation;

/**
 * The governance of the example network: its document agrees with the A&amp;E data, and its
 * findings.
 */
class ExampleGovernanceTest {

  private static final GovernanceDocument DOC = ExampleEvaluation.governance();
  private static final List<AeMonth> ROWS = AeAttendances.shipped();

  private static AeMonth row(String org, YearMonth month) {
    return ROWS.stream()
        .filter(r -> r.orgCode().equals(org) && r.month().equals(month))
        .findFirst()
        .orElseThrow();
  }

  /** The site codes are the trusts' codes plus 01; the data is reported per trust. */
  private static String org(Observation o) {
    return o.site().value().substring(0, 3);
  }

  private static void agreesWithTheData(Observation o) {
    AeMonth r = row(org(o), YearMonth.from(o.period().start()));
    assertEquals(
        Optional.of(BigDecimal.valueOf(r.attendances() - r.breaches())),
        o.numerator(),
        o.toString());
    assertEquals(Optional.of(BigDecimal.valueOf(r.attendances())), o.denominator(), o.toString());
    // baselines carry the share to 4 decimals as captured; the dataset's observations the exact
    // ratio
    BigDecimal share =
        BigDecimal.valueOf(r.attendances() - r.breaches())
            .divide(BigDecimal.valueOf(r.attendances()), 4, RoundingMode.HALF_UP);
    assertEquals(0, share.compareTo(o.value().setScale(4, RoundingMode.HALF_UP)), o.toString());
  }

  @Test
  void everyBaselinePointAndObservationComesFromTheAeData() {
    for (Observation o : DOC.observations()) {
      if (o.measure().equals("ae-4h")) {
        agreesWithTheData(o);
      }
    }
    for (MeasureBaseline b : DOC.baselines()) {
      assertEquals(org.networkedcare.core.ReportingPeriod.parse("2016-10"), b.from());
      assertEquals(org.networkedcare.core.ReportingPeriod.parse("2017-09"), b.to());
      b.points().forEach(ExampleGovernanceTest::agreesWithTheData);
    }
    // April 2016 to March 2019 at four host sites, of four measures, read from bbmk-data.csv; RWH
    // has no September 2017
    assertEquals(4 * (4 * 36 - 1), DOC.observations().size());
    assertEquals(
        4 * 36 - 1, DOC.observations().stream().filter(o -> o.measure().equals("ae-4h")).count());
  }

  @Test
  void rc9HoldsAnAgreementWithEachHostAndRwhsIsHistoric() {
    assertEquals(
        List.of("RC1", "RD8", "RWG", "RWH"),
        DOC.agreements().stream().map(a -> a.host().value()).toList());
    assertTrue(
        DOC.agreements().stream()
            .allMatch(
                a ->
                    a.provider().value().equals("RC9")
                        && a.term().start().equals(LocalDate.of(2017, 10, 1))));
    assertEquals(
        List.of("new", "new", "new", "historic"),
        DOC.agreements().stream().map(a -> a.origin().id()).toList());
    HostAgreement rwh = DOC.agreements().get(3);
    assertEquals(
        11,
        DOC.baselines().stream()
            .filter(b -> b.site().equals(rwh.siteCodes().get(0)))
            .findFirst()
            .orElseThrow()
            .points()
            .size());
  }

  @Test
  void findingsOnTheTwentiethOfJanuary2018() {
    // Oct, Nov and Dec 2017 below 90% at RD8, RWG and RWH (checked against the data here); December
    // is
    // available on Monday 1 January 2018 (a bank holiday): level 2 due 10 working days later,
    // Monday 15
    // January; from the 16th at level 3 (each host's chief executive), due 15 working days after
    // the 15th,
    // Monday 5 February. RC1's December (85.2%) is an SPC concern against its baseline.
    for (String host : List.of("RD8", "RWG", "RWH")) {
      for (int m = 10; m <= 12; m++) {
        AeMonth r = row(host, YearMonth.of(2017, m));
        assertTrue(r.fourHourPerformance() < 0.90, host + " " + m);
      }
    }
    Assessment a = ExampleEvaluation.assurance(ExampleEvaluation.GOVERNANCE_DATE);
    List<String> lines =
        a.findings().stream()
            .map(
                f ->
                    f.code()
                        + " "
                        + f.subject()
                        + " "
                        + f.actor().map(Object::toString).orElse("-")
                        + " "
                        + f.escalationLevel()
                        + " "
                        + f.dueDate().map(LocalDate::toString).orElse("-"))
            .toList();
    assertEquals(
        List.of(
            "escalation-overdue BUDDY-RD8, RD801, ae-4h, FOUR-HOUR-90 chief executive at RD8 OptionalInt[3] 2018-02-05",
            "escalation-overdue BUDDY-RWG, RWG01, ae-4h, FOUR-HOUR-90 chief executive at RWG OptionalInt[3] 2018-02-05",
            "escalation-overdue BUDDY-RWH, RWH01, ae-4h, FOUR-HOUR-90 chief executive at RWH OptionalInt[3] 2018-02-05",
            "escalation-overdue BUDDY-RC1, RC101, ae-4h, FOUR-HOUR-SPC director of urgent care at RC9 OptionalInt[2] 2018-01-22",
            "kpi-baseline-short BUDDY-RWH, RWH01, ae-4h - OptionalInt.empty -"),
        lines);
    Finding rc1 = a.findings().get(3);
    // RC1's December: 5,343 of 6,269 within four hours (the A&E file), the exact ratio from the
    // dataset
    assertEquals(
        "2017-12: "
            + new BigDecimal(5343)
                .divide(new BigDecimal(6269), java.math.MathContext.DECIMAL64)
                .toPlainString(),
        rc1.evidence().get("points"));
    assertEquals(
        "standardisation=not-assured",
        a.verdicts().get(3).question() + "=" + a.verdicts().get(3).verdict());
  }

  @Test
  void theRenderingEndsWithTheGovernance() {
    String text = ExampleEvaluation.shipped().render();
    assertTrue(text.contains("Assurance of bbmk-urgent-care-buddying as of 2018-01-20"), text);
    assertTrue(text.contains("chief executive at RWG (level 3), by 2018-02-05"), text);
  }
}
