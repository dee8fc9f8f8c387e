package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.AppraisalJson;

/** Reference data overrides, the QALY value's price year, named scenarios. */
class AppraisalReferenceAndScenariosTest {

  private static final String QALY_LINE =
      """
      {"id": "q", "type": "benefit", "organisation": "patients", "category": "quality", "valueType": "health",
       "dataQuality": 1, "amount": 1, "firstYear": 0, "lastYear": 0, "baseline": "b"}""";

  private static final String BASELINE =
      """
      "measures": [{"id": "m", "name": "M", "unit": "weeks", "kind": "continuous", "direction": "decrease"}],
      "baselines": [{"id": "b", "measure": "m", "scope": {"organisation": "host"},
                     "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 20, "count": 100,
                     "source": "s", "capturedOn": "2025-01-01", "dataQuality": 1}]""";

  /**
   * GBP 70,000 at 2020/21 prices, index 84 -> 100 at 2025/26: 70,000 x 100 / 84 = 83,333.33 for one
   * QALY in year 0.
   */
  @Test
  void theQalyValueIsConvertedToThePriceBase() {
    String extra = BASELINE + ", \"deflator\": {\"index\": {\"2020/21\": 84, \"2025/26\": 100}}";
    AppraisalResult.OptionResult r = Docs.evaluate(Docs.appraisal(2, extra, "", QALY_LINE));
    assertEquals(Money.of("83333.33"), r.npsv());
    assertEquals(
        0, new BigDecimal("83333.33").compareTo(r.health().orElseThrow().socialValuePerQaly()));
  }

  @Test
  void withoutTheDeflatorTheQalyValueCannotBeConverted() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> AppraisalJson.parse(Docs.appraisal(2, BASELINE, "", QALY_LINE)));
    assertEquals("/deflator", e.problems().get(0).path());
    assertEquals("price.no-deflator", e.problems().get(0).code());
  }

  /**
   * An appraisal may replace a schedule: standard at a flat 10%: GBP 110 in year 1 is worth GBP
   * 100.00.
   */
  @Test
  void referenceDataCanBeOverridden() {
    String extra =
        """
        "referenceData": {"discountSchedules": {"standard": {"edition": "test", "bands": [{"fromYear": 0, "rate": 0.10}]}},
                          "dataQuality": {"grades": {"5": {"cost": 0.5, "benefit": 0.5}}}}""";
    String line =
        """
        {"id": "x", "type": "benefit", "organisation": "host", "category": "other", "valueType": "fiscal",
         "dataQuality": 5, "amount": 220, "firstYear": 1, "lastYear": 1}""";
    assertEquals(Money.of("100.00"), Docs.evaluate(Docs.appraisal(2, extra, "", line)).npsv());
    String bad =
        "\"referenceData\": {\"dataQuality\": {\"grades\": {\"9\": {\"cost\": 0, \"benefit\": 0}}}}";
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> AppraisalJson.parse(Docs.appraisal(2, bad, "", line)));
    assertEquals("/referenceData/dataQuality/grades/9", e.problems().get(0).path());
  }

  /**
   * Named scenarios: 100 a year in years 1-2 at 3.5%; at 200 the NPSV doubles: 2 x 189.97 = 379.94.
   */
  @Test
  void namedScenarios() {
    String extra =
        """
        "parameters": {"x": {"value": 100, "low": 50, "high": 150}},
        "scenarios": [{"name": "double", "parameters": {"x": 200}}, {"name": "none", "parameters": {"x": 0}}]""";
    String line =
        """
        {"id": "x", "type": "benefit", "organisation": "host", "category": "other", "valueType": "fiscal",
         "dataQuality": 1, "amount": "x", "firstYear": 1, "lastYear": 2}""";
    AppraisalResult.OptionResult r = Docs.evaluate(Docs.appraisal(3, extra, "", line));
    assertEquals(Money.of("189.97"), r.npsv());
    assertEquals(
        List.of("double", "none"),
        r.scenarios().stream().map(AppraisalResult.ScenarioResult::name).toList());
    assertEquals(Money.of("379.94"), r.scenarios().get(0).npsv());
    assertEquals(Money.of("0.00"), r.scenarios().get(1).npsv());
    assertTrue(r.explain().contains("+ GBP 189.97"));
  }
}
