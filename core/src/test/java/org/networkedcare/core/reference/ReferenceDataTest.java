package org.networkedcare.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;
import static org.networkedcare.core.testing.ProblemAssertions.json;
import static org.networkedcare.core.testing.ProblemAssertions.roundTrip;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.ReferenceJson;

class ReferenceDataTest {

  @Test
  void theDefaultsLoadEveryPartWithItsIdAndVersion() {
    ReferenceData reference = ReferenceJson.defaults();
    assertEquals(
        Map.of(
            "ods-frames", "2026.1",
            "health-service-body-roles", "2026.1",
            "network-types", "2026.1",
            "network-roles", "2026.1",
            "organisational-forms", "2026.1"),
        reference.versions());
    assertEquals(
        List.of("centre", "host", "spoke", "lead-provider", "member", "commissioner", "partner"),
        reference.networkRoles().ids());
    assertEquals(8, reference.networkTypes().types().size());
    assertEquals(
        Optional.of("lead-provider"),
        reference
            .networkTypes()
            .type("lead-provider-collaborative")
            .flatMap(NetworkTypeDefinition::exactlyOneRole));
    assertEquals(
        List.of("collaboration", "contractual", "consolidation"),
        reference.organisationalForms().families().stream().map(FormFamily::id).toList());
    assertTrue(reference.organisationalForms().family("consolidation").orElseThrow().singleBoard());
    assertEquals(8, reference.organisationalForms().legalVehicles().size());
  }

  @Test
  void everyDefaultPartRoundTripsThroughJson() {
    ReferenceData reference = ReferenceJson.defaults();
    assertEquals(
        reference.odsFrames(),
        roundTrip(ReferenceJson.write(reference.odsFrames()), ReferenceJson::odsFrames));
    assertEquals(
        reference.networkTypes(),
        roundTrip(ReferenceJson.write(reference.networkTypes()), ReferenceJson::networkTypes));
    assertEquals(
        reference.networkRoles(),
        roundTrip(ReferenceJson.write(reference.networkRoles()), ReferenceJson::vocabulary));
    assertEquals(
        reference.healthServiceBodyRoles(),
        roundTrip(
            ReferenceJson.write(reference.healthServiceBodyRoles()), ReferenceJson::vocabulary));
    assertEquals(
        reference.organisationalForms(),
        roundTrip(
            ReferenceJson.write(reference.organisationalForms()),
            ReferenceJson::organisationalForms));
  }

  @Test
  void aFileReplacesThePartItsIdNames() {
    ReferenceData reference =
        ReferenceJson.withFile(
            ReferenceJson.defaults(),
            json(
                "{'id': 'network-roles', 'version': 'x', 'terms': ["
                    + "{'id': 'lead-provider', 'name': 'lead'}, {'id': 'hub', 'name': 'hub'}]}"));
    assertEquals(List.of("lead-provider", "hub"), reference.networkRoles().ids());
    assertEquals(ReferenceJson.defaults().odsFrames(), reference.odsFrames());
    assertEquals("x", reference.versions().get("network-roles"));
  }

  @Test
  void aFileOfAnUnknownPartIsRejected() {
    assertProblems(
        () ->
            ReferenceJson.withFile(
                ReferenceJson.defaults(), json("{'id': 'colours', 'version': '1'}")),
        "/id reference-data.id");
  }

  @Test
  void partsMustAgreeWithEachOther() {
    assertProblems(
        () ->
            ReferenceJson.withFile(
                ReferenceJson.defaults(),
                json(
                    "{'id': 'network-roles', 'version': 'x', 'terms': [{'id': 'hub', 'name': 'hub'}]}")),
        "/network-types/types/4/exactlyOneRole reference-data.unknown");
    assertProblems(
        () ->
            ReferenceJson.withFile(
                ReferenceJson.defaults(),
                json(
                    "{'id': 'health-service-body-roles', 'version': 'x', 'terms': [{'id': 'hospice', 'name': 'hospice'}]}")),
        "/health-service-body-roles/terms/0/id reference-data.unknown");
  }

  @Test
  void aVocabularyInTheWrongSlotIsRejected() {
    Vocabulary roles = ReferenceJson.defaults().networkRoles();
    assertProblems(
        () ->
            ReferenceData.of(
                ReferenceJson.defaults().odsFrames(),
                roles,
                ReferenceJson.defaults().networkTypes(),
                roles,
                null),
        "/health-service-body-roles/id reference-data.id",
        "/organisational-forms required");
  }

  @Test
  void odsFramesHaveDistinctRolesAndKnownSiteRoles() {
    assertProblems(
        () ->
            decode(
                "{'id': 'ods-frames', 'version': '1', 'frames': ["
                    + "{'role': 'a', 'name': 'a', 'patterns': ['A'], 'siteRole': 'b'},"
                    + "{'role': 'a', 'name': 'a', 'patterns': ['A']}]}",
                ReferenceJson::odsFrames),
        "/frames/0/siteRole reference-data.unknown",
        "/frames/1/role id.duplicate");
  }

  @Test
  void vocabulariesHaveDistinctTerms() {
    assertProblems(
        () ->
            decode(
                "{'id': 'network-roles', 'version': ' ', 'terms': [{'id': 'a', 'name': 'a'}, {'id': 'a', 'name': 'b'}, {'id': 'b'}]}",
                ReferenceJson::vocabulary),
        "/version blank",
        "/terms/1/id id.duplicate",
        "/terms/2/name required");
  }
}
