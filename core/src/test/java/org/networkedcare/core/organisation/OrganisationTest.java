package org.networkedcare.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.pathsAndCodes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.reference.ReferenceData;

class OrganisationTest {

  static final LocalDate OPEN = LocalDate.of(2001, 4, 1);

  static Organisation.Builder trust(String code) {
    return Organisation.builder()
        .odsCode(OdsCode.of(code))
        .name("Trust " + code)
        .primaryRole(OrganisationRole.NHS_TRUST)
        .openDate(OPEN);
  }

  @Test
  void aValidOrganisationReadsWell() {
    Organisation o = trust("RHA").addOtherRoles(OrganisationRole.of("other")).build();
    assertEquals("RHA Trust RHA [nhs-trust, other] from 2001-04-01", o.toString());
    assertEquals(List.of(OrganisationRole.NHS_TRUST, OrganisationRole.OTHER), o.roles());
    assertTrue(o.hasRole(OrganisationRole.OTHER));
    assertTrue(o.isHealthServiceBody(ReferenceJson.defaults()));
  }

  @Test
  void anEmptyBuilderReportsEveryMissingAttributeAtOnceNotAnIllegalStateException() {
    assertProblems(
        () -> Organisation.builder().build(),
        "/odsCode required",
        "/name required",
        "/primaryRole required",
        "/openDate required");
  }

  @Test
  void nullsGivenToTheBuilderAreProblemsNotNullPointerExceptions() {
    assertProblems(
        () ->
            Organisation.builder()
                .odsCode(null)
                .name("  ")
                .primaryRole(null)
                .openDate(null)
                .closeDate((LocalDate) null)
                .successor((OdsCode) null)
                .addOtherRoles((OrganisationRole) null)
                .build(),
        "/odsCode required",
        "/name blank",
        "/primaryRole required",
        "/openDate required",
        "/otherRoles/0 required");
  }

  @Test
  void theCloseDateIsNotBeforeTheOpenDate() {
    assertProblems(
        () -> trust("RHA").closeDate(OPEN.minusDays(1)).build(), "/closeDate organisation.dates");
    assertEquals(Optional.of(OPEN), trust("RHA").closeDate(OPEN).build().closeDate());
  }

