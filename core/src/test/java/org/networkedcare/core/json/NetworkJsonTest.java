package org.networkedcare.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/** Network values read from JSON: every problem at its path. */
class NetworkJsonTest {

  @Test
  void aPoolingProfileReadFromJsonReportsMissingAndUnknownValues() {
    assertProblems(
        () ->
            decode(
                "{'accountability': 'stays', 'budget': 'pooled', 'staff': 'shared',"
                    + " 'estates': 'stays', 'equipment': 'shared', 'brand': 'stays'}",
                NetworkJson::poolingProfile),
        "/budget unknown-value",
        "/backOffice required");
  }

  /**
   * A small paediatric audiology network of two trusts, unlike the examples: Northfield (RX1) runs
   * the service at a site of Southmere (RY2).
   */
  private static final String AUDIOLOGY =
      """
      {"schemaVersion": 1,
       "organisations": [
         {"odsCode": "RX1", "name": "Northfield Children's NHS Trust", "primaryRole": "nhs-trust",
          "openDate": "2001-04-01"},
         {"odsCode": "RY2", "name": "Southmere NHS Trust", "primaryRole": "nhs-trust",
          "openDate": "1999-04-01"}],
       "sites": [{"code": "RY201", "name": "Southmere Clinic", "organisation": "RY2"}],
       "services": [{"id": "paediatric-audiology", "name": "paediatric audiology"}],
       "provisions": [{"organisation": "RX1", "service": "paediatric-audiology", "site": "RY201",
                       "period": {"from": "2025-04-01"}}],
       "network": {"id": "southmere-hearing", "name": "Southmere Hearing Network",
                   "type": "single-specialty-network", "footprint": "region",
                   "memberships": [
                     {"organisation": "RX1", "role": "centre", "validity": {"from": "2025-04-01"}},
                     {"organisation": "RY2", "role": "host", "validity": {"from": "2025-04-01"}}]}}
      """;

  @Test
  void aDocumentReadFromTextEqualsTheOneReadFromItsBytesAndWritesBackTheSame() {
    NetworkDocument fromText = NetworkJson.parse(AUDIOLOGY);
    NetworkDocument fromBytes = NetworkJson.parse(AUDIOLOGY.getBytes(StandardCharsets.UTF_8));
    assertEquals(fromBytes, fromText);
    assertEquals("RY201", fromText.sites().get(0).code().value());
    String written = NetworkJson.write(fromText);
    assertEquals(written, NetworkJson.write(NetworkJson.parse(written)));
  }

  @Test
  void textAndBytesGiveTheSameProblemsInTheSameOrder() {
    // The site's code is a number, so its key cannot be read: the provision's reference to it is
    // marked as a likely follow-on (DeclaredKeys), and the undeclared service is reported plainly.
    String bad =
        AUDIOLOGY
            .replace("\"code\": \"RY201\"", "\"code\": 201")
            .replace("\"service\": \"paediatric-audiology\"", "\"service\": \"audiology\"");
    List<Problem> fromText =
        assertProblems(
            () -> NetworkJson.parse(bad),
            "/sites/0/code type",
            "/provisions/0/service reference.unknown",
            "/provisions/0/site reference.unknown");
    List<Problem> fromBytes =
        assertThrows(
                ValidationException.class,
                () -> NetworkJson.parse(bad.getBytes(StandardCharsets.UTF_8)))
            .problems();
    assertEquals(fromText, fromBytes);
    assertEquals(
        "'audiology' is not defined in this document's services",
        fromText.stream()
            .filter(p -> p.path().equals("/provisions/0/service"))
            .findFirst()
            .orElseThrow()
            .message());
    assertEquals(
        "'RY201' is not defined in this document's sites (perhaps a follow-on of the problem at"
            + " /sites/0/code, whose key could not be read)",
        fromText.stream()
            .filter(p -> p.path().equals("/provisions/0/site"))
            .findFirst()
            .orElseThrow()
            .message());
  }

  @Test
  void anEmptyTextIsRefusedLikeEmptyBytes() {
    assertProblems(() -> NetworkJson.parse("  "), " json.empty");
    assertProblems(() -> NetworkJson.parse(new byte[0]), " json.empty");
  }
}
