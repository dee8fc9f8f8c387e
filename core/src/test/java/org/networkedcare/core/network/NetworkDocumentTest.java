package org.networkedcare.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.json;
import static org.networkedcare.core.testing.ProblemAssertions.pathsAndCodes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.OrganisationRole;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

class NetworkDocumentTest {

  static byte[] easternEye() {
    try (InputStream in = NetworkDocumentTest.class.getResourceAsStream("eastern-eye.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The example as a tree, to break in one place per test. */
  static ObjectNode tree() {
    return (ObjectNode) Json.parse(easternEye());
  }

  static byte[] bytes(ObjectNode tree) {
    return Json.write(tree).getBytes(StandardCharsets.UTF_8);
  }

  static ObjectNode at(ObjectNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  @Test
  void theWorkedExampleParses() {
    NetworkDocument doc = NetworkJson.parse(easternEye());
    assertEquals("eastern-eye", doc.network().id());
    assertEquals(4, doc.organisations().size());
    assertEquals(2, doc.sites().size());
    assertEquals(3, doc.services().size());
    assertEquals(5, doc.provisions().size());
    assertEquals(
        List.of("rtt-18wk", "fft-positive", "never-events"),
        doc.measures().stream().map(m -> m.id()).toList());
    assertEquals(List.of(), doc.warnings());
    assertEquals(4, doc.network().membershipsOn(LocalDate.of(2024, 9, 20)).size());
    assertEquals(
        1, doc.network().membershipsOn(NetworkRole.CENTRE, LocalDate.of(2023, 1, 1)).size());
    assertTrue(
        doc.organisations().stream()
            .allMatch(o -> o.isHealthServiceBody(ReferenceJson.defaults())));
    assertEquals(
        4,
        doc.provisions().stream().filter(p -> p.isInEffectOn(LocalDate.of(2024, 9, 20))).count());
    assertEquals(
        1,
        doc.provisions().stream().filter(p -> p.isInEffectOn(LocalDate.of(2024, 3, 31))).count());
    assertEquals(
        Optional.of("RHA"), doc.site(OdsCode.of("RHA01")).map(s -> s.organisation().value()));
  }

  @Test
  void theWorkedExampleRoundTripsThroughItsOwnText() {
    NetworkDocument doc = NetworkJson.parse(easternEye());
    NetworkDocument again =
        NetworkJson.parse(NetworkJson.write(doc).getBytes(StandardCharsets.UTF_8));
    assertEquals(doc, again);
    assertEquals(NetworkJson.write(doc), NetworkJson.write(again));
  }

  @Test
  void aDocumentBuiltInJavaEqualsTheParsedOne() {
    NetworkDocument doc = NetworkJson.parse(easternEye());
    NetworkDocument built =
        NetworkDocument.of(
            doc.organisations(),
            doc.sites(),
            doc.services(),
            doc.provisions(),
            doc.measures(),
            doc.network(),
            ReferenceJson.defaults());
    assertEquals(doc, built);
  }

  @Test
  void missingPartsOfADocumentBuiltInJavaAreRequiredProblems() {
    NetworkDocument doc = NetworkJson.parse(easternEye());
    assertProblems(
        () ->
            NetworkDocument.of(
                java.util.Arrays.asList(doc.organisations().get(0), null),
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                ReferenceJson.defaults()),
        "/services required",
        "/network required");
    assertProblems(
        () ->
            NetworkDocument.of(
                java.util.Arrays.asList(doc.organisations().get(0), null),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                doc.network(),
                ReferenceJson.defaults()),
        "/organisations/1 required");
  }

  @Test
  void aMissingNetworkAndAnUnknownFieldAreReported() {
    ObjectNode tree = tree();
    tree.remove("network");
    tree.put("agreements", "later");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)), "/network required", "/agreements unknown-field");
  }

  @Test
  void aWrongSchemaVersionIsReported() {
    ObjectNode tree = tree();
    tree.put("schemaVersion", 2);
    assertProblems(() -> NetworkJson.parse(bytes(tree)), "/schemaVersion schema-version");
  }

  @Test
  void aDuplicateKeyIsReported() {
    assertProblems(
        () -> NetworkJson.parse(json("{'schemaVersion': 1, 'schemaVersion': 1}")),
        "/schemaVersion json.duplicate-key");
  }

  @Test
  void wrongTypesAndInvalidCodesAreReportedWithTheirPaths() {
    ObjectNode tree = tree();
    at(tree, "/organisations/0").put("openDate", 20040401);
    at(tree, "/organisations/1").put("odsCode", "rha");
    at(tree, "/network").put("footprint", "county");
    at(tree, "/network/memberships/1/validity").put("from", "2023-02-30");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/organisations/0/openDate type",
        "/organisations/1/odsCode ods.format",
        "/network/footprint unknown-value",
        "/network/memberships/1/validity/from format",
        // RHA could not be read, so what refers to it is reported as unknown too
        "/sites/0/organisation reference.unknown",
        "/provisions/0/organisation reference.unknown");
  }

