package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.Category;
import org.networkedcare.metrics.appraisal.Line;
import org.networkedcare.metrics.appraisal.LineType;
import org.networkedcare.metrics.appraisal.Option;
import org.networkedcare.metrics.appraisal.ValueType;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.json.CohortJson;

/** A cohort result as lines of an appraisal's counterfactual and network option. */
class CohortLinkTest {

  private static final CohortResult RESULT =
      CohortJson.parse(Models.threeState("life-table")).run();

  private static List<CohortLink.Rule> rules() {
    return List.of(
        new CohortLink.Rule(
            "cost",
            "pathway-cost",
            LineType.COST,
            ValueType.FISCAL,
            Category.ACCESS,
            1,
            List.of(
                new CohortLink.Attribution("host", 0.6), new CohortLink.Attribution("centre", 0.4)),
            1),
        new CohortLink.Rule(
            "qaly",
            "pathway-qalys",
            LineType.BENEFIT,
            ValueType.HEALTH,
            Category.ACCESS,
            1,
            List.of(new CohortLink.Attribution("patients", 1)),
            1));
  }

  /** The option with the lines added, as the document would give them. */
  private static Option withLines(Option option, List<Line> lines) {
    return Option.builder().from(option).addAllLines(lines).build();
  }

  @Test
  void linesCarryUndiscountedAmountsPerCycleAttributedByShare() {
    List<Line> lines = CohortLink.lines(RESULT, "unsupported", 0, rules());
    assertEquals(
        List.of("pathway-cost.host", "pathway-cost.centre", "pathway-qalys"),
        lines.stream().map(Line::id).toList());
    // Life-table costs 117,500; 142,375; 150,768.75; the host bears 60%.
    assertEquals("70500.00", lines.get(0).profile().get(0).toString());
    assertEquals("85425.00", lines.get(0).profile().get(1).toString());
    assertEquals("90461.25", lines.get(0).profile().get(2).toString());
    assertEquals(0, lines.get(0).firstYear().getAsInt());
    assertEquals("955.0", lines.get(2).profile().get(0).toString());
    assertTrue(lines.get(2).description().contains("health schedule, not the model's rate"));
  }

  /**
   * The unsupported pathway is the counterfactual, the supported one the network option; the lines
   * pair by id. Net yearly costs (life-table): 155,000 - 117,500 = 37,500; 160,750 - 142,375 =
   * 18,375; 159,550 - 150,768.75 = 8,781.25; on the appraisal's standard schedule (3.5%, year 0
   * undiscounted) PV = 37,500 + 18,375 / 1.035 + 8,781.25 / 1.035^2 = 63,451.014: the model's own
   * incremental cost x 1,000 people (63.451014 each), because the model's (1 + r)^-(t - 1) is the
   * appraisal's factor for year t - 1. The appraisal rounds each line pair's PV to pence: host 60%
   * 38,070.6084 -> 38,070.61, centre 40% 25,380.4056 -> 25,380.41; PVC GBP 63,451.02. Net QALYs on
   * the health schedule (1.5%): 2,644.108933 - 2,551.475285 = 92.6336 (6 significant digits), the
   * model's 0.0926336 x 1,000.
   */
  @Test
  void anAppraisalOfTheLinesAgreesWithTheModel() {
    String appraisal =
        """
        {"schemaVersion": 1, "title": "cohort link", "yearZero": "2025/26", "horizonYears": 3, "qalyValue": 70000,
         "parties": [{"id": "centre", "name": "Centre"}, {"id": "host", "name": "Host"},
                     {"id": "patients", "name": "Patients", "role": "patients"}],
         "options": [
           {"id": "bau", "name": "Unsupported", "counterfactual": true, "lines": []},
           {"id": "network", "name": "Supported", "lines": []}]}
        """;
    Appraisal base = AppraisalJson.parse(appraisal);
    Appraisal linked =
        Appraisal.builder()
            .from(base)
            .options(
                List.of(
                    withLines(
                        base.options().get(0), CohortLink.lines(RESULT, "unsupported", 0, rules())),
                    withLines(
                        base.options().get(1), CohortLink.lines(RESULT, "supported", 0, rules()))))
            .build();
    AppraisalResult.OptionResult r = new BenefitCalculator().evaluate(linked).option("network");
    assertEquals(Money.of("63451.02"), r.totals().costs());
    assertEquals(
        0,
        new BigDecimal("92.6336").compareTo(r.health().orElseThrow().discountedQalys()),
        r.health().orElseThrow().toString());
  }

  @Test
  void badRulesAllAtOnce() {
    List<CohortLink.Rule> bad =
        List.of(
            new CohortLink.Rule(
                "nope",
                "x",
                LineType.COST,
                ValueType.FISCAL,
                Category.OTHER,
                1,
                List.of(new CohortLink.Attribution("host", 0.5)),
                -1));
    ValidationException e =
        assertThrows(ValidationException.class, () -> CohortLink.lines(RESULT, "ghost", -1, bad));
    List<String> paths = e.problems().stream().map(p -> p.path()).toList();
    assertEquals(
        List.of("/strategy", "/firstYear", "/0/value", "/0/scale", "/0/attributions"), paths);
  }
}
