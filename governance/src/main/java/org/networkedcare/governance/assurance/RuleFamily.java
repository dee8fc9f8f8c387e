package org.networkedcare.governance.assurance;

/**
 * One family of the engine's rules that give findings (triggers, agreements, data gaps, risks,
 * incidents, disputes, equipment, ...): one class each, registered in {@link
 * DecisionEngine#FAMILIES}. A family reads the shared {@link Evaluation} and reports to the {@link
 * Findings.Collector}; it keeps no state between evaluations, so one instance serves every thread.
 */
interface RuleFamily {

  /**
   * Adds the family's findings at the evaluation date, in any order (the engine sorts them), and
   * any fact a verdict needs that is not itself a finding.
   *
   * @param context the document at the date
   * @param out where findings go
   */
  void evaluate(Evaluation context, Findings.Collector out);
}