  @Test
  void aReferenceIntoAListWithAnUnreadableKeyIsMarkedAsALikelyFollowOn() {
    ObjectNode tree = tree();
    at(tree, "/organisations/0").put("openDate", 20040401); // key RHA readable: not the cause
    at(tree, "/organisations/1").put("odsCode", "rha");
    at(tree, "/network/memberships/2").put("organisation", "RZZ");
    List<String> messages =
        assertThrows(ValidationException.class, () -> NetworkJson.parse(bytes(tree)))
            .problems()
            .stream()
            .filter(p -> p.code().equals("reference.unknown"))
            .map(p -> p.path() + " " + p.message())
            .toList();
    String marked =
        " is not defined in this document's organisations (perhaps a follow-on of the problem at"
            + " /organisations/1/odsCode, whose key could not be read)";
    // every reference that finds nothing is still reported (a typo must not hide), each marked
    assertEquals(
        List.of(
            "/sites/0/organisation 'RHA'" + marked,
            "/provisions/0/organisation 'RHA'" + marked,
            "/network/memberships/1/organisation 'RHA'" + marked,
            "/network/memberships/2/organisation 'RZZ'" + marked),
        messages.stream().filter(m -> m.contains("organisations")).toList(),
        String.join("\n", messages));
  }

  @Test
  void anUnknownReferenceWithEveryKeyReadableIsNotMarked() {
    ObjectNode tree = tree();
    at(tree, "/network/memberships/2").put("organisation", "RZZ");
    String message =
        assertThrows(ValidationException.class, () -> NetworkJson.parse(bytes(tree)))
            .problems()
            .get(0)
            .message();
    assertEquals("'RZZ' is not defined in this document's organisations", message);
  }

