package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;

/**
 * Worked examples whose expected numbers were computed independently of this code, by hand or with
 * 30-digit decimal arithmetic from the published method; the arithmetic is in each comment.
 */
class GreenBookExamplesTest {

  private static final String IT_SYSTEM =
      """
      {"id": "it-system", "type": "cost", "organisation": "host", "category": "standardisation",
       "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "capital": true,
       "amount": 1000000, "firstYear": 0, "lastYear": 0}""";

  private static String savings(int perYear) {
    return """
        {"id": "savings", "type": "benefit", "organisation": "host", "category": "standardisation",
         "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "amount": %d}"""
        .formatted(perYear);
  }

  /**
   * Green Book 2003, Box 15: GBP 1m in year 0, savings of GBP 150k a year in years 1-10 at 3.5%.
   * Annuity factor a(10, 3.5%) = (1 - 1.035^-10) / 0.035 = 8.316605322577954...; NPV = 150,000 x
   * 8.3166053226 - 1,000,000 = 247,490.798... -> GBP 247,490.80 (the Green Book's "about GBP
   * 247,000").
   */
  @Test
  void box15WithSavingsOf150k() {
    AppraisalResult.OptionResult r =
        Docs.evaluate(Docs.appraisal(11, "", "", IT_SYSTEM + "," + savings(150000)));
    assertEquals(Money.of("247490.80"), r.npsv());
    assertEquals(Money.of("1247490.80"), r.totals().benefits());
    assertEquals(Money.of("1000000.00"), r.totals().costs());
    assertEquals(new BigDecimal("1.2475"), r.totals().bcr().orElseThrow());
    assertEquals(new BigDecimal("0.2475"), r.totals().publicRoi().orElseThrow());
    // Cumulative discounted net: year 7 = 150,000 x a(7) - 1m = -82,818.40; year 8 = +31,093.33.
    assertEquals(OptionalInt.of(8), r.paybackYear());
    // The capital line's switching uplift: NPSV(u) = 247,490.80 - u x 1,000,000 -> u = 0.247491
    assertEquals(new BigDecimal("0.247491"), r.capitalUplift().orElseThrow());
    // Benefits may fall by NPSV / PVB = 247,490.80 / 1,247,490.80 = 0.19839
    assertEquals(new BigDecimal("0.1984"), r.benefitsMayFall().orElseThrow());
  }

  /**
   * The same with savings of GBP 100k: 100,000 x 8.3166053226 - 1,000,000 = -168,339.4677 -> -GBP
   * 168,339.47.
   */
  @Test
  void box15WithSavingsOf100k() {
    AppraisalResult.OptionResult r =
        Docs.evaluate(Docs.appraisal(11, "", "", IT_SYSTEM + "," + savings(100000)));
    assertEquals(Money.of("-168339.47"), r.npsv());
    assertEquals(OptionalInt.empty(), r.paybackYear());
  }

  /**
   * Savings as a cost the counterfactual has and the option avoids: the same NPV, the saving in
   * PVB.
   */
  @Test
  void box15AsCostsAvoided() {
    String running =
        """
        {"id": "running", "type": "cost", "organisation": "host", "category": "standardisation",
         "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "amount": 150000}""";
    AppraisalResult.OptionResult r = Docs.evaluate(Docs.appraisal(11, "", running, IT_SYSTEM));
    assertEquals(Money.of("247490.80"), r.npsv());
    assertEquals(Money.of("1247490.80"), r.totals().benefits());
    assertEquals(Money.of("1247490.80"), r.totals().cashReleasingBenefits());
    assertEquals(new BigDecimal("0.2475"), r.totals().fiscalRoi().orElseThrow());
    // Budget impact, undiscounted: year 0 -1,000,000.00; years 1-10 +150,000.00 each.
    assertEquals(Money.of("-1000000.00"), r.budgetImpact().get(0).netCash());
    assertEquals(Money.of("150000.00"), r.budgetImpact().get(10).netCash());
  }

