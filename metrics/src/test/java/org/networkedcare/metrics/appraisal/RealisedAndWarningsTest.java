package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.metrics.json.AppraisalJson;

/** Baseline rules and benefits realised after the change. */
class RealisedAndWarningsTest {

  private static String doc(String capturedOn, String observations) {
    String extra =
        """
        "measures": [{"id": "dna-rate", "name": "Did-not-attend rate", "unit": "proportion", "kind": "proportion",
                      "direction": "decrease"}],
        "baselines": [{"id": "dna-host", "measure": "dna-rate", "scope": {"organisation": "host", "service": "outpatients"},
                       "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 0.12, "count": 20000,
                       "source": "host PAS", "capturedOn": "%s", "dataQuality": 1}],
        "observations": %s"""
            .formatted(capturedOn, observations);
    String line =
        """
        {"id": "dna", "type": "benefit", "organisation": "host", "category": "standardisation",
         "valueType": "fiscal", "dataQuality": 1,
         "derivation": {"baseline": "dna-host", "option": {"target": 0.08, "rampYears": 2}, "counterfactual": "unchanged",
                        "unitValue": 120}}""";
    return Docs.appraisal(5, extra, "", line);
  }

  @Test
  void aBaselineCapturedAfterTheChangeIsNamedInAWarning() {
    // The option's change takes effect on the first day of year 0, 2025-04-01.
    AppraisalResult before =
        new BenefitCalculator().evaluate(AppraisalJson.parse(doc("2025-03-31", "[]")));
    assertTrue(before.warnings().stream().noneMatch(p -> p.code().equals("baseline.after-change")));
    AppraisalResult after =
        new BenefitCalculator().evaluate(AppraisalJson.parse(doc("2025-06-30", "[]")));
    List<Problem> warnings =
        after.warnings().stream().filter(p -> p.code().equals("baseline.after-change")).toList();
    assertEquals(1, warnings.size());
    assertEquals("/options/1/lines/0/derivation/baseline", warnings.get(0).path());
    assertTrue(warnings.get(0).message().contains("'dna-host'"));
    assertTrue(AppraisalJson.write(after).contains("baseline.after-change"));
  }

  /**
   * The option's trajectory ramps 0.12 -> 0.08 over 2 years: line year 1 (2026/27) assumes 0.10. An
   * observed 0.095 on 5,000 appointments in a quarter: assumed (0.12 - 0.10) x 5,000 x 120 = GBP
   * 12,000.00; realised (0.12 - 0.095) x 5,000 x 120 = GBP 15,000.00. A second quarter observed at
   * 0.11 on 4,000: assumed 0.02 x 4,000 x 120 = 9,600.00, realised 0.01 x 4,000 x 120 = 4,800.00.
   */
  @Test
  void benefitRealisedAgainstTheTrajectoryAssumed() {
    String observations =
        """
        [{"line": "dna", "period": {"from": "2026-04-01", "to": "2026-07-01"}, "value": 0.095, "count": 5000,
          "source": "host PAS", "capturedOn": "2026-07-20"},
         {"line": "dna", "period": {"from": "2026-07-01", "to": "2026-10-01"}, "value": 0.11, "count": 4000,
          "source": "host PAS", "capturedOn": "2026-10-20"}]""";
    AppraisalResult result =
        new BenefitCalculator().evaluate(AppraisalJson.parse(doc("2025-03-01", observations)));
    AppraisalResult.Realised realised = result.realised().get(0);
    assertEquals("proportion", realised.unit());
    assertEquals(Money.of("12000.00"), realised.observations().get(0).assumedBenefit());
    assertEquals(Money.of("15000.00"), realised.observations().get(0).realisedBenefit());
    assertEquals(Money.of("21600.00"), realised.assumedBenefit());
    assertEquals(Money.of("19800.00"), realised.realisedBenefit());
    assertEquals(
        List.of(Money.of("21600.00"), Money.of("19800.00")),
        result.realisedByOrganisation().get("host"));
  }

  @Test
  void anObservationOfAnUnknownLineIsAProblem() {
    String observations =
        """
        [{"line": "nothing", "period": {"from": "2026-04-01", "to": "2026-07-01"}, "value": 0.1,
          "source": "s", "capturedOn": "2026-07-20"}]""";
    org.networkedcare.core.validation.ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.networkedcare.core.validation.ValidationException.class,
            () -> AppraisalJson.parse(doc("2025-03-01", observations)));
    assertEquals("/observations/0/line", e.problems().get(0).path());
  }

  @Test
  void appraisalRoundTripsThroughJson() {
    Appraisal appraisal = AppraisalJson.parse(doc("2025-03-01", "[]"));
    Appraisal again = AppraisalJson.parse(AppraisalJson.write(appraisal));
    assertEquals(appraisal, again);
  }
}
