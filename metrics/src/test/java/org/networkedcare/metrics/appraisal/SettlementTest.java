package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * Transfers, gain-shares and rewards by hand. Discount factors at 3.5%: DF1 = 1/1.035 =
 * 0.9661835749, DF2 = 0.9335107004, DF3 = 0.9019427057.
 */
class SettlementTest {

  private static final String OPTION_LINES =
      """
      {"id": "staff", "type": "cost", "organisation": "centre", "category": "access", "valueType": "fiscal",
       "cashReleasing": true, "dataQuality": 1, "amount": 100000, "firstYear": 1, "lastYear": 2},
      {"id": "saving", "type": "benefit", "organisation": "host", "category": "standardisation", "valueType": "fiscal",
       "cashReleasing": true, "dataQuality": 1, "amount": 150000, "firstYear": 1, "lastYear": 2}""";

  private static String withTransfer(String transfer) {
    return Docs.appraisal(3, transfer, "", OPTION_LINES);
  }

  /**
   * Rent of GBP 30,000 a year in years 1-2 paid by the host to the centre: PV = 30,000 x (DF1 +
   * DF2) = 30,000 x 1.8996942753 = 56,990.83. No network total moves; the host's net falls and the
   * centre's rises by exactly that; each year's budget moves by 30,000.00.
   */
  @Test
  void aTransferChangesNoNetworkTotalAndMovesEachPartyByItsAmount() {
    AppraisalResult.OptionResult without = Docs.evaluate(withTransfer(""));
    AppraisalResult.OptionResult with =
        Docs.evaluate(
            withTransfer(
                """
        "transfers": [{"id": "rent", "option": "network", "payer": "host", "receiver": "centre", "amount": 30000,
                       "firstYear": 1, "lastYear": 2, "description": "rent for the outreach clinic"}]"""));
    assertEquals(without.totals(), with.totals());
    assertEquals(without.byOrganisation(), with.byOrganisation());
    assertEquals(without.byCategory(), with.byCategory());
    assertEquals(without.lines(), with.lines());
    assertEquals(without.paybackYear(), with.paybackYear());
    assertEquals(without.switchingValues(), with.switchingValues());
    assertTrue(without.positions().isEmpty());
    Map<String, AppraisalResult.OrganisationPosition> pos = byOrg(with);
    Money pv = Money.of("56990.83");
    assertEquals(Money.of("-56990.83"), pos.get("host").transfers());
    assertEquals(pv, pos.get("centre").transfers());
    assertEquals(
        with.byOrganisation().get("host").npsv().minus(pv), pos.get("host").afterSettlements());
    assertEquals(
        with.byOrganisation().get("centre").npsv().plus(pv), pos.get("centre").afterSettlements());
    assertEquals(with.npsv(), sumAfter(with));
    assertEquals(pv, with.settlements().get(0).presentValue());
    Map<String, Money> before = budget(without, "2026/27");
    Map<String, Money> after = budget(with, "2026/27");
    assertEquals(before.get("host").minus(Money.of("30000.00")), after.get("host"));
    assertEquals(before.get("centre").plus(Money.of("30000.00")), after.get("centre"));
  }

  /**
   * A transfer of GBP 30,000 in nominal terms indexed at 2% a year: 30,000 in year 1 and 30,600 in
   * year 2; with a deflator of 100 (2025/26), 102, 104.04 both are 29,411.7647 in 2025/26 prices,
   * so PV = 29,411.7647 x 1.8996942753 = 55,873.36.
   */
  @Test
  void anIndexedNominalTransferIsConvertedWithTheDeflator() {
    String extra =
        """
        "deflator": {"source": "test", "index": {"2025/26": 100, "2026/27": 102, "2027/28": 104.04}},
        "transfers": [{"id": "rent", "option": "network", "payer": "host", "receiver": "centre", "amount": 30000,
                       "firstYear": 1, "lastYear": 2, "prices": "nominal", "indexation": 0.02}]""";
    AppraisalResult.OptionResult r = Docs.evaluate(withTransfer(extra));
    assertEquals(Money.of("55873.36"), r.settlements().get(0).presentValue());
    assertEquals(Money.of("29411.76"), r.settlements().get(0).years().get(1).amount());
    Appraisal a = AppraisalJson.parse(withTransfer(extra));
    assertEquals(a, AppraisalJson.parse(AppraisalJson.write(a)));
  }

