package org.networkedcare.governance.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * The item a decision is about, as a finding's subject names it: a trigger episode, a red-line
 * breach or an escalation (an agreement's trigger at a site; the episode open on the decision's
 * date), a dispute, or a risk.
 *
 * @param kind what kind of item
 * @param agreement the agreement, for trigger episodes, red lines and escalations
 * @param trigger the trigger or red line, likewise
 * @param site the site, likewise
 * @param id the dispute's or risk's identifier
 */
public record ItemRef(
    Kind kind,
    Optional<String> agreement,
    Optional<String> trigger,
    Optional<OdsCode> site,
    Optional<String> id) {

  /** The kinds of item a decision can be about. */
  public enum Kind {
    /** A trigger's episode (a plain trigger, before or after it escalated). */
    TRIGGER_EPISODE("trigger-episode"),
    /** A red line's breach. */
    RED_LINE("red-line"),
    /** A trigger's escalation (the same item as its episode, named by what the board saw). */
    ESCALATION("escalation"),
    /** A dispute. */
    DISPUTE("dispute"),
    /** A risk of the register. */
    RISK("risk");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** {@return the identifier documents use} */
    public String id() {
      return id;
    }

    /**
     * {@return whether the item is a trigger's episode (a plain trigger, a red line or an
     * escalation)}
     */
    public boolean episode() {
      return this == TRIGGER_EPISODE || this == RED_LINE || this == ESCALATION;
    }

    /** {@return the kinds by identifier} */
    public static Map<String, Kind> byId() {
      Map<String, Kind> map = new LinkedHashMap<>();
      for (Kind k : values()) {
        map.put(k.id, k);
      }
      return map;
    }
  }

  /**
   * Checks that an episode names its agreement, trigger and site and no id, and that a dispute or
   * risk names its id and nothing else ({@code decision.subject}).
   *
   * @param kind the kind
   * @param agreement the agreement, episodes only
   * @param trigger the trigger, episodes only
   * @param site the site, episodes only
   * @param id the dispute or risk, those only
   */
  public ItemRef {
    Problems problems = Problems.collector();
    boolean all =
        problems.at("kind").required(kind)
            & problems.at("agreement").required(agreement)
            & problems.at("trigger").required(trigger)
            & problems.at("site").required(site)
            & problems.at("id").required(id);
    if (all) {
      if (kind.episode()) {
        problems
            .at("agreement")
            .check(
                agreement.isPresent(),
                "decision.subject",
                "a " + kind.id() + " names its agreement");
        problems
            .at("trigger")
            .check(
                trigger.isPresent(), "decision.subject", "a " + kind.id() + " names its trigger");
        problems
            .at("site")
            .check(site.isPresent(), "decision.subject", "a " + kind.id() + " names its site");
        problems
            .at("id")
            .check(
                id.isEmpty(),
                "decision.subject",
                "a " + kind.id() + " is named by agreement, trigger and site, not by id");
      } else {
        problems
            .at("id")
            .check(id.isPresent(), "decision.subject", "a " + kind.id() + " names its id");
        problems.check(
            agreement.isEmpty() && trigger.isEmpty() && site.isEmpty(),
            "decision.subject",
            "a " + kind.id() + " is named by its id alone");
      }
    }
    problems.throwIfAny();
  }

  /**
   * {@return a trigger episode, red line or escalation}
   *
   * @param kind an episode kind
   * @param agreement the agreement
   * @param trigger the trigger
   * @param site the site
   */
  public static ItemRef episode(Kind kind, String agreement, String trigger, OdsCode site) {
    return new ItemRef(
        kind, Optional.of(agreement), Optional.of(trigger), Optional.of(site), Optional.empty());
  }

  /**
   * {@return a dispute or a risk}
   *
   * @param kind {@link Kind#DISPUTE} or {@link Kind#RISK}
   * @param id its identifier
   */
  public static ItemRef of(Kind kind, String id) {
    return new ItemRef(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(id));
  }

  /**
   * {@return whether this names the episode of a trigger at a site, whatever the episode kind}
   *
   * @param agreement the agreement
   * @param trigger the trigger
   * @param site the site
   */
  public boolean isEpisode(String agreement, String trigger, OdsCode site) {
    return kind.episode()
        && this.agreement.orElseThrow().equals(agreement)
        && this.trigger.orElseThrow().equals(trigger)
        && this.site.orElseThrow().equals(site);
  }

  /**
   * {@return whether this names a dispute or risk}
   *
   * @param kind the kind
   * @param id the identifier
   */
  public boolean is(Kind kind, String id) {
    return this.kind == kind && this.id.filter(id::equals).isPresent();
  }

  /** {@return the kind and the ids, such as {@code red-line A2/R1/RHB01}} */
  @Override
  public String toString() {
    return kind.id()
        + " "
        + (kind.episode()
            ? agreement.orElseThrow() + "/" + trigger.orElseThrow() + "/" + site.orElseThrow()
            : id.orElseThrow());
  }
}
