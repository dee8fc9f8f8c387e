package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code governance} question (section 8), from the findings themselves: a decisive finding (a
 * red-line breach, or an escalation overdue at its route's last level): {@code not-assured}; any
 * other finding whose code ends in {@code -overdue}, or a KPI baseline finding: {@code
 * partially-assured}, as does a body's gap in membership or quorum (docs/governance.md, "The
 * network as an organisation"); with no finding, no agreement started by the date and no risk,
 * incident, dispute or equipment record there is nothing to judge: {@code no-evidence}; otherwise
 * {@code assured}. Each such finding is an item, its code its state.
 */
final class GovernanceVerdict implements VerdictRule {

  @Override
  public Verdict verdict(String question, Evaluation context, Findings findings) {
    List<EvidenceItem> items = new ArrayList<>();
    boolean decisive = false;
    boolean partial = false;
    boolean gap = false;
    for (Finding f : findings.all()) {
      FindingCode code = FindingCode.of(f.code());
      boolean decides = Findings.decisive(context, f);
      boolean weakens = code.overdue() || code.kpiBaseline() || code.structureGap();
      if (decides || weakens) {
        items.add(
            new EvidenceItem(
                f.subject().measure(),
                f.subject().site(),
                f.code(),
                Optional.empty(),
                f.summary()));
      }
      decisive |= decides;
      partial |= weakens;
      gap |= code.structureGap();
    }
    GovernanceDocument d = context.document();
    if (findings.all().isEmpty()
        && context.startedAgreements().isEmpty()
        && d.risks().isEmpty()
        && d.incidents().isEmpty()
        && d.disputes().isEmpty()
        && d.equipment().isEmpty()
        && !d.structure().judged()) {
      return VerdictState.NO_EVIDENCE.on(
          question,
          "nothing to judge: no agreement in force and no risk, incident, dispute or equipment record",
          items);
    }
    if (decisive) {
      return VerdictState.NOT_ASSURED.on(
          question, "a red-line breach, or an escalation overdue at the route's last level", items);
    }
    if (partial) {
      return VerdictState.PARTIALLY_ASSURED.on(
          question,
          gap
              ? "an overdue obligation, a KPI without a valid baseline, or a body without a constituency or quorum"
              : "an overdue obligation or a KPI without a valid baseline",
          items);
    }
    return VerdictState.ASSURED.on(
        question, "no breach, nothing overdue, every KPI with a valid baseline", items);
  }
}