  /**
   * A 50/50 gain-share of the host's saving above a GBP 100,000 threshold, capped at GBP 80,000 a
   * year shared, in years 1-3. Savings 150,000, 300,000 and 90,000: shared 50,000, min(200,000,
   * 80,000) = 80,000 and 0 (below the threshold); the centre receives half: 25,000, 40,000, 0. PV =
   * 25,000 x DF1 + 40,000 x DF2 = 24,154.59 + 37,340.43 = 61,495.02.
   */
  @Test
  void fiftyFiftyGainShareAboveAThresholdWithACapOverThreeYears() {
    String line =
        """
        {"id": "saving", "type": "benefit", "organisation": "host", "category": "standardisation",
         "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "profile": [0, 150000, 300000, 90000]}""";
    String share =
        """
        "gainShares": [{"id": "saving-share", "option": "network", "lines": ["saving"], "holder": "host",
                        "shares": {"centre": 0.5}, "threshold": 100000, "cap": 80000, "firstYear": 1, "lastYear": 3}]""";
    AppraisalResult.OptionResult r = Docs.evaluate(Docs.appraisal(4, share, "", line));
    AppraisalResult.SettlementResult s = r.settlements().get(0);
    assertEquals("gain-share", s.kind());
    assertEquals(
        List.of(Money.of("25000.00"), Money.of("40000.00"), Money.zero()),
        s.years().stream().map(AppraisalResult.SettlementYear::amount).toList());
    assertEquals(Money.of("61495.02"), s.presentValue());
    Map<String, AppraisalResult.OrganisationPosition> pos = byOrg(r);
    assertEquals(Money.of("-61495.02"), pos.get("host").gainShares());
    assertEquals(Money.of("61495.02"), pos.get("centre").gainShares());
    assertEquals(r.npsv(), sumAfter(r));
  }

  /**
   * A risk-share: an overspend of GBP 150,000 in year 1 against a threshold of 100,000 leaves
   * 50,000 to share, floored at 20,000 shared: the centre bears 30% of 20,000, paying the host
   * 6,000 (PV 6,000 x DF1 = 5,797.10). The cost avoided in year 2 (a saving of 40,000) is below the
   * threshold.
   */
  @Test
  void aRiskShareSplitsAnOverspendDownToItsFloor() {
    String counterfactual =
        """
        {"id": "drugs", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
         "cashReleasing": true, "dataQuality": 1, "profile": [0, 100000, 100000]}""";
    String option =
        """
        {"id": "drugs", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
         "cashReleasing": true, "dataQuality": 1, "profile": [0, 250000, 60000]}""";
    String share =
        """
        "gainShares": [{"id": "drugs-share", "option": "network", "lines": ["drugs"], "holder": "host",
                        "shares": {"centre": 0.3}, "threshold": 100000, "floor": -20000}]""";
    AppraisalResult.OptionResult r =
        Docs.evaluate(Docs.appraisal(3, share, counterfactual, option));
    AppraisalResult.SettlementResult s = r.settlements().get(0);
    assertEquals(
        List.of(Money.zero(), Money.of("-6000.00"), Money.zero()),
        s.years().stream().map(AppraisalResult.SettlementYear::amount).toList());
    assertEquals(Money.of("5797.10"), byOrg(r).get("host").gainShares());
    assertEquals(r.npsv(), sumAfter(r));
  }

