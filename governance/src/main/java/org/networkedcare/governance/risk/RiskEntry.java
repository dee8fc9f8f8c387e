package org.networkedcare.governance.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * An entry of the risk register.
 *
 * <p>JSON: {@code {"id": "RISK-1", "title": "...", "objective": {"id": "access", "kind":
 * "operational", "appetite": 10}, "domain": "service delivery", "owner": Actor, "controls": [...],
 * "assurances": [...], "gaps": [...], "initial": RiskScore, "current": RiskScore, "target":
 * RiskScore, "lastReviewed": "2024-07-31"}}.
 *
 * <p>A risk shared across the system has several owners, each with its share, and one score: give
 * {@code "owners": [{"organisation": "RCE", "role": "medical director", "share": 0.6},
 * {"organisation": "RHA", "role": "chief operating officer", "share": 0.4}]} in place of {@code
 * owner}. The shares are in (0, 1] and sum to 1 ({@code risk.shares}); the first owner leads (it is
 * {@link #owner()}, who acts on the register's findings, and the findings name every owner). A
 * single {@code owner} is one owner with share 1, and is written back as {@code owner}.
 *
 * @param id the risk's identifier
 * @param title what the risk is
 * @param objective the objective it threatens
 * @param domain the consequence domain
 * @param owners who owns it, with their shares; the first leads
 * @param controls the controls in place
 * @param assurances the assurances on the controls
 * @param gaps the gaps in control or assurance
 * @param initial the initial score
 * @param current the current score
 * @param target the target score, not above the current
 * @param lastReviewed the last review
 */
public record RiskEntry(
    String id,
    String title,
    Objective objective,
    String domain,
    List<Owner> owners,
    List<String> controls,
    List<String> assurances,
    List<String> gaps,
    RiskScore initial,
    RiskScore current,
    RiskScore target,
    LocalDate lastReviewed) {

  /**
   * One owner of a risk and its share of the risk: each owner's board sees the risk's one score and
   * its share.
   *
   * @param actor who owns it
   * @param share its share, in (0, 1]
   */
  public record Owner(Actor actor, BigDecimal share) {

    /**
     * Checks the parts: the share is in (0, 1] ({@code risk.shares}).
     *
     * @param actor the owner
     * @param share the share
     */
    public Owner {
      Problems problems = Problems.collector();
      problems.at("actor").required(actor);
      if (problems.at("share").required(share)) {
        problems
            .at("share")
            .check(
                share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0,
                "risk.shares",
                "an owner's share is in (0, 1], not " + share.toPlainString());
      }
      problems.throwIfAny();
    }

    /** {@return e.g. {@code chief executive at RCE (60%)}} */
    @Override
    public String toString() {
      return actor + " (" + share.movePointRight(2).stripTrailingZeros().toPlainString() + "%)";
    }
  }

  /**
   * The objective a risk threatens, with its appetite when one is set.
   *
   * @param id the objective's identifier
   * @param kind {@code strategic} or {@code operational}
   * @param appetite the greatest score accepted, if set
   */
  public record Objective(String id, String kind, OptionalInt appetite) {

    /**
     * Checks the objective: the kind is strategic or operational ({@code risk.objective}).
     *
     * @param id the identifier
     * @param kind the kind
     * @param appetite the appetite, if set
     */
    public Objective {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      if (problems.at("kind").required(kind)) {
        problems
            .at("kind")
            .check(
                kind.equals("strategic") || kind.equals("operational"),
                "risk.objective",
                "an objective is strategic or operational");
      }
      problems.at("appetite").required(appetite);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the entry: parts present; the target score not above the current ({@code risk.target}).
   *
   * @param id the identifier
   * @param title the title
   * @param objective the objective
   * @param domain the domain
   * @param owners the owners with their shares, the lead first
   * @param controls the controls
   * @param assurances the assurances
   * @param gaps the gaps
   * @param initial the initial score
   * @param current the current score
   * @param target the target score
   * @param lastReviewed the last review
   */
  public RiskEntry {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("title").required(title);
    problems.at("objective").required(objective);
    problems.at("domain").required(domain);
    if (problems.at("owners").required(owners)) {
      owners = List.copyOf(owners);
      problems.at("owners").check(!owners.isEmpty(), "required", "a risk has an owner");
      BigDecimal sum = owners.stream().map(Owner::share).reduce(BigDecimal.ZERO, BigDecimal::add);
      problems
          .at("owners")
          .check(
              owners.isEmpty() || sum.compareTo(BigDecimal.ONE) == 0,
              "risk.shares",
              "the owners' shares sum to 1, not " + sum.toPlainString());
      problems
          .at("owners")
          .check(
              owners.stream().map(o -> o.actor().organisation()).distinct().count()
                  == owners.size(),
              "risk.shares",
              "an organisation owns a share of a risk once");
    }
    controls = problems.at("controls").required(controls) ? List.copyOf(controls) : controls;
    assurances =
        problems.at("assurances").required(assurances) ? List.copyOf(assurances) : assurances;
    gaps = problems.at("gaps").required(gaps) ? List.copyOf(gaps) : gaps;
    problems.at("initial").required(initial);
    boolean scores =
        problems.at("current").required(current) & problems.at("target").required(target);
    if (scores) {
      problems
          .at("target")
          .check(
              target.score() <= current.score(),
              "risk.target",
              "the target score "
                  + target.score()
                  + " is above the current score "
                  + current.score());
    }
    problems.at("lastReviewed").required(lastReviewed);
    problems.throwIfAny();
  }

  /** {@return the lead owner, who acts on the register's findings} */
  public Actor owner() {
    return owners.get(0).actor();
  }

  /** {@return whether the risk is shared between several owners} */
  public boolean shared() {
    return owners.size() > 1;
  }
}
