package org.networkedcare.governance.assurance;

import java.util.Optional;

/**
 * The states of the evidence items the engine judges (section 8): a measure at a site ({@code
 * concern}, {@code improving}, {@code stable}, {@code unknown}) and a KPI at a site ({@code meets},
 * {@code does-not-meet}; a funnel outlier is a {@code concern}). Items that show a finding or a
 * count carry that as their state instead.
 */
enum ItemState {
  /** Something on the item needs attention. */
  CONCERN("concern"),
  /** The latest point is special cause improvement. */
  IMPROVING("improving"),
  /** Common cause variation, nothing of concern. */
  STABLE("stable"),
  /** No observation is available yet. */
  UNKNOWN("unknown"),
  /** The latest available value meets the KPI. */
  MEETS("meets"),
  /** The latest available value does not meet the KPI. */
  DOES_NOT_MEET("does-not-meet"),
  /** The KPI standard at the site is an approved local variation (a waiver in force). */
  LOCAL_VARIATION("local-variation");

  private final String id;

  ItemState(String id) {
    this.id = id;
  }

  /** {@return the identifier items carry} */
  String id() {
    return id;
  }

  /**
   * {@return an evidence item in this state about a measure at a site}
   *
   * @param series the measure and site
   * @param validBaseline whether it has a valid baseline, where the rule judges that
   * @param detail what decided the state, readable
   */
  EvidenceItem item(SeriesKey series, Optional<Boolean> validBaseline, String detail) {
    return item(series.measure(), series.site().toString(), validBaseline, detail);
  }

  /**
   * {@return an evidence item in this state about a measure at a site}
   *
   * @param measure the measure's identifier
   * @param site the site's code
   * @param validBaseline whether it has a valid baseline, where the rule judges that
   * @param detail what decided the state, readable
   */
  EvidenceItem item(String measure, String site, Optional<Boolean> validBaseline, String detail) {
    return new EvidenceItem(Optional.of(measure), Optional.of(site), id, validBaseline, detail);
  }
}
