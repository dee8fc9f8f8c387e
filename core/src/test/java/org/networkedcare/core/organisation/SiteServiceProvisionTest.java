package org.networkedcare.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.DateRange;

class SiteServiceProvisionTest {

  @Test
  void aSiteNeedsEveryPart() {
    assertProblems(
        () -> new Site(null, " ", null), "/code required", "/name blank", "/organisation required");
    assertEquals(
        "RHA01 Ashby (managed by RHA)",
        new Site(OdsCode.of("RHA01"), "Ashby", OdsCode.of("RHA")).toString());
  }

  @Test
  void aServiceHasAnIdentifierAndAName() {
    assertProblems(() -> new Service("cataract surgery", ""), "/id id.format", "/name blank");
    assertProblems(() -> new Service(null, null), "/id required", "/name required");
    assertEquals(
        "cataract (cataract surgery)", new Service("cataract", "cataract surgery").toString());
  }

  @Test
  void aProvisionIsInEffectOverItsHalfOpenPeriod() {
    ServiceProvision p =
        new ServiceProvision(
            OdsCode.of("RCE"),
            "cataract",
            OdsCode.of("RHA01"),
            DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)));
    assertTrue(p.isInEffectOn(LocalDate.of(2024, 4, 1)));
    assertTrue(p.isInEffectOn(LocalDate.of(2025, 3, 31)));
    assertFalse(p.isInEffectOn(LocalDate.of(2025, 4, 1)));
    assertEquals("RCE provides cataract at RHA01 [2024-04-01, 2025-04-01)", p.toString());
    assertProblems(
        () -> new ServiceProvision(null, null, null, null),
        "/organisation required",
        "/service required",
        "/site required",
        "/period required");
  }
}
