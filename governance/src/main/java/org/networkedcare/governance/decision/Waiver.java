package org.networkedcare.governance.decision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * An approved exception: one rule lifted for one agreement (and, for a KPI rule, one measure at one
 * site; for a local variation of the guidance grid, one recommendation at one site) by an approver,
 * for a reason, over the days {@code from} to {@code until} inclusive.
 *
 * <p>Rules that can be lifted: {@link Rule#BASELINE_BEFORE_TRANSFER} (a new agreement's KPI whose
 * baseline is late or short is accepted; the finding says so), {@link Rule#LOCAL_VARIATION} (a KPI
 * standard at a site is an approved local variation: the standardisation verdict counts it as such,
 * neither a failure nor a pass; or, naming {@code guidance} and {@code recommendation} instead of a
 * measure, a cell of the guidance grid at a site is an approved local variation: the grid shows it
 * as such and it gives no {@code guidance-adoption-overdue} while in force; the agreement is the
 * host agreement under which the site's variation is approved), {@link Rule#REVIEW_DATE} (the
 * agreement's review is not overdue while the waiver is in force). Once {@code until} has passed
 * the waiver gives {@code waiver-expired}, and the rule applies again.
 *
 * @param id the waiver's identifier, unique in its document
 * @param rule the rule lifted
 * @param agreement the agreement it applies to
 * @param measure the KPI's measure, for KPI rules only
 * @param site the KPI's or grid cell's site, for KPI and local-variation rules only
 * @param guidance the guidance entry of a grid cell's local variation, if it is one
 * @param recommendation the recommendation of a grid cell's local variation, if it is one
 * @param approvedBy who approved it
 * @param reason why
 * @param from the first day in force
 * @param until the last day in force
 */
public record Waiver(
    String id,
    Rule rule,
    String agreement,
    Optional<String> measure,
    Optional<OdsCode> site,
    Optional<String> guidance,
    Optional<String> recommendation,
    DecisionMaker approvedBy,
    String reason,
    LocalDate from,
    LocalDate until) {

  /** The rules a waiver can lift. */
  public enum Rule {
    /** A new agreement's KPI baseline ends before transfer and is captured by it. */
    BASELINE_BEFORE_TRANSFER("baseline-before-transfer"),
    /** The KPI standard holds at every site (standardisation). */
    LOCAL_VARIATION("local-variation"),
    /** The agreement is reviewed by its review date. */
    REVIEW_DATE("review-date");

    private final String id;

    Rule(String id) {
      this.id = id;
    }

    /** {@return the identifier documents use} */
    public String id() {
      return id;
    }

    /** {@return whether the rule is about one KPI (a measure at a site)} */
    public boolean aboutKpi() {
      return this != REVIEW_DATE;
    }

    /** {@return the rules by identifier} */
    public static Map<String, Rule> byId() {
      Map<String, Rule> map = new LinkedHashMap<>();
      for (Rule r : values()) {
        map.put(r.id, r);
      }
      return map;
    }
  }

  /**
   * Checks the parts: a KPI rule names its measure and site, a grid cell's local variation its
   * guidance, recommendation and site and no measure, the review-date rule none of them ({@code
   * waiver.scope}); {@code until} is not before {@code from} ({@code waiver.period}); a reason is
   * given.
   *
   * @param id the identifier
   * @param rule the rule
   * @param agreement the agreement
   * @param measure the measure, KPI rules only
   * @param site the site, KPI and local-variation rules only
   * @param guidance the guidance entry, a grid cell's local variation only
   * @param recommendation the recommendation, a grid cell's local variation only
   * @param approvedBy the approver
   * @param reason the reason
   * @param from the first day
   * @param until the last day
   */
  public Waiver {
    Problems problems = Problems.collector();
    if (problems.at("id").required(id)) {
      problems.at("id").check(!id.isBlank(), "blank", "a waiver has an id");
    }
    problems.at("agreement").required(agreement);
    problems.at("approvedBy").required(approvedBy);
    if (problems.at("reason").required(reason)) {
      problems.at("reason").check(!reason.isBlank(), "blank", "a waiver gives its reason");
    }
    if (problems.at("rule").required(rule)
        & problems.at("measure").required(measure)
        & problems.at("site").required(site)
        & problems.at("guidance").required(guidance)
        & problems.at("recommendation").required(recommendation)) {
      boolean cell = guidance.isPresent() || recommendation.isPresent();
      if (cell) {
        problems.check(
            rule == Rule.LOCAL_VARIATION,
            "waiver.scope",
            "only a local-variation waiver is about a cell of the guidance grid, not a "
                + rule.id());
        problems
            .at("recommendation")
            .check(
                guidance.isPresent() && recommendation.isPresent(),
                "waiver.scope",
                "a grid cell's waiver names both the guidance and the recommendation");
        problems
            .at("measure")
            .check(
                measure.isEmpty(),
                "waiver.scope",
                "a waiver is about a KPI (a measure) or a grid cell (a recommendation), not both");
        problems
            .at("site")
            .check(site.isPresent(), "waiver.scope", "a grid cell's waiver names the site");
      } else if (rule.aboutKpi()) {
        problems
            .at("measure")
            .check(
                measure.isPresent(),
                "waiver.scope",
                "a "
                    + rule.id()
                    + " waiver names the KPI's measure"
                    + (rule == Rule.LOCAL_VARIATION
                        ? ", or a grid cell's guidance and recommendation"
                        : ""));
        problems
            .at("site")
            .check(
                site.isPresent(),
                "waiver.scope",
                "a " + rule.id() + " waiver names the KPI's site");
      } else {
        problems.check(
            measure.isEmpty() && site.isEmpty(),
            "waiver.scope",
            "a review-date waiver is about the whole agreement");
      }
    }
    if (problems.at("from").required(from) & problems.at("until").required(until)) {
      problems
          .at("until")
          .check(
              !until.isBefore(from),
              "waiver.period",
              "the waiver ends " + until + ", before it starts on " + from);
    }
    problems.throwIfAny();
  }

  /**
   * A waiver about an agreement or a KPI, not a grid cell.
   *
   * @param id the identifier
   * @param rule the rule
   * @param agreement the agreement
   * @param measure the measure, KPI rules only
   * @param site the site, KPI rules only
   * @param approvedBy the approver
   * @param reason the reason
   * @param from the first day
   * @param until the last day
   */
  public Waiver(
      String id,
      Rule rule,
      String agreement,
      Optional<String> measure,
      Optional<OdsCode> site,
      DecisionMaker approvedBy,
      String reason,
      LocalDate from,
      LocalDate until) {
    this(
        id,
        rule,
        agreement,
        measure,
        site,
        Optional.empty(),
        Optional.empty(),
        approvedBy,
        reason,
        from,
        until);
  }

  /** {@return whether the waiver is about a cell of the guidance grid} */
  public boolean aboutCell() {
    return guidance.isPresent();
  }

  /** {@return whether the waiver is about one KPI (a measure at a site)} */
  public boolean aboutKpi() {
    return rule.aboutKpi() && measure.isPresent();
  }

  /**
   * {@return whether the waiver approves a local variation of a grid cell}
   *
   * @param guidance the guidance entry
   * @param recommendation the recommendation
   * @param site the site
   */
  public boolean variesCell(String guidance, String recommendation, OdsCode site) {
    return rule == Rule.LOCAL_VARIATION
        && this.guidance.filter(guidance::equals).isPresent()
        && this.recommendation.filter(recommendation::equals).isPresent()
        && this.site.filter(site::equals).isPresent();
  }

  /**
   * {@return whether the waiver is in force on a date}
   *
   * @param date the date
   */
  public boolean inForce(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }

  /**
   * {@return whether the waiver lifts a KPI rule for a measure at a site of an agreement}
   *
   * @param rule the rule
   * @param agreement the agreement
   * @param measure the measure
   * @param site the site
   */
  public boolean lifts(Rule rule, String agreement, String measure, OdsCode site) {
    return this.rule == rule
        && this.agreement.equals(agreement)
        && this.measure.filter(measure::equals).isPresent()
        && this.site.filter(site::equals).isPresent();
  }
}
