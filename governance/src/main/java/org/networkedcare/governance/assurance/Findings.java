package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.governance.escalation.EscalationRoute;

/**
 * The findings of every rule family, in order, and what the verdicts read beside them: the series
 * with an open trigger episode and those with a decisive finding.
 *
 * @param all the findings, in the engine's order
 * @param openEpisodes the site-level series with a trigger episode that has not cleared, whether or
 *     not it gives a finding
 * @param decisive the site-level series with a decisive finding (see {@link #decisive(Evaluation,
 *     Finding)})
 */
record Findings(List<Finding> all, Set<SeriesKey> openEpisodes, Set<SeriesKey> decisive) {

  Findings {
    all = List.copyOf(all);
    openEpisodes = Set.copyOf(openEpisodes);
    decisive = Set.copyOf(decisive);
  }

  /**
   * {@return whether a finding decides a verdict against assurance} (section 8): a red-line breach,
   * or an {@code escalation-overdue} whose current level is its route's last.
   *
   * @param context the evaluation the finding comes from
   * @param f the finding
   */
  static boolean decisive(Evaluation context, Finding f) {
    FindingCode code = FindingCode.of(f.code());
    if (code == FindingCode.RED_LINE_BREACHED) {
      return true;
    }
    if (code != FindingCode.ESCALATION_OVERDUE) {
      return false;
    }
    Optional<EscalationRoute> route =
        f.subject().agreement().map(context::agreement).map(a -> context.route(a.route()));
    return route.map(r -> f.escalationLevel().orElse(0) == r.top()).orElse(false);
  }

  /** Collects the families' findings and facts of one evaluation. Not thread-safe. */
  static final class Collector {
    private final List<Finding> findings = new ArrayList<>();
    private final Set<SeriesKey> openEpisodes = new HashSet<>();
    private final Set<SeriesKey> decisive = new HashSet<>();
    private final List<ItemHistory> items = new ArrayList<>();

    /** Records the history of an item the engine follows. */
    void item(ItemHistory history) {
      items.add(history);
    }

    /** {@return the items' histories, ordered by subject, then opening day} */
    List<ItemHistory> items() {
      List<ItemHistory> sorted = new ArrayList<>(items);
      sorted.sort(
          java.util.Comparator.comparing(ItemHistory::subject, Subject.ORDER)
              .thenComparing(ItemHistory::opened));
      return sorted;
    }

    /** Adds a finding. */
    void add(Finding finding) {
      findings.add(finding);
    }

    /** Adds a finding built by a builder. */
    void add(FindingBuilder finding) {
      findings.add(finding.build());
    }

    /** Records that a site-level series has a decisive finding. */
    void decisive(SeriesKey series) {
      decisive.add(series);
    }

    /** Records that a site-level series has a trigger episode that has not cleared. */
    void openEpisode(SeriesKey series) {
      openEpisodes.add(series);
    }

    /** {@return the findings in the engine's order, with the facts} */
    Findings sorted(Evaluation context) {
      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(DecisionEngine.order(context.reference()));
      return new Findings(sorted, openEpisodes, decisive);
    }
  }
}
