package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.governance.assurance.Documents.array;
import static org.networkedcare.governance.assurance.Documents.assertHas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.risk.RiskEntry;

/**
 * A risk owned and shared across the system: several owners with shares, one score, findings naming
 * every owner.
 */
class SharedRiskTest {

  private static Consumer<ObjectNode> owners(double lead, double other, String otherOrganisation) {
    return tree -> {
      ObjectNode risk = (ObjectNode) array(tree, "risks").get(0);
      risk.remove("owner");
      ArrayNode owners = risk.putArray("owners");
      owners
          .addObject()
          .put("organisation", "RCE")
          .put("role", "director of operations")
          .put("share", lead);
      owners
          .addObject()
          .put("organisation", otherOrganisation)
          .put("role", "chief operating officer")
          .put("share", other);
    };
  }

  @Test
  void theRegistersFindingsNameEveryOwnerWithItsShare() {
    GovernanceDocument doc = Documents.edited(owners(0.6, 0.4, "RHA"));
    RiskEntry risk = doc.risks().get(0);
    assertTrue(risk.shared());
    assertEquals("RCE", risk.owner().organisation().value());
    assertEquals(new BigDecimal("0.4"), risk.owners().get(1).share());
    List<Finding> findings =
        DecisionEngine.evaluate(
                doc, GovernanceReferenceJson.defaults(), LocalDate.parse("2024-09-20"))
            .findings();
    for (String code : List.of("risk-review-overdue", "risk-above-appetite")) {
      Finding f = findings.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
      assertTrue(f.summary().contains("director of operations at RCE (60%)"), f.summary());
      assertTrue(f.summary().contains("chief operating officer at RHA (40%)"), f.summary());
      assertEquals(
          "director of operations at RCE (60%); chief operating officer at RHA (40%)",
          f.evidence().get("owners"));
    }
    // written back as owners, read again the same
    String json = Json.write(AssuranceJson.tree(doc).path("risks").get(0));
    assertTrue(
        AssuranceJson.tree(doc).path("risks").get(0).has("owners")
            && !AssuranceJson.tree(doc).path("risks").get(0).has("owner"),
        json);
  }

  @Test
  void aSingleOwnerIsWrittenAsBeforeAndItsFindingsAreUnchanged() {
    GovernanceDocument doc = Documents.edited(tree -> {});
    RiskEntry risk = doc.risks().get(0);
    assertFalse(risk.shared());
    assertEquals(BigDecimal.ONE, risk.owners().get(0).share());
    assertTrue(
        AssuranceJson.tree(doc).path("risks").get(0).has("owner")
            && !AssuranceJson.tree(doc).path("risks").get(0).has("owners"));
    List<Finding> findings =
        DecisionEngine.evaluate(
                doc, GovernanceReferenceJson.defaults(), LocalDate.parse("2024-09-20"))
            .findings();
    assertTrue(
        findings.stream()
            .filter(f -> f.code().startsWith("risk-"))
            .noneMatch(f -> f.evidence().containsKey("owners")));
  }

  @Test
  void badSharesAreReportedWithTheirPaths() {
    List<Problem> problems = Documents.problems(owners(0.6, 0.3, "RHA"));
    assertHas(problems, "/risks/0/owners", "risk.shares");
    problems = Documents.problems(owners(1.2, 0.4, "ZZZ"));
    assertHas(problems, "/risks/0/owners/0/share", "risk.shares");
    problems = Documents.problems(owners(0.5, 0.5, "RCE"));
    assertHas(problems, "/risks/0/owners", "risk.shares");
    problems = Documents.problems(owners(0.5, 0.5, "ZZ9").andThen(tree -> {}));
    assertTrue(
        problems.stream().anyMatch(p -> p.path().equals("/risks/0/owners/1/organisation")),
        problems.toString());
    problems =
        Documents.problems(
            tree ->
                owners(0.6, 0.4, "RHA")
                    .andThen(
                        t ->
                            ((ObjectNode) array(t, "risks").get(0))
                                .putObject("owner")
                                .put("organisation", "RCE")
                                .put("role", "x"))
                    .accept(tree));
    assertHas(problems, "/risks/0/owner", "risk.shares");
  }
}
