package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * Property (seeded JUnit loop, 300 random appraisals): the sum over organisations of net benefit is
 * the network's NPSV to the penny, before and after transfers, gain-shares (flat, or one time in
 * two a schedule whose terms differ by year) and rewards; removing them changes no network total;
 * the prepared (probabilistic) path's organisations sum to its NPSV.
 */
class SettlementPropertyTest {

  private static final String[] ORGS = {"centre", "host", "patients"};

  @Test
  void organisationsSumToTheNetworkNpsvWithAndWithoutPaymentsBetweenThem() {
    SplittableRandom random = new SplittableRandom(20_2026L);
    for (int run = 0; run < 300; run++) {
      int years = 2 + random.nextInt(10);
      List<String> lineIds = new ArrayList<>();
      String cf = lines(random, years, "c", lineIds, false);
      String option = lines(random, years, "o", lineIds, true);
      String base =
          """
          "measures": [{"id": "m", "name": "m", "unit": "proportion", "kind": "proportion", "direction": "decrease"}],
          "baselines": [{"id": "b", "measure": "m", "scope": {"organisation": "host"},
                         "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 0.2, "count": %d,
                         "source": "test", "capturedOn": "2025-03-01", "dataQuality": 1}]"""
              .formatted(1000 + random.nextInt(100000));
      String settlements = settlements(random, years, lineIds);
      Appraisal without = AppraisalJson.parse(Docs.appraisal(years, base, cf, option));
      Appraisal with =
          AppraisalJson.parse(Docs.appraisal(years, base + ",\n" + settlements, cf, option));
      AppraisalResult.OptionResult r0 = new BenefitCalculator().evaluate(without).option("network");
      AppraisalResult.OptionResult r1 = new BenefitCalculator().evaluate(with).option("network");
      String seed = "run " + run + ": " + settlements;
      assertEquals(r0.totals(), r1.totals(), seed);
      assertEquals(r0.byOrganisation(), r1.byOrganisation(), seed);
      Money before =
          r0.byOrganisation().values().stream()
              .map(AppraisalResult.PresentValues::npsv)
              .reduce(Money.zero(), Money::plus);
      assertEquals(r0.npsv(), before, seed);
      Money after =
          r1.positions().stream()
              .map(AppraisalResult.OrganisationPosition::afterSettlements)
              .reduce(Money.zero(), Money::plus);
      assertEquals(r1.npsv(), after, seed);
      Money beforeInPositions =
          r1.positions().stream()
              .map(AppraisalResult.OrganisationPosition::beforeSettlements)
              .reduce(Money.zero(), Money::plus);
      assertEquals(r1.npsv(), beforeInPositions, seed);
      PreparedAppraisal prepared = new BenefitCalculator().prepare(with);
      double[] p = prepared.centralValues();
      double[] out = new double[prepared.organisations().size()];
      prepared.netBenefitByOrganisation(0, p, out);
      double sum = 0;
      for (double v : out) {
        sum += v;
      }
      double npsv = prepared.npsv(0, p);
      assertEquals(npsv, sum, 1e-6 * Math.max(1, Math.abs(npsv)), seed);
    }
  }

