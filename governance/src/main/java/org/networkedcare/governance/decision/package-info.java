/**
 * What a network's bodies decided about its findings, and the exceptions they approved: {@link
 * org.networkedcare.governance.decision.Decision} records (who decided, when, about which item, the
 * outcome and the actions it set) and {@link org.networkedcare.governance.decision.Waiver}s (a rule
 * lifted by an approver for a period). Values only; the governance document's codec, {@link
 * org.networkedcare.governance.json.AssuranceJson}, reads and writes them at the edge.
 */
package org.networkedcare.governance.decision;