  private static String rewardDoc(String observations) {
    String extra =
        """
        "measures": [{"id": "dna-rate", "name": "Did-not-attend rate", "unit": "proportion", "kind": "proportion",
                      "direction": "decrease"}],
        "baselines": [{"id": "dna-host", "measure": "dna-rate", "scope": {"organisation": "host"},
                       "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 0.12, "count": 20000,
                       "source": "host PAS", "capturedOn": "2025-03-01", "dataQuality": 1}],
        "rewards": [{"id": "dna-reward", "option": "network", "payer": "patients", "receiver": "centre", "line": "dna",
                     "target": 0.09, "amount": 10000}],
        "observations": %s"""
            .formatted(observations);
    String line =
        """
        {"id": "dna", "type": "benefit", "organisation": "host", "category": "standardisation",
         "valueType": "fiscal", "dataQuality": 1, "lastYear": 3,
         "derivation": {"baseline": "dna-host", "option": {"target": 0.08, "rampYears": 2}, "counterfactual": "unchanged",
                        "unitValue": 120}}""";
    return Docs.appraisal(4, extra, "", line);
  }

  /**
   * A reward of GBP 10,000 a year when the did-not-attend rate is at or below 0.09. The option
   * ramps 0.12 -> 0.08 over two years: 0.10 in year 1 (not achieved), 0.08 in years 2 and 3
   * (achieved). As appraised: PV = 10,000 x (DF2 + DF3) = 18,354.53. As realised, two half-years of
   * 183 days: year 1 observed 0.085 (achieved although not appraised: 10,000 x 183 / 365 = 5,013.70
   * earned, 0 assumed); year 2 observed 0.095 (appraised 5,013.70, earned 0).
   */
  @Test
  void aRewardIsPaidInTheYearsItsMeasureReachesItsTargetAsAppraisedAndAsRealised() {
    String observations =
        """
        [{"line": "dna", "period": {"from": "2026-04-01", "to": "2026-10-01"}, "value": 0.085, "count": 10000,
          "source": "host PAS", "capturedOn": "2026-10-20"},
         {"line": "dna", "period": {"from": "2027-04-01", "to": "2027-10-01"}, "value": 0.095, "count": 10000,
          "source": "host PAS", "capturedOn": "2027-10-20"}]""";
    AppraisalResult result =
        new BenefitCalculator().evaluate(AppraisalJson.parse(rewardDoc(observations)));
    AppraisalResult.OptionResult r = result.option("network");
    AppraisalResult.SettlementResult s = r.settlements().get(0);
    assertEquals("reward", s.kind());
    assertEquals(
        List.of(Money.zero(), Money.of("10000.00"), Money.of("10000.00")),
        s.years().stream().map(AppraisalResult.SettlementYear::amount).toList());
    assertEquals(Money.of("18354.53"), s.presentValue());
    assertEquals(Money.of("18354.53"), byOrg(r).get("centre").rewards());
    assertEquals(Money.of("-18354.53"), byOrg(r).get("patients").rewards());
    AppraisalResult.RewardRealised realised = result.rewardsRealised().get(0);
    assertEquals(2, realised.observations().size());
    AppraisalResult.RewardObservation first = realised.observations().get(0);
    assertFalse(first.achievedAsAppraised());
    assertTrue(first.achievedAsRealised());
    assertEquals(Money.zero(), first.assumedReward());
    assertEquals(Money.of("5013.70"), first.realisedReward());
    AppraisalResult.RewardObservation second = realised.observations().get(1);
    assertTrue(second.achievedAsAppraised());
    assertFalse(second.achievedAsRealised());
    assertEquals(Money.of("5013.70"), realised.assumedReward());
    assertEquals(Money.of("5013.70"), realised.realisedReward());
    assertTrue(AppraisalJson.write(result).contains("\"rewardsRealised\""));
  }

