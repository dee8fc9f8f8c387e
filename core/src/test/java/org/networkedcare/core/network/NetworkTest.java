package org.networkedcare.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.pathsAndCodes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.reference.ReferenceData;

class NetworkTest {

  static final ReferenceData REFERENCE = ReferenceJson.defaults();

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static NetworkMembership member(String code, NetworkRole role, String from, String to) {
    return new NetworkMembership(
        OdsCode.of(code),
        role,
        to == null ? DateRange.startingOn(d(from)) : DateRange.of(d(from), d(to)));
  }

  static Network.Builder network(NetworkType type) {
    return Network.builder().id("n1").name("network one").type(type).footprint(Footprint.ICS);
  }

  static List<String> referenceProblems(Network network) {
    return pathsAndCodes(network.problems(REFERENCE));
  }

  @Test
  void anEmptyBuilderReportsEveryMissingAttribute() {
    assertProblems(
        () -> Network.builder().build(),
        "/id required",
        "/name required",
        "/type required",
        "/footprint required");
  }

  @Test
  void membershipsOfTheSameOrganisationInTheSameRoleMustNotOverlap() {
    assertProblems(
        () ->
            network(NetworkType.SINGLE_SPECIALTY_NETWORK)
                .addMemberships(
                    member("RCE", NetworkRole.CENTRE, "2023-01-01", "2024-01-01"),
                    member("RHA", NetworkRole.HOST, "2023-01-01", null),
                    member("RCE", NetworkRole.CENTRE, "2023-12-31", null))
                .build(),
        "/memberships/2 membership.overlap");
  }

  @Test
  void touchingHalfOpenPeriodsDoNotOverlapNorDoDifferentRolesOrOrganisations() {
    Network n =
        network(NetworkType.SINGLE_SPECIALTY_NETWORK)
            .addMemberships(
                member("RCE", NetworkRole.CENTRE, "2023-01-01", "2024-01-01"),
                member("RCE", NetworkRole.CENTRE, "2024-01-01", null),
                member("RCE", NetworkRole.HOST, "2023-01-01", null),
                member("RHA", NetworkRole.CENTRE, "2023-01-01", null))
            .build();
    assertEquals(List.of(), referenceProblems(n));
    assertEquals(
        2,
        n.membershipsOn(d("2024-01-01")).stream()
            .filter(m -> m.organisation().value().equals("RCE"))
            .count());
  }

  @Test
  void everyOverlappingPairIsReported() {
    assertProblems(
        () ->
            network(NetworkType.SINGLE_SPECIALTY_NETWORK)
                .addMemberships(
                    member("RCE", NetworkRole.HOST, "2023-01-01", null),
                    member("RCE", NetworkRole.HOST, "2023-02-01", null),
                    member("RCE", NetworkRole.HOST, "2023-03-01", "2023-04-01"),
                    null)
                .name(" ")
                .build(),
        "/name blank",
        "/memberships/1 membership.overlap",
        "/memberships/2 membership.overlap",
        "/memberships/2 membership.overlap",
        "/memberships/3 required");
  }

  @Test
  void aLeadProviderCollaborativeNeedsALeadProvider() {
    Network none =
        network(NetworkType.LEAD_PROVIDER_COLLABORATIVE)
            .addMemberships(member("RHA", NetworkRole.MEMBER, "2023-01-01", null))
            .build();
    assertEquals(List.of("/memberships membership.lead-provider.count"), referenceProblems(none));
    Network empty = network(NetworkType.LEAD_PROVIDER_COLLABORATIVE).build();
    assertEquals(List.of("/memberships membership.lead-provider.count"), referenceProblems(empty));
  }

  @Test
  void aLeadProviderHandoverOnTheSameDayIsExactlyOne() {
    Network n =
        network(NetworkType.LEAD_PROVIDER_COLLABORATIVE)
            .addMemberships(
                member("RHA", NetworkRole.MEMBER, "2023-01-01", null),
                member("RHA", NetworkRole.LEAD_PROVIDER, "2023-01-01", "2025-04-01"),
                member("RHB", NetworkRole.LEAD_PROVIDER, "2025-04-01", null))
            .build();
    assertEquals(List.of(), referenceProblems(n));
  }

  @Test
  void twoLeadProvidersAtOnceOrAGapAreEachReported() {
    Network n =
        network(NetworkType.LEAD_PROVIDER_COLLABORATIVE)
            .addMemberships(
                member("RHA", NetworkRole.MEMBER, "2023-01-01", null),
                member("RHA", NetworkRole.LEAD_PROVIDER, "2023-01-01", "2024-01-01"),
                member("RHB", NetworkRole.LEAD_PROVIDER, "2023-06-01", "2024-01-01"),
                member("RHC", NetworkRole.LEAD_PROVIDER, "2024-06-01", null))
            .build();
    List<String> problems = referenceProblems(n);
    assertEquals(
        List.of(
            "/memberships membership.lead-provider.count",
            "/memberships membership.lead-provider.count"),
        problems);
    List<String> messages = n.problems(REFERENCE).stream().map(p -> p.message()).toList();
    assertTrue(messages.get(0).endsWith("[2023-06-01, 2024-01-01) has 2"), messages.get(0));
    assertTrue(messages.get(1).endsWith("[2024-01-01, 2024-06-01) has 0"), messages.get(1));
  }

  @Test
  void aLeadProviderThatStartsLateLeavesTheStartUncovered() {
    Network n =
        network(NetworkType.LEAD_PROVIDER_COLLABORATIVE)
            .addMemberships(
                member("RHA", NetworkRole.MEMBER, "2023-01-01", "2026-01-01"),
                member("RHB", NetworkRole.LEAD_PROVIDER, "2023-03-01", "2026-01-01"))
            .build();
    assertEquals(List.of("/memberships membership.lead-provider.count"), referenceProblems(n));
    assertEquals(Optional.of(DateRange.of(d("2023-01-01"), d("2026-01-01"))), n.life());
  }

  @Test
  void otherNetworkTypesNeedNoLeadProvider() {
    Network n =
        network(NetworkType.SINGLE_SPECIALTY_NETWORK)
            .addMemberships(
                member("RHA", NetworkRole.LEAD_PROVIDER, "2023-01-01", null),
                member("RHB", NetworkRole.LEAD_PROVIDER, "2023-01-01", null))
            .build();
    assertEquals(List.of(), referenceProblems(n));
  }

  @Test
  void typesAndRolesComeFromTheReferenceDataInForce() {
    Network n =
        network(NetworkType.of("consortium"))
            .addMemberships(member("RHA", NetworkRole.of("sponsor"), "2023-01-01", null))
            .build();
    assertEquals(
        List.of("/memberships/0/role reference-data.unknown", "/type reference-data.unknown"),
        referenceProblems(n));
  }

  @Test
  void aNetworkPrintsItsMembershipsOnePerLine() {
    Network n =
        network(NetworkType.SINGLE_SPECIALTY_NETWORK)
            .odsCode(OdsCode.of("8J094"))
            .addMemberships(member("RCE", NetworkRole.CENTRE, "2023-01-01", null))
            .build();
    assertEquals(
        "n1 (network one), single-specialty-network, ics, ODS 8J094"
            + System.lineSeparator()
            + "  RCE as centre [2023-01-01, ...)",
        n.toString());
  }
}
