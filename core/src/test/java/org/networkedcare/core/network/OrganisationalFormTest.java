package org.networkedcare.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.pathsAndCodes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.ReferenceJson;

class OrganisationalFormTest {

  static OrganisationalForm.Builder form(String family, String form, int boards) {
    return OrganisationalForm.builder()
        .family(family)
        .form(form)
        .legalVehicle("collaboration-agreement")
        .boards(boards)
        .pooling(PoolingProfile.uniform(Pooling.SHARED));
  }

  static List<String> referenceProblems(OrganisationalForm form) {
    return pathsAndCodes(form.problems(ReferenceJson.defaults()));
  }

  @Test
  void aFormInsideItsFamilyIsFine() {
    assertEquals(
        List.of(), referenceProblems(form("contractual", "service-level-chain", 3).build()));
    assertEquals(
        List.of(), referenceProblems(form("consolidation", "merger-or-acquisition", 1).build()));
  }

  @Test
  void aFormMustBelongToItsFamily() {
    assertEquals(
        List.of("/form form.family"),
        referenceProblems(form("collaboration", "service-level-chain", 2).build()));
  }

  @Test
  void consolidationFormsHaveASingleBoard() {
    assertEquals(
        List.of("/boards form.consolidation.boards"),
        referenceProblems(form("consolidation", "multi-service-chain", 2).build()));
  }

  @Test
  void unknownFamilyFormAndVehicleAreReportedTogether() {
    assertEquals(
        List.of(
            "/family reference-data.unknown",
            "/form reference-data.unknown",
            "/legalVehicle reference-data.unknown"),
        referenceProblems(form("cooperation", "club", 1).legalVehicle("handshake").build()));
  }

  @Test
  void everyFieldOfThePoolingProfileIsStatedNothingDefaults() {
    assertProblems(
        () -> PoolingProfile.builder().budget(Pooling.STAYS).build(),
        "/accountability required",
        "/staff required",
        "/estates required",
        "/equipment required",
        "/brand required",
        "/backOffice required");
  }

  @Test
  void aFormNeedsEveryAttributeAndAtLeastOneBoard() {
    assertProblems(
        () -> OrganisationalForm.builder().boards(0).form("Not An Id!").build(),
        "/family required",
        "/form id.format",
        "/legalVehicle required",
        "/boards range",
        "/pooling required");
  }

  @Test
  void aFormReadsWell() {
    assertEquals(
        "contractual / service-level-chain by collaboration-agreement, 3 boards, {accountability=shared,"
            + " budget=shared, staff=shared, estates=shared, equipment=shared, brand=shared,"
            + " backOffice=shared}",
        form("contractual", "service-level-chain", 3).build().toString());
  }
}
