package org.networkedcare.governance.assurance;

import java.util.List;

/** The four verdicts on a board question (section 8), with the identifiers verdicts carry. */
enum VerdictState {
  /** The evidence shows the question answered. */
  ASSURED("assured"),
  /** Some of the evidence falls short. */
  PARTIALLY_ASSURED("partially-assured"),
  /** The evidence shows the question not answered. */
  NOT_ASSURED("not-assured"),
  /** There is nothing to judge yet. */
  NO_EVIDENCE("no-evidence");

  private final String id;

  VerdictState(String id) {
    this.id = id;
  }

  /** {@return the identifier verdicts carry} */
  String id() {
    return id;
  }

  /**
   * {@return a verdict in this state}
   *
   * @param question the question
   * @param rule the rule that decided it, readable
   * @param evidence its evidence items
   */
  Verdict on(String question, String rule, List<EvidenceItem> evidence) {
    return new Verdict(question, id, rule, evidence);
  }
}
