package org.networkedcare.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.reference.OdsFrames;

class OdsCodeTest {

  private static final OdsFrames FRAMES = ReferenceJson.defaults().odsFrames();

  @ParameterizedTest(name = "{0} fits {1}")
  @CsvSource({
    "RP6, nhs-trust",
    "R0A, nhs-trust",
    "R0A, nhs-foundation-trust",
    "RP601, nhs-trust-site",
    "QNQ, integrated-care-board",
    "00L, sub-icb-location",
    "D4U1Y, sub-icb-location",
    "A81001, gp-practice",
    "NT4, independent-sector-provider",
    "NV701, independent-sector-site",
    "D4U1Y, generic",
    "8J094, other",
    "8J094, clinical-network"
  })
  void specExamplesFitTheirRolesFrame(String code, String role) {
    assertTrue(OdsCode.of(code).fits(FRAMES, OrganisationRole.of(role)));
  }

  @ParameterizedTest(name = "{0} does not fit {1}")
  @CsvSource({
    "RP601, nhs-trust",
    "00L, nhs-trust",
    "QNQ1, integrated-care-board",
    "RP6, integrated-care-board",
    "RP6, nhs-trust-site",
    "RP6012, nhs-trust-site",
    "A8100, gp-practice",
    "AB1001, gp-practice",
    "A810011, gp-practice",
    "RT4, independent-sector-provider",
    "NV70, independent-sector-site",
    "D4U1, sub-icb-location",
    "4DU1Y, generic",
    "RP6, no-such-role"
  })
  void nearMissesDoNotFit(String code, String role) {
    assertFalse(OdsCode.of(code).fits(FRAMES, OrganisationRole.of(role)));
  }

  @ParameterizedTest(name = "''{0}'' is not an ODS code")
  @ValueSource(
      strings = {"rp6", "Rp6", "RP", "R", "", " RP6", "RP6 ", "RP-6", "ABCDEFGHIJK", "RP\u00c96"})
  void malformedCodesAreRejectedAtTheCodeItself(String code) {
    assertProblems(() -> OdsCode.of(code), " ods.format");
  }

  @Test
  void aMissingCodeIsRequired() {
    assertProblems(() -> new OdsCode(null), " required");
  }

  @Test
  void comparesByValueAndPrintsTheBareCode() {
    assertEquals(OdsCode.of("RP6"), OdsCode.of("RP6"));
    assertEquals(OdsCode.of("RP6").hashCode(), OdsCode.of("RP6").hashCode());
    assertEquals("RP6", OdsCode.of("RP6").toString());
    assertTrue(OdsCode.of("RP6").compareTo(OdsCode.of("RP7")) < 0);
    assertTrue(OdsCode.of("RP601").startsWith(OdsCode.of("RP6")));
  }

  @Test
  void existenceComesOnlyFromTheCallersLookup() {
    Organisation rp6 =
        Organisation.builder()
            .odsCode(OdsCode.of("RP6"))
            .name("Moorfields")
            .primaryRole(OrganisationRole.NHS_FOUNDATION_TRUST)
            .openDate(LocalDate.of(1994, 4, 1))
            .closeDate(LocalDate.of(2030, 4, 1))
            .build();
    OdsLookup lookup = OdsLookup.of(List.of(rp6));
    assertEquals(Optional.of(rp6), lookup.find(OdsCode.of("RP6")));
    assertEquals(Optional.empty(), lookup.find(OdsCode.of("RP7")));
    assertTrue(lookup.openOn(OdsCode.of("RP6"), LocalDate.of(2030, 3, 31)));
    assertFalse(lookup.openOn(OdsCode.of("RP6"), LocalDate.of(2030, 4, 1)));
    assertFalse(lookup.openOn(OdsCode.of("RP6"), LocalDate.of(1994, 3, 31)));
    assertFalse(lookup.openOn(OdsCode.of("RP7"), LocalDate.of(2020, 1, 1)));
  }
}