  @Test
  void aCodeThatFitsNoFrameOfItsRoleIsReported() {
    ObjectNode tree = tree();
    at(tree, "/organisations/3").put("odsCode", "AAA");
    at(tree, "/network/memberships/3").put("organisation", "AAA");
    at(tree, "/sites/1").put("code", "RHB1");
    at(tree, "/provisions/4").put("site", "RHB1");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/organisations/3/odsCode ods.frame",
        "/sites/1/code ods.frame");
  }

  @Test
  void overlappingMembershipsAreReportedAtTheLaterOne() {
    ObjectNode tree = tree();
    ArrayNode memberships = (ArrayNode) tree.at("/network/memberships");
    memberships
        .addObject()
        .put("organisation", "RHA")
        .put("role", "host")
        .putObject("validity")
        .put("from", "2024-01-01");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)), "/network/memberships/4 membership.overlap");
  }

  @Test
  void unknownReferencesAreReported() {
    ObjectNode tree = tree();
    at(tree, "/network/memberships/2").put("organisation", "RZZ");
    at(tree, "/provisions/1").put("service", "cornea").put("site", "RZZ01");
    at(tree, "/sites/0").put("organisation", "RYY");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/network/memberships/2/organisation reference.unknown",
        "/provisions/1/service reference.unknown",
        "/provisions/1/site reference.unknown",
        "/sites/0/organisation reference.unknown");
  }

  @Test
  void duplicateIdentifiersAreReported() {
    ObjectNode tree = tree();
    at(tree, "/organisations/2").put("odsCode", "RHA");
    ((ArrayNode) tree.get("measures")).add(tree.at("/measures/0").deepCopy());
    ((ArrayNode) tree.get("services")).add(tree.at("/services/2").deepCopy());
    ((ArrayNode) tree.get("sites")).add(tree.at("/sites/0").deepCopy());
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/organisations/2/odsCode id.duplicate",
        "/measures/3/id id.duplicate",
        "/services/3/id id.duplicate",
        "/sites/2/code id.duplicate",
        // RHB is gone, so its site, provision and membership refer to nothing
        "/sites/1/organisation reference.unknown",
        "/network/memberships/2/organisation reference.unknown");
  }

  @Test
  void successorCyclesAcrossTheDocumentAreReported() {
    ObjectNode tree = tree();
    at(tree, "/organisations/1").put("successor", "RHB");
    at(tree, "/organisations/2").put("successor", "RHA");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/organisations/1/successor organisation.successor.cycle",
        "/organisations/2/successor organisation.successor.cycle");
  }

  @Test
  void membershipsAndProvisionsLieWithinTheirOrganisationsLife() {
    ObjectNode tree = tree();
    at(tree, "/organisations/1").put("closeDate", "2024-01-01");
    at(tree, "/organisations/3").put("openDate", "2023-06-01");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/network/memberships/1/validity membership.organisation-closed",
        "/network/memberships/3/validity membership.organisation-not-open",
        "/provisions/0/period provision.organisation-closed");
  }

  @Test
  void overlappingProvisionsOfTheSameServiceAtTheSameSiteAreReported() {
    ObjectNode tree = tree();
    ((ArrayNode) tree.get("provisions")).add(tree.at("/provisions/4").deepCopy());
    assertProblems(() -> NetworkJson.parse(bytes(tree)), "/provisions/5 provision.overlap");
  }

  @Test
  void aLeadProviderCollaborativeWithoutOneIsReported() {
    ObjectNode tree = tree();
    at(tree, "/network").put("type", "lead-provider-collaborative");
    at(tree, "/network/form").put("form", "merger-or-acquisition");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/network/memberships membership.lead-provider.count",
        "/network/form/form form.family");
  }

  @Test
  void aTrustSiteNotStartingWithItsTrustsCodeIsAWarningNotAnError() {
    ObjectNode tree = tree();
    at(tree, "/sites/1").put("code", "RXX01");
    at(tree, "/provisions/4").put("site", "RXX01");
    NetworkDocument doc = NetworkJson.parse(bytes(tree));
    assertEquals(List.of("/sites/1/code ods.site-prefix"), pathsAndCodes(doc.warnings()));
    assertEquals(doc, NetworkJson.parse(bytes(tree)));
  }

  @Test
  void everyProblemOfABadDocumentComesAtOnce() {
    ObjectNode tree = tree();
    at(tree, "/organisations/0").remove("name");
    at(tree, "/organisations/0").put("colour", "blue");
    at(tree, "/organisations/3").put("primaryRole", "icb");
    at(tree, "/measures/2").put("kind", 3);
    at(tree, "/network/memberships/0").put("role", "hub");
    ArrayNode memberships = (ArrayNode) tree.at("/network/memberships");
    memberships
        .addObject()
        .put("organisation", "RHB")
        .put("role", "host")
        .putObject("validity")
        .put("from", "2023-01-01");
    at(tree, "/network/form")
        .put("family", "consolidation")
        .put("form", "integrated-care-organisation");
    at(tree, "/network/form/pooling").remove("brand");
    assertProblems(
        () -> NetworkJson.parse(bytes(tree)),
        "/organisations/0/name required",
        "/organisations/0/colour unknown-field",
        "/organisations/3/primaryRole reference-data.unknown",
        "/measures/2/kind type",
        "/network/memberships/4 membership.overlap",
        "/network/form/pooling/brand required");
  }

  @Test
  void anotherReaderCanReadMoreFieldsFromTheSameObject() {
    ObjectNode tree = tree();
    tree.putArray("agreements").add("A1").add("A2");
    Problems problems = Problems.collector();
    Optional<List<String>> agreements =
        JsonValue.root(tree, problems)
            .object(
                object -> {
                  object.schemaVersion(1);
                  Optional<NetworkDocument> doc =
                      NetworkJson.documentFields(object, ReferenceJson.defaults());
                  List<String> ids = object.list("agreements", JsonValue::text);
                  return doc.map(d -> ids);
                });
    assertEquals(List.of(), problems.list());
    assertEquals(Optional.of(List.of("A1", "A2")), agreements);
    ObjectNode written = Json.object();
    NetworkJson.writeFields(NetworkJson.parse(easternEye()), written);
    assertEquals(
        List.of("organisations", "sites", "services", "provisions", "measures", "network"),
        List.copyOf(iterable(written)));
  }

  private static List<String> iterable(ObjectNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void replacedReferenceDataIsTheDataInForce() {
    ObjectNode tree = tree();
    at(tree, "/network").put("type", "eye-alliance");
    assertProblems(() -> NetworkJson.parse(bytes(tree)), "/network/type reference-data.unknown");
    ReferenceData reference =
        ReferenceJson.withFile(
            ReferenceJson.defaults(),
            json(
                "{'id': 'network-types', 'version': 'local-1', 'types': ["
                    + "{'id': 'eye-alliance', 'name': 'eye alliance'}]}"));
    assertEquals("eye-alliance", NetworkJson.parse(bytes(tree), reference).network().type().id());
    assertEquals("local-1", reference.versions().get("network-types"));
  }

  @Test
  void roleConstantsMatchTheDefaultReferenceData() {
    ReferenceData reference = ReferenceJson.defaults();
    for (OrganisationRole role :
        List.of(
            OrganisationRole.NHS_TRUST,
            OrganisationRole.NHS_FOUNDATION_TRUST,
            OrganisationRole.INTEGRATED_CARE_BOARD,
            OrganisationRole.SUB_ICB_LOCATION,
            OrganisationRole.GP_PRACTICE,
            OrganisationRole.INDEPENDENT_SECTOR_PROVIDER,
            OrganisationRole.OTHER)) {
      assertTrue(role.isKnown(reference), role.id());
    }
    for (NetworkRole role :
        List.of(
            NetworkRole.CENTRE,
            NetworkRole.HOST,
            NetworkRole.SPOKE,
            NetworkRole.LEAD_PROVIDER,
            NetworkRole.MEMBER,
            NetworkRole.COMMISSIONER,
            NetworkRole.PARTNER)) {
      assertTrue(role.isKnown(reference), role.id());
    }
    for (NetworkType type :
        List.of(
            NetworkType.SINGLE_SPECIALTY_NETWORK,
            NetworkType.LEAD_PROVIDER_COLLABORATIVE,
            NetworkType.MANAGED_CLINICAL_NETWORK)) {
      assertTrue(type.isKnown(reference), type.id());
    }
  }

  /**
   * Issue 15: problems were de-duplicated by comparing each with every one before it, so 20,000
   * empty organisations (60 KB) took 191 s. Each gives its four required fields, once each; the
   * timeout only guards against a hang (quadratic work would take minutes), it measures nothing.
   */
  @Test
  void twentyThousandEmptyOrganisationsGiveFourProblemsEach() {
    String doc = "{\"schemaVersion\": 1, \"organisations\": [" + "{},".repeat(19_999) + "{}]}";
    org.networkedcare.core.validation.ValidationException e =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60),
            () ->
                assertThrows(
                    org.networkedcare.core.validation.ValidationException.class,
                    () -> NetworkJson.parse(doc.getBytes(StandardCharsets.UTF_8))));
    assertEquals(4 * 20_000 + 1, e.problems().size());
    assertEquals("/organisations/19999/openDate", e.problems().get(4 * 20_000 - 1).path());
    assertEquals(4 * 20_000 + 1, e.problems().stream().map(p -> p.path()).distinct().count());
  }
}
