package org.networkedcare.governance.assurance;

/**
 * The rule that answers one board question (section 8): one class each, registered by question in
 * {@link DecisionEngine#VERDICTS}; a question without its own rule is measure-led. Stateless, so
 * one instance serves every thread.
 */
interface VerdictRule {

  /**
   * {@return the verdict on a question at the evaluation date}
   *
   * @param question the question's identifier (reference data {@code board-questions})
   * @param context the document at the date
   * @param findings every rule family's findings, in order, and the facts beside them
   */
  Verdict verdict(String question, Evaluation context, Findings findings);
}
