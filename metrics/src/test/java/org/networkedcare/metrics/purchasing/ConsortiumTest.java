package org.networkedcare.metrics.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.json.PurchasingJson;

/**
 * The seeds' consortium (seed 001: "Seven trusts came together for the tender ... if a trust opts
 * out of the consortium, the supplier will charge them more"), worked by hand. Seven trusts A-G buy
 * phaco packs a year: 2,000, 1,800, 1,500, 1,400, 1,200, 1,100 and 1,000, in all 10,000. Tiers: GBP
 * 100 a pack from 0, GBP 90 from 5,000, GBP 85 from 10,000; opt-out surcharge 5%.
 */
class ConsortiumTest {

  private static final List<String> TRUSTS = List.of("A", "B", "C", "D", "E", "F", "G");
  private static final long[] PACKS = {2000, 1800, 1500, 1400, 1200, 1100, 1000};

  private static Consortium seven(PriceSchedule.Pricing pricing) {
    List<PriceSchedule.Tier> tiers = List.of(tier(0, "100"), tier(5000, "90"), tier(10000, "85"));
    List<Consortium.Volume> q = new java.util.ArrayList<>();
    for (int i = 0; i < TRUSTS.size(); i++) {
      q.add(new Consortium.Volume(TRUSTS.get(i), BigDecimal.valueOf(PACKS[i])));
    }
    return new Consortium(
        "phaco",
        Optional.of("Supplier"),
        TRUSTS,
        List.of(
            new Consortium.Item(
                "phaco",
                "phaco packs",
                new PriceSchedule(tiers, pricing, new BigDecimal("5")),
                q)));
  }

  private static PriceSchedule.Tier tier(long minimum, String price) {
    return new PriceSchedule.Tier(BigDecimal.valueOf(minimum), new BigDecimal(price));
  }

  private static Money m(String s) {
    return Money.of(s);
  }

