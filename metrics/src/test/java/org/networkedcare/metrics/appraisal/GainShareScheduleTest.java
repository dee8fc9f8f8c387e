package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * Gain-share schedules whose terms differ by year, on a small network of its own: a district
 * hospital ("district") whose theatre-productivity saving is shared with the orthopaedic hub
 * ("hub") and, later, the integrated care board ("icb"); a community provider ("community") bears a
 * cost. Horizon 4 years (0-3), 2025/26 as year 0, cash at 3.5%.
 *
 * <p>By hand. Discount factors: DF1 = 1/1.035 = 0.9661835749, DF2 = 0.9335107004, DF3 =
 * 0.9019427057. The saving (a benefit line of the district's under the option) is 0, 180,000,
 * 400,000 and 300,000 in years 0-3. The schedule: years 1-2, hub 50% above a GBP 100,000 threshold,
 * at most GBP 250,000 a year shared; from year 3, hub 30% and ICB 10% of the whole saving (no
 * threshold, no cap): the district keeps 60%.
 *
 * <ul>
 *   <li>year 1: e = 180,000 - 100,000 = 80,000, x = min(250,000, 80,000) = 80,000; hub 40,000;
 *   <li>year 2: e = 300,000, x = min(250,000, 300,000) = 250,000; hub 125,000;
 *   <li>year 3: x = 300,000; hub 90,000, ICB 30,000.
 * </ul>
 *
 * Hub PV = 40,000 x 0.9661835749 + 125,000 x 0.9335107004 + 90,000 x 0.9019427057 = 38,647.34 +
 * 116,688.84 + 81,174.84 = 236,511.02 (unrounded 236,511.0213). ICB PV = 30,000 x 0.9019427057 =
 * 27,058.28. The district pays both: -263,569.30.
 */
class GainShareScheduleTest {

  private static final String PARTIES =
      """
      [{"id": "district", "name": "District hospital", "role": "host"},
       {"id": "hub", "name": "Orthopaedic hub", "role": "centre"},
       {"id": "icb", "name": "Integrated care board", "role": "commissioner"},
       {"id": "community", "name": "Community provider"}]""";

  private static final String LINES =
      """
      {"id": "theatre-saving", "type": "benefit", "organisation": "district", "category": "standardisation",
       "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "profile": [0, 180000, 400000, 300000]},
      {"id": "community-sessions", "type": "cost", "organisation": "community", "category": "access",
       "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "amount": 50000}""";

  private static final String SCHEDULE =
      """
      "parameters": {"later-hub-share": {"value": 0.3, "low": 0.2, "high": 0.4, "unit": "proportion",
                     "description": "the hub's share from year 3", "source": "test",
                     "distribution": {"type": "uniform", "min": 0.2, "max": 0.4}}},
      "gainShares": [{"id": "theatre-share", "option": "network", "lines": ["theatre-saving"],
                      "holder": "district",
                      "schedule": [
                        {"firstYear": 1, "lastYear": 2, "shares": {"hub": 0.5}, "threshold": 100000, "cap": 250000},
                        {"firstYear": 3, "shares": {"hub": "later-hub-share", "icb": 0.1}}]}]""";

  static String doc(String extra) {
    return """
        {"schemaVersion": 1, "title": "schedule test", "yearZero": "2025/26", "horizonYears": 4,
         "parties": %s,
         %s
         "options": [
           {"id": "bau", "name": "Business as usual", "counterfactual": true, "lines": []},
           {"id": "network", "name": "Network", "lines": [%s]}]}
        """
        .formatted(PARTIES, extra.isEmpty() ? "" : extra + ",", LINES);
  }

  @Test
  void termsThatChangeInYearThreeAreAppliedPerOrganisationByHand() {
    AppraisalResult.OptionResult without = Docs.evaluate(doc(""));
    AppraisalResult.OptionResult r = Docs.evaluate(doc(SCHEDULE));
    assertEquals(without.totals(), r.totals());
    assertEquals(without.byOrganisation(), r.byOrganisation());
    Map<String, AppraisalResult.SettlementResult> byReceiver =
        r.settlements().stream()
            .collect(Collectors.toMap(AppraisalResult.SettlementResult::receiver, s -> s));
    assertEquals(
        List.of(Money.of("40000.00"), Money.of("125000.00"), Money.of("90000.00")),
        byReceiver.get("hub").years().stream()
            .map(AppraisalResult.SettlementYear::amount)
            .toList());
    assertEquals(Money.of("236511.02"), byReceiver.get("hub").presentValue());
    assertEquals(Money.of("27058.28"), byReceiver.get("icb").presentValue());
    assertEquals(Money.zero(), byReceiver.get("icb").years().get(0).amount());
    assertEquals(Money.of("30000.00"), byReceiver.get("icb").years().get(2).amount());
    Map<String, AppraisalResult.OrganisationPosition> pos =
        r.positions().stream()
            .collect(Collectors.toMap(AppraisalResult.OrganisationPosition::organisation, x -> x));
    assertEquals(Money.of("236511.02"), pos.get("hub").gainShares());
    assertEquals(Money.of("27058.28"), pos.get("icb").gainShares());
    assertEquals(Money.of("-263569.30"), pos.get("district").gainShares());
    assertEquals(Money.zero(), pos.get("community").gainShares());
    assertEquals(
        r.npsv(),
        r.positions().stream()
            .map(AppraisalResult.OrganisationPosition::afterSettlements)
            .reduce(Money.zero(), Money::plus));
    // the document round-trips, schedule and all
    Appraisal a = AppraisalJson.parse(doc(SCHEDULE));
    assertEquals(a, AppraisalJson.parse(AppraisalJson.write(a)));
  }

  /**
   * The second period's share is a parameter, drawn like any line's: at 0.4 the hub gains 0.1 x
   * 300,000 x DF3 = 27,058.28 more and the district as much less; every draw of the probabilistic
   * analysis sums over organisations to its NPSV.
   */
  @Test
  void aPeriodsShareIsDrawnInTheProbabilisticAnalysis() {
    Appraisal a = AppraisalJson.parse(doc(SCHEDULE));
    PreparedAppraisal prepared = new BenefitCalculator().prepare(a);
    int option = prepared.optionIds().indexOf("network");
    double[] central = prepared.centralValues();
    double[] high = central.clone();
    high[prepared.parameterIndex("later-hub-share")] = 0.4;
    List<String> orgs = prepared.organisations();
    double[] c = new double[orgs.size()];
    double[] h = new double[orgs.size()];
    prepared.netBenefitByOrganisation(option, central, c);
    prepared.netBenefitByOrganisation(option, high, h);
    assertEquals(27_058.28, h[orgs.indexOf("hub")] - c[orgs.indexOf("hub")], 0.005);
    assertEquals(-27_058.28, h[orgs.indexOf("district")] - c[orgs.indexOf("district")], 0.005);
    assertEquals(0, h[orgs.indexOf("icb")] - c[orgs.indexOf("icb")], 1e-9);
    PsaResult psa = MonteCarlo.run(a, 7L, 200, 2);
    int o = psa.options().indexOf("network");
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (int d = 0; d < psa.draws(); d++) {
      double sum = 0;
      for (int k = 0; k < psa.organisations().size(); k++) {
        sum += psa.netBenefit(d, o, k);
      }
      assertEquals(psa.npsv(d, o), sum, 1e-6 * Math.abs(psa.npsv(d, o)));
      double hub = psa.netBenefit(d, o, psa.organisations().indexOf("hub"));
      lowest = Math.min(lowest, hub);
      highest = Math.max(highest, hub);
    }
    // the hub's net ranges with the drawn share: from 0.2 to 0.4 of 300,000 x DF3 = 54,116.56
    assertTrue(highest - lowest > 40_000 && highest - lowest < 54_116.57, lowest + ".." + highest);
  }

  @Test
  void aConstantScheduleIsTheOnePeriodCase() {
    String flat =
        """
        "gainShares": [{"id": "theatre-share", "option": "network", "lines": ["theatre-saving"],
                        "holder": "district", "shares": {"hub": 0.5}, "threshold": 100000, "cap": 250000,
                        "firstYear": 1}]""";
    Appraisal a = AppraisalJson.parse(doc(flat));
    GainShare g = a.gainShares().get(0);
    assertEquals(1, g.schedule().size());
    // years 1-3: hub 40,000, 125,000 and min(250,000, 200,000) / 2 = 100,000
    AppraisalResult.SettlementResult s = Docs.evaluate(doc(flat)).settlements().get(0);
    assertEquals(
        List.of(Money.of("40000.00"), Money.of("125000.00"), Money.of("100000.00")),
        s.years().stream().map(AppraisalResult.SettlementYear::amount).toList());
    // written flat, as read
    assertEquals(
        Json.parse(
            """
            {"id": "theatre-share", "option": "network", "lines": ["theatre-saving"], "holder": "district",
             "firstYear": 1, "shares": {"hub": 0.5}, "threshold": 100000, "cap": 250000}"""),
        Json.parse(AppraisalJson.write(a)).path("gainShares").get(0));
  }

  @Test
  void badSchedulesAreAllReportedAtOnceWithTheirPointers() {
    String bad =
        """
        "gainShares": [{"id": "a", "option": "network", "lines": ["theatre-saving"], "holder": "district",
                        "shares": {"hub": 0.5},
                        "schedule": [
                          {"firstYear": 2, "lastYear": 3, "shares": {"hub": 0.5}, "cap": -1},
                          {"firstYear": 3, "shares": {"district": 0.2, "icb": 1.5}},
                          {"shares": {"hub": 0.6, "icb": 0.6}, "threshold": -5, "lastYear": 9, "extra": 1}]},
                       {"id": "b", "option": "network", "lines": ["theatre-saving"], "holder": "district",
                        "schedule": [{"firstYear": 1, "shares": {"hub": 0.5}}]}]""";
    ValidationException e =
        assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc(bad)));
    List<String> found = e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    for (String expected :
        List.of(
            "/gainShares/0/shares gain-share.form",
            "/gainShares/0/schedule/0/cap range",
            "/gainShares/0/schedule/1/shares/district gain-share.holder",
            "/gainShares/0/schedule/2/shares range",
            "/gainShares/0/schedule/2/threshold range",
            "/gainShares/0/schedule/2/extra unknown-field",
            "/gainShares/1/schedule gain-share.schedule")) {
      assertTrue(found.contains(expected), expected + " in " + found);
    }
    // with each period sound, the periods' order and years are checked against each other and the
    // horizon
    String order =
        """
        "gainShares": [{"id": "a", "option": "network", "lines": ["theatre-saving"], "holder": "district",
                        "schedule": [
                          {"firstYear": 1, "lastYear": 2, "shares": {"hub": 0.5}},
                          {"firstYear": 2, "shares": {"ghost": 0.2}},
                          {"shares": {"hub": 0.1}}]}]""";
    e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc(order)));
    found = e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    assertEquals(
        List.of(
            "/gainShares/0/schedule/1/firstYear gain-share.periods",
            "/gainShares/0/schedule/2/firstYear required"),
        found);
    String refs =
        """
        "gainShares": [{"id": "b", "option": "network", "lines": ["theatre-saving"], "holder": "district",
                        "schedule": [{"shares": {"hub": 0.5}}, {"firstYear": 2, "lastYear": 7, "shares": {"ghost": 0.5}}]}]""";
    e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc(refs)));
    assertEquals(
        List.of(
            "/gainShares/0/schedule/1/shares/ghost unknown-reference",
            "/gainShares/0/schedule/1/lastYear line.outside-horizon"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    assertTrue(
        e.problems().stream().map(Problem::message).anyMatch(m -> m.contains("no party 'ghost'")));
  }
}
