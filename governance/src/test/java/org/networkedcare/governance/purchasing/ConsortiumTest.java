package org.networkedcare.governance.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.assurance.EasternEye;

/** Section 12's purchasing figures, hand-checked in the spec. */
class ConsortiumTest {

  private static Consortium consortium() {
    return EasternEye.document().consortia().get(0);
  }

  private static Money m(String pounds) {
    return Money.of(pounds);
  }

  @Test
  void insideAloneAndBenefit() {
    List<Consortium.MemberCost> costs = consortium().costs();
    // 3,100 in all reaches the GBP 80.00 tier
    assertEquals(new Consortium.MemberCost("iol", OdsCode.of("RCE"), 1800, m("144000.00"), m("170100.00"), m("26100.00")), costs.get(0));
    assertEquals(new Consortium.MemberCost("iol", OdsCode.of("RHA"), 700, m("56000.00"), m("73500.00"), m("17500.00")), costs.get(1));
    assertEquals(new Consortium.MemberCost("iol", OdsCode.of("RHB"), 600, m("48000.00"), m("63000.00"), m("15000.00")), costs.get(2));
    assertEquals(m("58600.00"), consortium().totalBenefit());
  }

  @Test
  void ifRhbLeavesTheOthersFallToTheNinetyPoundTier() {
    List<Consortium.Departure> rhb = consortium().departures().stream().filter(d -> d.leaver().equals(OdsCode.of("RHB"))).toList();
    assertEquals(new Consortium.Departure("iol", OdsCode.of("RHB"), OdsCode.of("RCE"), m("144000.00"), m("162000.00"), m("18000.00")), rhb.get(0));
    assertEquals(new Consortium.Departure("iol", OdsCode.of("RHB"), OdsCode.of("RHA"), m("56000.00"), m("63000.00"), m("7000.00")), rhb.get(1));
  }

  @Test
  void theSurchargeIsRoundedHalfUpOncePerMemberAndItem() {
    // 3 units at GBP 0.05 = GBP 0.15; plus 10% = 0.165, rounded half-up to 0.17 (per unit it would be 3 x 0.06 = 0.18)
    Consortium c =
        new Consortium("c", "s", List.of(OdsCode.of("RCE"), OdsCode.of("RHA")),
            List.of(new Consortium.Item("x", "x", List.of(new Consortium.Tier(0, m("0.05"))), new BigDecimal("10"),
                List.of(new Consortium.Quantity(OdsCode.of("RCE"), 3), new Consortium.Quantity(OdsCode.of("RHA"), 1)))));
    assertEquals(m("0.17"), c.costs().get(0).alone());
  }

  @Test
  void tiersStartAtZeroAndIncrease() {
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> new Consortium.Item("x", "x", List.of(new Consortium.Tier(10, m("1.00")), new Consortium.Tier(5, m("0.50"))), BigDecimal.ONE, List.of()));
    assertEquals(List.of("/tiers/0/minimum", "/tiers/1/minimum"), e.problems().stream().map(p -> p.path()).toList());
    assertEquals(List.of("consortium.tiers", "consortium.tiers"), e.problems().stream().map(p -> p.code()).toList());
  }
}
