package org.networkedcare.governance.assurance;

import java.util.List;

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
}