  @Test
  void allUnitsSevenTrustsOneOptingOut() {
    // Together the 10,000 packs reach the GBP 85 tier. Alone each trust is under 5,000: GBP 100.
    // A: together 2,000 x 85 = 170,000; alone 200,000; saving 30,000; opting out 200,000 x 1.05 =
    // 210,000, so opting out costs it 40,000. G: 85,000; 100,000; saving 15,000; 105,000; 20,000.
    // If G opts out the other 9,000 packs fall to the GBP 90 tier: each pays 5 a pack more, in all
    // 9,000 x 5 = 45,000 (A 2,000 x 5 = 10,000). If A opts out: 8,000 x 5 = 40,000.
    // Total saving 10,000 x 15 = 150,000.
    Consortium c = seven(PriceSchedule.Pricing.ALL_UNITS);
    List<Consortium.MemberPosition> p = c.positions();
    assertEquals(
        new Consortium.MemberPosition(
            "phaco",
            "A",
            BigDecimal.valueOf(2000),
            m("170000.00"),
            m("200000.00"),
            m("30000.00"),
            m("210000.00"),
            m("40000.00"),
            m("40000.00")),
        p.get(0));
    assertEquals(
        new Consortium.MemberPosition(
            "phaco",
            "G",
            BigDecimal.valueOf(1000),
            m("85000.00"),
            m("100000.00"),
            m("15000.00"),
            m("105000.00"),
            m("20000.00"),
            m("45000.00")),
        p.get(6));
    assertEquals(m("150000.00"), c.totalSaving());
    Consortium.Departure gA =
        c.departures().stream()
            .filter(d -> d.leaver().equals("G") && d.member().equals("A"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new Consortium.Departure("phaco", "G", "A", m("170000.00"), m("180000.00"), m("10000.00")),
        gA);
    assertEquals(7 * 6, c.departures().size());
  }

  @Test
  void incrementalSevenTrustsOneOptingOut() {
    // Incremental: 10,000 packs cost 5,000 x 100 + 5,000 x 90 = 950,000 (no pack is the 10,001st),
    // an
    // average of 95. G: together 95,000; alone 1,000 x 100 = 100,000; saving 5,000; opting out
    // 105,000, costing it 10,000. Without G, 9,000 packs cost 500,000 + 4,000 x 90 = 860,000; each
    // remaining trust pays 860,000 x packs / 9,000, rounded half-even to the penny: A 191,111.11
    // (was 190,000: +1,111.11), B 172,000 (+1,000), C 143,333.33 (+833.33), D 133,777.78 (+777.78),
    // E 114,666.67 (+666.67), F 105,111.11 (+611.11); in all 5,000.00.
    Consortium c = seven(PriceSchedule.Pricing.INCREMENTAL);
    assertEquals(
        0,
        new BigDecimal("950000")
            .compareTo(c.items().get(0).schedule().cost(BigDecimal.valueOf(10000))));
    Consortium.MemberPosition g = c.positions().get(6);
    assertEquals(m("95000.00"), g.together());
    assertEquals(m("5000.00"), g.saving());
    assertEquals(m("10000.00"), g.optOutCost());
    assertEquals(m("5000.00"), g.othersPayMore());
    List<Money> increases =
        c.departures().stream()
            .filter(d -> d.leaver().equals("G"))
            .map(Consortium.Departure::increase)
            .toList();
    assertEquals(
        List.of(m("1111.11"), m("1000.00"), m("833.33"), m("777.78"), m("666.67"), m("611.11")),
        increases);
  }

  @Test
  void oneRoundingRuleHalfEvenOncePerMemberAndItem() {
    // 3 units at GBP 0.05 = 0.15; opting out with 10% = 0.165, rounded half-even to 0.16 (half-up
    // would give 0.17; per unit it would be 3 x 0.06 = 0.18). 5 units at 0.035 = 0.175 -> 0.18.
    PriceSchedule s =
        new PriceSchedule(
            List.of(tier(0, "0.05")), PriceSchedule.Pricing.ALL_UNITS, BigDecimal.TEN);
    Consortium c =
        new Consortium(
            "c",
            Optional.empty(),
            List.of("X", "Y"),
            List.of(
                new Consortium.Item(
                    "x",
                    "x",
                    s,
                    List.of(
                        new Consortium.Volume("X", BigDecimal.valueOf(3)),
                        new Consortium.Volume("Y", BigDecimal.ONE)))));
    assertEquals(m("0.16"), c.positions().get(0).optOut());
    PriceSchedule t =
        new PriceSchedule(
            List.of(tier(0, "0.035")), PriceSchedule.Pricing.ALL_UNITS, BigDecimal.ZERO);
    Consortium d =
        new Consortium(
            "d",
            Optional.empty(),
            List.of("X"),
            List.of(
                new Consortium.Item(
                    "x", "x", t, List.of(new Consortium.Volume("X", BigDecimal.valueOf(5))))));
    assertEquals(m("0.18"), d.positions().get(0).alone());
  }

  @Test
  void jsonRoundTripsAndBadInputIsReportedWithPointers() {
    Consortium c = seven(PriceSchedule.Pricing.INCREMENTAL);
    Problems ok = Problems.collector();
    assertEquals(
        c,
        PurchasingJson.consortium(
                JsonValue.root(PurchasingJson.write(c), ok), JsonValue::nonBlankText)
            .orElseThrow());
    String bad =
        """
        {"id": "c", "members": ["A", "A"], "items": [{"id": "x", "pricing": "stepped",
          "tiers": [{"minimum": 5, "unitPrice": 1}, {"minimum": 2, "unitPrice": -1}], "optOutSurchargePercent": -2,
          "quantities": [{"member": "Z", "quantity": -1}]}]}""";
    Problems problems = Problems.collector();
    Optional<Consortium> read =
        PurchasingJson.consortium(
            JsonValue.root(Json.parse(bad), problems), JsonValue::nonBlankText);
    assertTrue(read.isEmpty());
    List<String> paths = problems.list().stream().map(Problem::path).toList();
    assertTrue(
        paths.containsAll(
            List.of(
                "/items/0/pricing",
                "/items/0/tiers/1/unitPrice",
                "/items/0/quantities/0/quantity")),
        paths.toString());
  }
}
