package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;
import org.networkedcare.metrics.json.AppraisalJson;

/** The benefits realised read from the measure dataset, worked by hand. */
class RealisedFromDataTest {

  private static String doc(String observations) {
    String extra =
        """
        "measures": [{"id": "dna", "name": "Did-not-attend rate", "unit": "proportion", "kind": "proportion",
                      "direction": "decrease"}],
        "baselines": [{"id": "dna-host", "measure": "dna", "scope": {"organisation": "R3B"},
                       "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 0.12, "count": 20000,
                       "source": "host PAS", "capturedOn": "2025-03-01", "dataQuality": 1}],
        "observations": %s"""
            .formatted(observations);
    String line =
        """
        {"id": "dna", "type": "benefit", "organisation": "R3B", "category": "standardisation",
         "valueType": "fiscal", "dataQuality": 1,
         "derivation": {"baseline": "dna-host", "option": {"target": 0.08, "rampYears": 2}, "counterfactual": "unchanged",
                        "unitValue": 120}}""";
    // The host is a party named by its ODS code, as the dataset names it.
    return Docs.appraisal(5, extra, "", line).replace("\"id\": \"host\"", "\"id\": \"R3B\"");
  }

  private static NetworkDocument network() {
    try (InputStream in =
        RealisedFromDataTest.class.getResourceAsStream(
            "/org/networkedcare/metrics/dataset/hub-network.json")) {
      return NetworkJson.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // April, May and June 2026 at R3B's one site: 30 of 400, 40 of 300 and 25 of 300 appointments not
  // attended.
  private static final MeasureDataset DATA =
      MeasureDatasets.read(
          ("period,organisation,site,service,measure,numerator,denominator,value\n"
                  + "2026-04,R3B,R3B01,,dna,30,400,\n2026-05,R3B,R3B01,,dna,40,300,\n2026-06,R3B,R3B01,,dna,25,300,\n"
                  + "2025-03,R3B,R3B01,,dna,60,500,\n")
              .getBytes(StandardCharsets.UTF_8),
          "dna.csv",
          network());

  /**
   * Line year 1 (2026/27) assumes 0.10 (0.12 ramping to 0.08 over two years); each month is valued
   * at GBP 120 per appointment. April: realised (0.12 - 30/400) x 400 x 120 = (48 - 30) x 120 =
   * 2,160.00, assumed 0.02 x 400 x 120 = 960.00; May: (36 - 40) x 120 = -480.00, assumed 720.00;
   * June: (36 - 25) x 120 = 1,320.00, assumed 720.00. March 2025 is before the change (2025-04-01
   * is year 0's start) and outside the line's years (from year 1), so it is not an observation.
   */
  @Test
  void eachMonthOfTheBaselinesMeasureAtItsScopeIsARealisedObservation() {
    AppraisalResult result =
        new BenefitCalculator()
            .evaluate(AppraisalJson.parse(doc("[]")), DATA, LocalDate.of(2026, 7, 20));
    AppraisalResult.Realised realised = result.realised().get(0);
    assertEquals(
        List.of(Money.of("2160.00"), Money.of("-480.00"), Money.of("1320.00")),
        realised.observations().stream()
            .map(AppraisalResult.RealisedObservation::realisedBenefit)
            .toList());
    assertEquals(Money.of("3000.00"), realised.realisedBenefit());
    assertEquals(Money.of("2400.00"), realised.assumedBenefit());
    assertEquals(Optional.of(400L), realised.observations().get(0).observation().count());
    assertEquals(
        LocalDate.of(2026, 5, 1),
        realised.observations().get(0).observation().period().to().orElseThrow());
    // On 2026-06-15 June has not ended: April and May only.
    assertEquals(
        Money.of("1680.00"),
        new BenefitCalculator()
            .evaluate(AppraisalJson.parse(doc("[]")), DATA, LocalDate.of(2026, 6, 15))
            .realised()
            .get(0)
            .realisedBenefit());
  }

  @Test
  void theSameFiguresTypedInlineGiveTheSameRealisedBenefit() {
    String typed =
        """
        [{"line": "dna", "period": {"from": "2026-04-01", "to": "2026-05-01"}, "value": 0.075, "count": 400, "source": "typed", "capturedOn": "2026-07-20"},
         {"line": "dna", "period": {"from": "2026-05-01", "to": "2026-06-01"}, "value": 0.1333333333333333, "count": 300, "source": "typed", "capturedOn": "2026-07-20"},
         {"line": "dna", "period": {"from": "2026-06-01", "to": "2026-07-01"}, "value": 0.08333333333333333, "count": 300, "source": "typed", "capturedOn": "2026-07-20"}]""";
    AppraisalResult inline = new BenefitCalculator().evaluate(AppraisalJson.parse(doc(typed)));
    AppraisalResult read =
        new BenefitCalculator()
            .evaluate(AppraisalJson.parse(doc("[]")), DATA, LocalDate.of(2026, 7, 20));
    assertEquals(inline.realisedByOrganisation(), read.realisedByOrganisation());
    assertEquals(inline.option("network").npsv(), read.option("network").npsv());
    // Typed inline and present in the dataset with the same value: one observation, not two.
    AppraisalResult both =
        new BenefitCalculator()
            .evaluate(AppraisalJson.parse(doc(typed)), DATA, LocalDate.of(2026, 7, 20));
    assertEquals(3, both.realised().get(0).observations().size());
  }

  @Test
  void aLineObservedInlineWithAnotherValueThanTheDatasetIsAProblemNamingBoth() {
    String typed =
        """
        [{"line": "dna", "period": {"from": "2026-04-01", "to": "2026-05-01"}, "value": 0.08, "count": 400, "source": "typed", "capturedOn": "2026-07-20"}]""";
    List<Problem> problems =
        assertThrows(
                ValidationException.class,
                () ->
                    new BenefitCalculator()
                        .evaluate(AppraisalJson.parse(doc(typed)), DATA, LocalDate.of(2026, 7, 20)))
            .problems();
    assertEquals(1, problems.size());
    assertEquals("/observations/0", problems.get(0).path());
    assertEquals(
        "the line dna for 2026-04 is observed twice with different values: here 0.08, and 0.075 in dna.csv (dna at R3B, 2026-04)",
        problems.get(0).message());
  }
}