  /**
   * Optimism bias by hand: capital GBP 1,000,000 in year 0, standard buildings (upper 24%), 25%
   * mitigated: 1 + 0.24 x 0.75 = 1.18; data-quality grade 2 adds 5%: 1,000,000 x 1.18 x 1.05 = GBP
   * 1,239,000.00. A mix half standard buildings, half equipment (upper 200%), half mitigated: upper
   * 0.5 x 0.24 + 0.5 x 2.00 = 1.12; 1 + 1.12 x 0.5 = 1.56 -> GBP 1,560,000.00 at grade 1.
   */
  @Test
  void optimismBiasByHand() {
    String building =
        """
        {"id": "building", "type": "cost", "organisation": "centre", "category": "access",
         "valueType": "fiscal", "dataQuality": 2, "capital": true, "amount": 1000000, "firstYear": 0, "lastYear": 0,
         "optimismBias": {"projectType": "standard-buildings", "mitigated": 0.25}}""";
    assertEquals(
        Money.of("-1239000.00"), Docs.evaluate(Docs.appraisal(3, "", "", building)).npsv());
    String mixed =
        """
        {"id": "mixed", "type": "cost", "organisation": "centre", "category": "access",
         "valueType": "fiscal", "dataQuality": 1, "capital": true, "profile": [1000000],
         "optimismBias": {"mix": {"standard-buildings": 0.5, "equipment-development": 0.5}, "mitigated": 0.5}}""";
    assertEquals(Money.of("-1560000.00"), Docs.evaluate(Docs.appraisal(3, "", "", mixed)).npsv());
    // An operating line takes no uplift unless it gives one: GBP 10,000 in year 1 at 3.5% =
    // 9,661.84
    String operating =
        """
        {"id": "op", "type": "cost", "organisation": "centre", "category": "access",
         "valueType": "fiscal", "dataQuality": 1, "amount": 10000, "firstYear": 1, "lastYear": 1}""";
    assertEquals(
        Money.of("-9661.84"),
        Docs.evaluate(
                Docs.appraisal(
                    3,
                    "\"optimismBias\": {\"projectType\": \"standard-buildings\", \"mitigated\": 0}",
                    "",
                    operating))
            .npsv());
  }

  /**
   * Additionality by hand: GBP 100,000 a year in years 1-3; deadweight 0.1, displacement 0.2,
   * leakage 0.05, attribution 0.8, drop-off 0.1, benefit optimism bias 0.1, grade 1. Year 1:
   * 100,000 x 0.9 x 0.8 x 0.95 x 0.8 x 0.9 = 49,248; year 2 x 0.9 = 44,323.20; year 3 x 0.9 =
   * 39,890.88. PV = 49,248/1.035 + 44,323.20/1.035^2 + 39,890.88/1.035^3 = 124,938.0784 -> GBP
   * 124,938.08.
   */
  @Test
  void additionalityByHand() {
    String benefit =
        """
        {"id": "b", "type": "benefit", "organisation": "patients", "category": "access",
         "valueType": "social", "dataQuality": 1, "amount": 100000, "firstYear": 1, "lastYear": 3,
         "benefitOptimismBias": 0.1,
         "additionality": {"deadweight": 0.1, "displacement": 0.2, "leakage": 0.05, "substitution": 0,
                           "attribution": 0.8, "dropOff": 0.1}}""";
    AppraisalResult.OptionResult r = Docs.evaluate(Docs.appraisal(4, "", "", benefit));
    assertEquals(Money.of("124938.08"), r.npsv());
    AppraisalResult.LineResult line = r.lines().get(0);
    assertEquals(Money.of("49248.00"), line.years().get(0).adjusted());
    assertEquals(Money.of("39890.88"), line.years().get(2).adjusted());
    assertTrue(line.adjustments().stream().anyMatch(s -> s.contains("deadweight x (1 - 0.1)")));
  }

