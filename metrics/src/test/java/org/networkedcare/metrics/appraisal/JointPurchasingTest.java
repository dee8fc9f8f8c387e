package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.purchasing.Consortium;

/**
 * Shared purchasing by hand. Tiers: GBP 12.00 a unit from 0, GBP 10.80 from 10,000 a year. The host
 * buys 7,500 and the centre 5,000: together 12,500 at 10.80. The host alone pays 7,500 x 12 =
 * 90,000 and together 81,000 (saving 9,000); the centre 60,000 and 54,000 (saving 6,000). If the
 * host left, the centre would buy 5,000 alone at 12.00: it loses 6,000; if the centre left, the
 * host loses 9,000. Over years 1-2 at 3.5%, a = 1/1.035 + 1/1.035^2 = 1.899694275; each line is
 * rounded to pence before lines are netted: host 90,000a = 170,972.48 less 81,000a = 153,875.24 is
 * 17,097.24; centre 60,000a = 113,981.66 less 54,000a = 102,583.49 is 11,398.17; NPSV 28,495.41.
 */
class JointPurchasingTest {

  private static final String CONSORTIUM =
      """
      "consortia": [{"id": "consumables", "option": "network", "dataQuality": 1,
        "tiers": [{"fromVolume": 0, "unitPrice": 12.00}, {"fromVolume": 10000, "unitPrice": 10.80}],
        "members": [{"organisation": "host", "volume": 7500}, {"organisation": "centre", "volume": 5000}]}]""";

  @Test
  void membersSaveAgainstBuyingAlone() {
    Appraisal appraisal = AppraisalJson.parse(Docs.appraisal(3, CONSORTIUM, "", ""));
    List<Consortium.MemberPosition> positions =
        appraisal.consortia().get(0).consortium().positions();
    assertEquals(Money.of("90000.00"), positions.get(0).alone());
    assertEquals(Money.of("81000.00"), positions.get(0).together());
    assertEquals(Money.of("9000.00"), positions.get(0).saving());
    assertEquals(Money.of("9000.00"), positions.get(0).optOutCost());
    assertEquals(Money.of("6000.00"), positions.get(0).othersPayMore());
    assertEquals(Money.of("9000.00"), positions.get(1).othersPayMore());
    AppraisalResult.OptionResult r = new BenefitCalculator().evaluate(appraisal).option("network");
    assertEquals(Money.of("28495.41"), r.npsv());
    assertEquals(Money.of("17097.24"), r.byOrganisation().get("host").benefits());
    assertEquals(Money.of("28495.41"), r.totals().cashReleasingBenefits());
  }

  @Test
  void badConsortiaAreReported() {
    String bad =
        """
        "consortia": [{"id": "c", "option": "elsewhere", "dataQuality": 1,
          "tiers": [{"fromVolume": 5, "unitPrice": 1}], "members": [{"organisation": "ghost", "volume": 1}]}]""";
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> AppraisalJson.parse(Docs.appraisal(3, bad, "", "")));
    assertEquals(
        List.of("/consortia/0/tiers/0/fromVolume"),
        e.problems().stream().map(p -> p.path()).toList());
    String bad2 =
        """
        "consortia": [{"id": "c", "option": "elsewhere", "dataQuality": 1,
          "tiers": [{"fromVolume": 0, "unitPrice": 1}], "members": [{"organisation": "ghost", "volume": 1}]}]""";
    e =
        assertThrows(
            ValidationException.class, () -> AppraisalJson.parse(Docs.appraisal(3, bad2, "", "")));
    assertEquals(
        List.of("/consortia/0/option", "/consortia/0/members/0/organisation"),
        e.problems().stream().map(p -> p.path()).toList());
  }

  @Test
  void aSurchargeIsInTheOptOutCostButNotInTheLines() {
    // Same consortium with a 10% opt-out surcharge: the host's opt-out cost is 90,000 x 1.10 -
    // 81,000 =
    // 18,000; its saving (and the appraisal's NPSV, 28,495.41 as above) is unchanged.
    Appraisal appraisal =
        AppraisalJson.parse(
            Docs.appraisal(
                3,
                CONSORTIUM.replace(
                    "\"dataQuality\": 1,", "\"dataQuality\": 1, \"optOutSurchargePercent\": 10,"),
                "",
                ""));
    Consortium.MemberPosition host = appraisal.consortia().get(0).consortium().positions().get(0);
    assertEquals(Money.of("9000.00"), host.saving());
    assertEquals(Money.of("18000.00"), host.optOutCost());
    assertEquals(
        Money.of("28495.41"), new BenefitCalculator().evaluate(appraisal).option("network").npsv());
  }

  @Test
  void badPricingAndSurchargeAreReported() {
    String bad =
        CONSORTIUM.replace(
            "\"dataQuality\": 1,",
            "\"dataQuality\": 1, \"pricing\": \"stepped\", \"optOutSurchargePercent\": -1,");
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> AppraisalJson.parse(Docs.appraisal(3, bad, "", "")));
    assertEquals(
        List.of("/consortia/0/pricing", "/consortia/0/optOutSurchargePercent"),
        e.problems().stream().map(p -> p.path()).toList());
  }
}
