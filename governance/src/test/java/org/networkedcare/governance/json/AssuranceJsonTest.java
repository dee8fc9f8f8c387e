package org.networkedcare.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.reference.GovernanceReference;

/** The governance document's entries: text and bytes read alike, and what is written reads back. */
class AssuranceJsonTest {

  private static final GovernanceReference REFERENCE = GovernanceReferenceJson.defaults();

  /**
   * A small paediatric audiology network of two trusts, unlike the examples: Northfield (RX1) runs
   * the service at a site of Southmere (RY2), with one escalation route and no agreement yet.
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
                     {"organisation": "RY2", "role": "host", "validity": {"from": "2025-04-01"}}]},
       "routes": [{"id": "standard", "levels": [
         {"name": "clinic", "holder": {"party": "host", "role": "clinic lead"},
          "limitWorkingDays": 5, "mayDecide": "local fixes"},
         {"name": "commissioner", "holder": {"party": "commissioner", "role": "director"},
          "limitWorkingDays": 20, "mayDecide": "the contract"}]}]}
      """;

  @Test
  void aDocumentReadFromTextEqualsTheOneReadFromItsBytesAndWritesBackTheSame() {
    GovernanceDocument fromText = AssuranceJson.parse(AUDIOLOGY, REFERENCE);
    GovernanceDocument fromBytes =
        AssuranceJson.parse(AUDIOLOGY.getBytes(StandardCharsets.UTF_8), REFERENCE);
    assertEquals(fromBytes, fromText);
    assertEquals(2, fromText.routes().get(0).top());
    String written = AssuranceJson.write(fromText);
    assertEquals(fromText, AssuranceJson.parse(written, REFERENCE));
    assertEquals(written, AssuranceJson.write(AssuranceJson.parse(written, REFERENCE)));
    assertEquals(AssuranceJson.tree(fromText), AssuranceJson.tree(fromBytes));
  }

  @Test
  void textAndBytesGiveTheSameProblemsInTheSameOrder() {
    // The route's level limit is text and a risk names only its id: every problem comes at once.
    String bad =
        AUDIOLOGY
            .replace("\"limitWorkingDays\": 5", "\"limitWorkingDays\": \"five\"")
            .replace(
                "\"mayDecide\": \"the contract\"}]}]",
                "\"mayDecide\": \"the contract\"}]}]," + " \"risks\": [{\"id\": \"R1\"}]");
    List<Problem> fromText =
        assertThrows(ValidationException.class, () -> AssuranceJson.parse(bad, REFERENCE))
            .problems();
    List<Problem> fromBytes =
        assertThrows(
                ValidationException.class,
                () -> AssuranceJson.parse(bad.getBytes(StandardCharsets.UTF_8), REFERENCE))
            .problems();
    assertEquals(fromText, fromBytes);
    List<String> paths = fromText.stream().map(p -> p.path() + " " + p.code()).toList();
    assertTrue(paths.contains("/routes/0/levels/0/limitWorkingDays type"), paths.toString());
    assertTrue(paths.contains("/risks/0/title required"), paths.toString());
    assertTrue(paths.contains("/risks/0/lastReviewed required"), paths.toString());
  }
}
