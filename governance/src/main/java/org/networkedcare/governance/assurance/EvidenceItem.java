package org.networkedcare.governance.assurance;

import java.util.Optional;

/**
 * One piece of evidence behind a verdict: for a measure-led question, a measure at a site and its
 * state ({@code concern}, {@code improving}, {@code stable}, {@code unknown}); for the others, what
 * the rule looked at.
 *
 * @param measure the measure, if the item is about one
 * @param site the site, if the item is about one
 * @param state the state
 * @param validBaseline whether the measure at the site has a valid baseline, for measure items
 * @param detail what decided the state, readable
 */
public record EvidenceItem(
    Optional<String> measure,
    Optional<String> site,
    String state,
    Optional<Boolean> validBaseline,
    String detail) {

  /**
   * Checks no part is null.
   *
   * @param measure the measure
   * @param site the site
   * @param state the state
   * @param validBaseline whether there is a valid baseline
   * @param detail the detail
   */
  public EvidenceItem {
    java.util.Objects.requireNonNull(measure, "measure");
    java.util.Objects.requireNonNull(site, "site");
    java.util.Objects.requireNonNull(state, "state");
    java.util.Objects.requireNonNull(validBaseline, "validBaseline");
    java.util.Objects.requireNonNull(detail, "detail");
  }
}
