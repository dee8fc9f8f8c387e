package org.networkedcare.governance.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.networkedcare.core.json.Json;

/**
 * The verdict on one of the board's questions: {@code assured}, {@code partially-assured}, {@code
 * not-assured} or {@code no-evidence}, with the rule that decided it and its evidence.
 *
 * @param question the question's identifier (reference data {@code board-questions})
 * @param verdict the verdict
 * @param rule the rule that decided it, readable
 * @param evidence the evidence items
 */
public record Verdict(String question, String verdict, String rule, List<EvidenceItem> evidence) {

  /**
   * Checks no part is null.
   *
   * @param question the question
   * @param verdict the verdict
   * @param rule the rule
   * @param evidence the evidence
   */
  public Verdict {
    java.util.Objects.requireNonNull(question, "question");
    java.util.Objects.requireNonNull(verdict, "verdict");
    java.util.Objects.requireNonNull(rule, "rule");
    evidence = List.copyOf(evidence);
  }

  /** {@return the verdict as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("question", question);
    node.put("verdict", verdict);
    node.put("rule", rule);
    ArrayNode items = node.putArray("evidence");
    evidence.forEach(e -> items.add(e.toJson()));
    return node;
  }
}
