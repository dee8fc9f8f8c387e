package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.networkedcare.governance.structure.Post;

/**
 * The {@code resilience} question (organisational resilience; the seeds: "increased skill base",
 * staff "most critical for the success of any service development", a network manager "vital to its
 * success"): the measure-led verdict on the measures tagged with it, weakened by the staffing
 * findings of the network's structure (docs/governance.md, "Verdicts from the structure"). A
 * network manager or clinical lead post vacant beyond its limit: {@code not-assured}; any other
 * post vacant beyond its limit, or training overdue: at best {@code partially-assured} (a
 * measure-led {@code no-evidence} becomes {@code partially-assured}: the structure is evidence, and
 * it falls short). Without such findings the verdict is the measure-led one, unchanged. Each
 * staffing finding is an item, its code its state.
 */
final class ResilienceVerdict implements VerdictRule {

  /** The kinds of post without which a network drifts (IMPRESS: "without an office they drift"). */
  private static final List<String> KEY_POSTS = List.of("network-manager", "clinical-lead");

  private final VerdictRule measureLed = new MeasureLedVerdict();

  @Override
  public Verdict verdict(String question, Evaluation context, Findings findings) {
    Verdict base = measureLed.verdict(question, context, findings);
    List<EvidenceItem> items = new ArrayList<>(base.evidence());
    boolean key = false;
    boolean staffing = false;
    for (Finding f : findings.all()) {
      FindingCode code = FindingCode.of(f.code());
      if (code != FindingCode.POST_VACANCY_OVERDUE && code != FindingCode.TRAINING_OVERDUE) {
        continue;
      }
      staffing = true;
      key |=
          code == FindingCode.POST_VACANCY_OVERDUE
              && f.subject()
                  .post()
                  .flatMap(context.document().structure()::post)
                  .map(Post::kind)
                  .filter(KEY_POSTS::contains)
                  .isPresent();
      items.add(
          new EvidenceItem(
              f.subject().measure(), f.subject().site(), f.code(), Optional.empty(), f.summary()));
    }
    if (!staffing) {
      return base;
    }
    if (key) {
      return VerdictState.NOT_ASSURED.on(
          question,
          "a network manager or clinical lead post vacant beyond its limit"
              + (base.verdict().equals(VerdictState.NOT_ASSURED.id()) ? "; " + base.rule() : ""),
          items);
    }
    if (base.verdict().equals(VerdictState.NOT_ASSURED.id())) {
      return VerdictState.NOT_ASSURED.on(question, base.rule(), items);
    }
    return VerdictState.PARTIALLY_ASSURED.on(
        question,
        "a post vacant beyond its limit or training overdue"
            + (base.verdict().equals(VerdictState.NO_EVIDENCE.id())
                ? " (no measure evidences it)"
                : "; measures: " + base.rule()),
        items);
  }
}