  /**
   * The probabilistic analysis draws each organisation's position after the payments between
   * parties.
   */
  @Test
  void thePreparedPathGivesEachOrganisationItsPositionAfterPayments() {
    String extra =
        """
        "parameters": {"rent": {"value": 30000, "low": 20000, "high": 40000}},
        "transfers": [{"id": "rent", "option": "network", "payer": "host", "receiver": "centre", "amount": "rent",
                       "firstYear": 1, "lastYear": 2}]""";
    Appraisal a = AppraisalJson.parse(withTransfer(extra));
    PreparedAppraisal prepared = new BenefitCalculator().prepare(a);
    double[] out = new double[prepared.organisations().size()];
    prepared.netBenefitByOrganisation(0, prepared.centralValues(), out);
    AppraisalResult.OptionResult r = new BenefitCalculator().evaluate(a).option("network");
    Map<String, AppraisalResult.OrganisationPosition> pos = byOrg(r);
    for (int i = 0; i < out.length; i++) {
      String org = prepared.organisations().get(i);
      assertEquals(pos.get(org).afterSettlements().toBigDecimal().doubleValue(), out[i], 0.01, org);
    }
    // the rent is a parameter, yet NPSV does not depend on it: it has no switching value
    assertTrue(r.switchingValues().get(0).value().isEmpty());
  }

  @Test
  void badSettlementsAreAllReportedAtOnceWithTheirPaths() {
    String extra =
        """
        "transfers": [{"id": "rent", "option": "bau", "payer": "host", "receiver": "host", "amount": 1, "lastYear": 9},
                      {"id": "fee", "option": "network", "payer": "ghost", "receiver": "centre"}],
        "gainShares": [{"id": "rent", "option": "network", "lines": ["nothing"], "holder": "host",
                        "shares": {"host": 0.5, "centre": 0.7}, "threshold": -1, "cap": -5, "floor": 10}],
        "rewards": [{"id": "r", "option": "network", "payer": "host", "receiver": "centre", "line": "saving",
                     "target": 0.1, "amout": 5}]""";
    ValidationException e =
        assertThrows(ValidationException.class, () -> AppraisalJson.parse(withTransfer(extra)));
    List<String> found = e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    for (String expected :
        List.of(
            "/transfers/0/receiver settlement.same-party",
            "/transfers/1 line.form",
            "/gainShares/0/shares/host gain-share.holder",
            "/gainShares/0/shares range",
            "/gainShares/0/threshold range",
            "/gainShares/0/cap range",
            "/gainShares/0/floor range",
            "/rewards/0 reward.payment",
            "/rewards/0/amout unknown-field")) {
      assertTrue(found.contains(expected), expected + " in " + found);
    }
    // with the values' own checks passed, the references are checked against the appraisal
    String refs =
        """
        "transfers": [{"id": "rent", "option": "bau", "payer": "ghost", "receiver": "host", "amount": 1, "lastYear": 9}],
        "gainShares": [{"id": "rent", "option": "network", "lines": ["nothing"], "holder": "host",
                        "shares": {"centre": 0.5}}],
        "rewards": [{"id": "r", "option": "network", "payer": "host", "receiver": "centre", "line": "saving",
                     "target": 0.1, "amount": 5}]""";
    e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(withTransfer(refs)));
    assertEquals(
        List.of(
            "/transfers/0/option unknown-reference",
            "/transfers/0/payer unknown-reference",
            "/transfers/0/lastYear line.outside-horizon",
            "/gainShares/0/id duplicate",
            "/gainShares/0/lines/0 unknown-reference",
            "/rewards/0/line unknown-reference"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    assertTrue(
        e.problems().stream().map(Problem::message).anyMatch(m -> m.contains("no party 'ghost'")));
  }

  private static Map<String, AppraisalResult.OrganisationPosition> byOrg(
      AppraisalResult.OptionResult r) {
    return r.positions().stream()
        .collect(Collectors.toMap(AppraisalResult.OrganisationPosition::organisation, x -> x));
  }

  private static Money sumAfter(AppraisalResult.OptionResult r) {
    return r.positions().stream()
        .map(AppraisalResult.OrganisationPosition::afterSettlements)
        .reduce(Money.zero(), Money::plus);
  }

  private static Map<String, Money> budget(AppraisalResult.OptionResult r, String year) {
    return r.budgetImpact().stream()
        .filter(b -> b.financialYear().toString().equals(year))
        .collect(
            Collectors.toMap(
                AppraisalResult.BudgetImpact::organisation, AppraisalResult.BudgetImpact::netCash));
  }
}
