package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.ServiceProvision;

/**
 * The {@code range} question (section 8): the distinct (site, service) provisions, by organisations
 * that are network members on each date, in effect on the evaluation date against the day before
 * the earliest agreement start: more: {@code assured}; the same: {@code partially-assured}; fewer:
 * {@code not-assured}; no provisions (or no agreements): {@code no-evidence}. The two counts are
 * its items, each count its state.
 */
final class RangeVerdict implements VerdictRule {

  @Override
  public Verdict verdict(String question, Evaluation context, Findings findings) {
    GovernanceDocument doc = context.document();
    List<ServiceProvision> provisions = doc.network().provisions();
    Optional<LocalDate> earliest =
        doc.agreements().stream().map(a -> a.term().start()).min(Comparator.naturalOrder());
    if (provisions.isEmpty() || earliest.isEmpty()) {
      return VerdictState.NO_EVIDENCE.on(question, "no provisions recorded", List.of());
    }
    LocalDate asOf = context.asOf();
    LocalDate before = earliest.get().minusDays(1);
    Set<String> now = active(doc, provisions, asOf);
    Set<String> then = active(doc, provisions, before);
    List<EvidenceItem> items = List.of(count(asOf, now), count(before, then));
    String rule =
        now.size()
            + " (site, service) provisions on "
            + asOf
            + " against "
            + then.size()
            + " on "
            + before;
    VerdictState state =
        now.size() > then.size()
            ? VerdictState.ASSURED
            : now.size() == then.size() ? VerdictState.PARTIALLY_ASSURED : VerdictState.NOT_ASSURED;
    return state.on(question, rule, items);
  }

  private static EvidenceItem count(LocalDate date, Set<String> provisions) {
    return new EvidenceItem(
        Optional.empty(),
        Optional.empty(),
        Integer.toString(provisions.size()),
        Optional.empty(),
        date + ": " + String.join(", ", provisions));
  }

  /**
   * {@return the "site service" pairs in effect on a date by organisations that are members then,
   * in order}
   */
  private static Set<String> active(
      GovernanceDocument doc, List<ServiceProvision> provisions, LocalDate date) {
    Set<OdsCode> members = new HashSet<>();
    doc.network().network().membershipsOn(date).forEach(m -> members.add(m.organisation()));
    Set<String> out = new TreeSet<>();
    for (ServiceProvision p : provisions) {
      if (p.isInEffectOn(date) && members.contains(p.organisation())) {
        out.add(p.site() + " " + p.service());
      }
    }
    return out;
  }
}