  @Test
  void openIsHalfOpenOverOpenAndCloseDates() {
    Organisation o = trust("RHA").closeDate(LocalDate.of(2020, 1, 1)).build();
    assertFalse(o.isOpenOn(OPEN.minusDays(1)));
    assertTrue(o.isOpenOn(OPEN));
    assertTrue(o.isOpenOn(LocalDate.of(2019, 12, 31)));
    assertFalse(o.isOpenOn(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void aRoleIsNotGivenTwiceAndEveryOtherProblemComesToo() {
    assertProblems(
        () ->
            trust("RHA")
                .name("")
                .addOtherRoles(
                    OrganisationRole.OTHER, OrganisationRole.NHS_TRUST, OrganisationRole.OTHER)
                .successor(OdsCode.of("RHA"))
                .closeDate(OPEN.minusYears(1))
                .build(),
        "/name blank",
        "/otherRoles/1 organisation.role.duplicate",
        "/otherRoles/2 organisation.role.duplicate",
        "/closeDate organisation.dates",
        "/successor organisation.successor.cycle");
  }

  @Test
  void rolesAndTheOdsFrameAreCheckedAgainstReferenceData() {
    ReferenceData reference = ReferenceJson.defaults();
    assertEquals(List.of(), trust("RHA").build().problems(reference));
    assertEquals(
        List.of("/odsCode ods.frame"), pathsAndCodes(trust("RHA01").build().problems(reference)));
    assertEquals(
        List.of("/odsCode ods.frame"),
        pathsAndCodes(
            trust("RHA")
                .primaryRole(OrganisationRole.INTEGRATED_CARE_BOARD)
                .build()
                .problems(reference)));
    assertEquals(
        List.of("/otherRoles/0 reference-data.unknown", "/primaryRole reference-data.unknown"),
        pathsAndCodes(
            trust("RHA")
                .primaryRole(OrganisationRole.of("hospice"))
                .addOtherRoles(OrganisationRole.of("charity"))
                .build()
                .problems(reference)));
  }

  @Test
  void anIcbIsAHealthServiceBodyAGpPracticeIsNot() {
    ReferenceData reference = ReferenceJson.defaults();
    assertTrue(
        trust("QAA")
            .primaryRole(OrganisationRole.INTEGRATED_CARE_BOARD)
            .build()
            .isHealthServiceBody(reference));
    assertFalse(
        trust("A81001")
            .primaryRole(OrganisationRole.GP_PRACTICE)
            .build()
            .isHealthServiceBody(reference));
  }

  @Test
  void successorCyclesAreFoundAmongAKnownSet() {
    List<Organisation> orgs =
        Arrays.asList(
            trust("RAA").successor(OdsCode.of("RBB")).build(),
            trust("RBB").successor(OdsCode.of("RCC")).build(),
            trust("RCC").successor(OdsCode.of("RAA")).build(),
            trust("RDD").successor(OdsCode.of("RAA")).build(),
            trust("REE").successor(OdsCode.of("RZZ")).build());
    assertEquals(
        List.of(
            "/0/successor organisation.successor.cycle",
            "/1/successor organisation.successor.cycle",
            "/2/successor organisation.successor.cycle"),
        pathsAndCodes(Organisation.successorProblems(orgs)));
    assertEquals(
        "the chain of successors comes back to RAA: RAA -> RBB -> RCC -> RAA",
        Organisation.successorProblems(orgs).get(0).message());
  }

  @Test
  void aChainWithoutACycleIsFine() {
    assertEquals(
        List.of(),
        Organisation.successorProblems(
            List.of(
                trust("RAA").successor(OdsCode.of("RBB")).build(),
                trust("RBB").successor(OdsCode.of("RCC")).build(),
                trust("RCC").build())));
  }

  /** Issue 15: 3,000 organisations in one successor cycle printed 90 MB (each the whole cycle). */
  @Test
  void aLongSuccessorCycleIsReportedAtEachMemberInFewWords() {
    int n = 3000;
    List<Organisation> orgs = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      orgs.add(trust(code(i)).successor(OdsCode.of(code((i + 1) % n))).build());
    }
    List<org.networkedcare.core.validation.Problem> problems = Organisation.successorProblems(orgs);
    assertEquals(n, problems.size());
    assertEquals("/2999/successor", problems.get(n - 1).path());
    // Ten codes from the member itself, then the way back to it and the cycle's length.
    assertEquals(
        "the chain of successors comes back to "
            + code(2995)
            + ": "
            + code(2995)
            + " -> "
            + code(2996)
            + " -> "
            + code(2997)
            + " -> "
            + code(2998)
            + " -> "
            + code(2999)
            + " -> "
            + code(0)
            + " -> "
            + code(1)
            + " -> "
            + code(2)
            + " -> "
            + code(3)
            + " -> "
            + code(4)
            + " -> ... -> "
            + code(2995)
            + " (3000 organisations)",
        problems.get(2995).message());
    assertTrue(problems.stream().mapToInt(p -> p.message().length()).max().getAsInt() < 200);
  }

  @Test
  void aRepeatedCodeFollowsItsOwnSuccessor() {
    // The second RAA points at RBB, whose successor is RAA: that chain comes back; the first RAA
    // has none.
    List<Organisation> orgs =
        List.of(
            trust("RAA").build(),
            trust("RBB").successor(OdsCode.of("RAA")).build(),
            trust("RAA").successor(OdsCode.of("RBB")).build());
    assertEquals(
        List.of("/2/successor organisation.successor.cycle"),
        pathsAndCodes(Organisation.successorProblems(orgs)));
    assertEquals(
        "the chain of successors comes back to RAA: RAA -> RBB -> RAA",
        Organisation.successorProblems(orgs).get(0).message());
  }

  private static String code(int i) {
    return String.format("R%04d", i);
  }
}