  /**
   * A benefit derived from a baseline: did-not-attend rate 12% on 20,000 appointments a year,
   * falling to 8% at once under the option and unchanged under the counterfactual; GBP 120 a missed
   * appointment. 0.04 x 20,000 x 120 = GBP 96,000 a year, years 1-4, grade 2 (x 0.9): PV = 86,400 x
   * a(4, 3.5%) = 86,400 x 3.673079... = 317,354.0436 -> GBP 317,354.04.
   */
  @Test
  void derivedBenefit() {
    String extra =
        """
        "measures": [{"id": "dna-rate", "name": "Did-not-attend rate", "unit": "proportion", "kind": "proportion",
                      "direction": "decrease"}],
        "baselines": [{"id": "dna-host", "measure": "dna-rate", "scope": {"organisation": "host"},
                       "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 0.12, "count": 20000,
                       "source": "host PAS", "capturedOn": "2025-05-01", "dataQuality": 2}],
        "parameters": {"dna-option": {"value": 0.08, "low": 0.06, "high": 0.11}}""";
    String line =
        """
        {"id": "dna", "type": "benefit", "organisation": "host", "category": "standardisation",
         "valueType": "fiscal", "dataQuality": 2, "lastYear": 4,
         "derivation": {"baseline": "dna-host", "option": {"constant": "dna-option"}, "counterfactual": "unchanged",
                        "unitValue": 120}}""";
    AppraisalResult.OptionResult r = Docs.evaluate(Docs.appraisal(5, extra, "", line));
    assertEquals(Money.of("317354.04"), r.npsv());
    // Switching value: NPSV is zero when the option's rate equals the counterfactual's 0.12.
    AppraisalResult.SwitchingValue sv = r.switchingValues().get(0);
    assertEquals(0, new BigDecimal("0.12").compareTo(sv.value().orElseThrow()));
    // Tornado: at 0.06 the improvement is 0.06 (x1.5), at 0.11 it is 0.01 (x0.25).
    AppraisalResult.TornadoBar bar = r.tornado().get(0);
    assertEquals(Money.of("476031.07"), bar.npsvAtLow());
    assertEquals(Money.of("79338.51"), bar.npsvAtHigh());
    assertEquals("pessimistic", r.scenarios().get(0).name());
    assertEquals(Money.of("79338.51"), r.scenarios().get(0).npsv());
  }

  /**
   * Health on its own schedule: 2 QALYs a year in years 1-3 at 1.5%: 2 x (1/1.015 + 1/1.015^2 +
   * 1/1.015^3) = 5.824400834 discounted QALYs; at GBP 70,000 = GBP 407,708.06; at the NICE
   * threshold GBP 20,000 = GBP 116,488.02. (The QALY value is set at the price base here, so no
   * deflator is needed.)
   */
  @Test
  void healthOnItsOwnScheduleAndTwoValuations() {
    String line =
        """
        {"id": "qalys", "type": "benefit", "organisation": "patients", "category": "quality",
         "valueType": "health", "dataQuality": 1, "amount": 2, "firstYear": 1, "lastYear": 3}""";
    AppraisalResult.OptionResult r =
        Docs.evaluate(Docs.appraisal(4, "\"qalyValue\": 70000", "", line));
    assertEquals(Money.of("407708.06"), r.npsv());
    AppraisalResult.HealthView h = r.health().orElseThrow();
    assertEquals(0, new BigDecimal("5.82440").compareTo(h.discountedQalys()));
    assertEquals(Money.of("116488.02"), h.presentValueAtThreshold());
    assertEquals(Money.of("116488.02"), h.npsvAtThreshold());
    // NPSV is zero when the line's gross QALYs are zero.
    assertEquals(
        0, BigDecimal.ZERO.compareTo(r.healthSwitchingValues().get(0).switchingQalysPerYear()));
  }

  /**
   * Nominal prices converted with the deflator: GBP 10,500 nominal in year 1 (2026/27, index 105)
   * at a 2025/26 price base (index 100) is 10,500 x 100 / 105 = GBP 10,000 real; PV 10,000 / 1.035
   * = GBP 9,661.84.
   */
  @Test
  void nominalPricesAreDeflated() {
    String line =
        """
        {"id": "n", "type": "benefit", "organisation": "host", "category": "other", "valueType": "fiscal",
         "dataQuality": 1, "amount": 10500, "firstYear": 1, "lastYear": 1, "prices": "nominal"}""";
    String extra =
        "\"deflator\": {\"source\": \"test\", \"index\": {\"2025/26\": 100, \"2026/27\": 105}}";
    assertEquals(Money.of("9661.84"), Docs.evaluate(Docs.appraisal(2, extra, "", line)).npsv());
  }
}