  private static String lines(
      SplittableRandom random, int years, String prefix, List<String> ids, boolean derived) {
    List<String> list = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String id = (random.nextBoolean() ? "shared" : prefix) + i;
      if (list.stream().anyMatch(x -> x.contains("\"" + id + "\""))) {
        continue;
      }
      ids.add(id);
      // a line of the same id in both options must agree on type and organisation: derive them from
      // the id
      int h = Math.floorMod(id.hashCode(), 6);
      String type = h % 2 == 0 ? "cost" : "benefit";
      String org = ORGS[h / 2];
      int first = random.nextInt(years);
      list.add(
          """
          {"id": "%s", "type": "%s", "organisation": "%s", "category": "other", "valueType": "fiscal",
           "cashReleasing": true, "dataQuality": %d, "amount": %d, "firstYear": %d, "lastYear": %d}"""
              .formatted(
                  id,
                  type,
                  org,
                  1 + random.nextInt(5),
                  random.nextInt(500_000),
                  first,
                  first + random.nextInt(years - first)));
    }
    if (derived) {
      list.add(
          """
          {"id": "dna", "type": "benefit", "organisation": "host", "category": "standardisation", "valueType": "fiscal",
           "dataQuality": 1, "derivation": {"baseline": "b", "option": {"target": %s, "rampYears": %d},
           "counterfactual": "unchanged", "unitValue": %d}}"""
              .formatted(
                  0.05 + 0.1 * random.nextDouble(), random.nextInt(4), 10 + random.nextInt(200)));
    }
    return String.join(",\n", list);
  }

  /**
   * A gain-share's terms: flat (one period over every year), or, one time in two, a schedule of two
   * or three periods with their own years (gaps allowed), partners, thresholds, caps and floors.
   */
  private static String terms(SplittableRandom random, int years) {
    if (years < 3 || random.nextBoolean()) {
      return period(random, true);
    }
    int periods = 2 + (years >= 4 ? random.nextInt(2) : 0);
    List<String> rows = new ArrayList<>();
    int start = random.nextInt(years - periods + 1);
    for (int k = 0; k < periods; k++) {
      int room = years - start - (periods - k); // years this period may run past its first
      int end = start + random.nextInt(room + 1);
      String span = "\"firstYear\": " + start;
      if (k == periods - 1 || random.nextBoolean()) {
        span += ", \"lastYear\": " + end;
      } else {
        end = start; // runs to the year before the next period's first
      }
      rows.add("{" + span + ", " + period(random, false) + "}");
      start = end + 1 + (end + 1 < years - (periods - k - 1) ? random.nextInt(2) : 0);
      start = Math.min(start, years - (periods - k - 1));
    }
    return "\"schedule\": [" + String.join(", ", rows) + "]";
  }

  private static String period(SplittableRandom random, boolean both) {
    String shares =
        both || random.nextBoolean()
            ? "\"centre\": %s, \"patients\": %s"
                .formatted(random.nextDouble() * 0.5, random.nextDouble() * 0.5)
            : "\"%s\": %s"
                .formatted(random.nextBoolean() ? "centre" : "patients", random.nextDouble());
    return "\"shares\": {%s}, \"threshold\": %d, \"cap\": %d, \"floor\": %d"
        .formatted(
            shares, random.nextInt(100_000), random.nextInt(300_000), -random.nextInt(300_000));
  }

  private static String settlements(SplittableRandom random, int years, List<String> lineIds) {
    List<String> transfers = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      int payer = random.nextInt(3);
      int receiver = (payer + 1 + random.nextInt(2)) % 3;
      transfers.add(
          """
          {"id": "t%d", "option": "network", "payer": "%s", "receiver": "%s", "amount": %d, "firstYear": %d,
           "indexation": %s}"""
              .formatted(
                  i,
                  ORGS[payer],
                  ORGS[receiver],
                  random.nextInt(200_000),
                  random.nextInt(years),
                  random.nextDouble() * 0.05));
    }
    String share =
        """
        {"id": "g", "option": "network", "lines": ["%s", "dna"], "holder": "host", %s}"""
            .formatted(lineIds.get(random.nextInt(lineIds.size())), terms(random, years));
    String reward =
        """
        {"id": "r", "option": "network", "payer": "patients", "receiver": "centre", "line": "dna",
         "target": %s, "amount": %d, "shareOfBenefit": %s}"""
            .formatted(
                0.05 + 0.15 * random.nextDouble(), random.nextInt(50_000), random.nextDouble());
    return "\"transfers\": ["
        + String.join(",", transfers)
        + "],\n\"gainShares\": ["
        + share
        + "],\n\"rewards\": ["
        + reward
        + "]";
  }
}
