package org.networkedcare.governance.assurance;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stable codes of the engine's findings (spec section 10), each with the identifier findings
 * carry and the reference data {@code finding-severities} maps to a severity. A new rule family
 * adds its codes here.
 */
enum FindingCode {
  /** A red line fired and its episode is open. */
  RED_LINE_BREACHED("red-line-breached"),
  /**
   * A trigger's escalation is open at the level it opened at, on or before that level's due date.
   */
  TRIGGER_FIRED("trigger-fired"),
  /** An escalation is past the due date of the level it opened at. */
  ESCALATION_OVERDUE("escalation-overdue"),
  /** A historic agreement's KPI has no baseline ending before the start. */
  KPI_BASELINE_MISSING("kpi-baseline-missing"),
  /** A historic agreement's KPI has only baselines captured after the start. */
  KPI_BASELINE_LATE("kpi-baseline-late"),
  /** A historic agreement's KPI has only baselines with too few points. */
  KPI_BASELINE_SHORT("kpi-baseline-short"),
  /** An agreement's next review is within the warning window. */
  AGREEMENT_REVIEW_DUE("agreement-review-due"),
  /** An agreement's next review date has passed. */
  AGREEMENT_REVIEW_OVERDUE("agreement-review-overdue"),
  /** An agreement's notice window has opened. */
  AGREEMENT_NOTICE_WINDOW("agreement-notice-window"),
  /** An agreement has ended. */
  AGREEMENT_EXPIRED("agreement-expired"),
  /** An agreement between two health service bodies is recorded as an enforceable contract. */
  LEGAL_CHARACTER_UNUSUAL("legal-character-unusual"),
  /** A watched series lacks observations that are available by the date. */
  DATA_GAP("data-gap"),
  /** A risk's review is overdue for its band. */
  RISK_REVIEW_OVERDUE("risk-review-overdue"),
  /** A risk scores above its objective's appetite. */
  RISK_ABOVE_APPETITE("risk-above-appetite"),
  /** An incident's learning action is past its due date and not done. */
  INCIDENT_ACTION_OVERDUE("incident-action-overdue"),
  /** A dispute's current stage has passed its limit. */
  DISPUTE_STAGE_OVERDUE("dispute-stage-overdue"),
  /** A dispute under a memorandum has exhausted its route. */
  DISPUTE_UNRESOLVABLE("dispute-unresolvable"),
  /** Shared equipment's calibration falls due within the warning window. */
  EQUIPMENT_CALIBRATION_DUE("equipment-calibration-due"),
  /** Shared equipment's calibration was due before the date. */
  EQUIPMENT_CALIBRATION_OVERDUE("equipment-calibration-overdue"),
  /**
   * A red line's consequence was not decided by its deadline (the due date of the route's last
   * level).
   */
  DECISION_OVERDUE("decision-overdue"),
  /** A decision's action is past its due date and not done. */
  ACTION_OVERDUE("action-overdue"),
  /** A decision's action was done after its due date. */
  ACTION_DONE_LATE("action-done-late"),
  /** A decision about a trigger episode that has no open item on the decision's date. */
  DECISION_UNMATCHED("decision-unmatched"),
  /** A waiver's last day has passed: the rule it lifted applies again. */
  WAIVER_EXPIRED("waiver-expired"),
  /**
   * A KPI's baseline rule is lifted by a waiver in force: the agreement is accepted on that
   * exception.
   */
  KPI_BASELINE_WAIVED("kpi-baseline-waived"),
  /** A post has been vacant for longer than its limit. */
  POST_VACANCY_OVERDUE("post-vacancy-overdue"),
  /**
   * A body's membership on the date has no holder for a constituency its terms of reference ask
   * for.
   */
  CONSTITUENCY_UNREPRESENTED("constituency-unrepresented"),
  /** A body has not met within its meeting frequency. */
  BODY_MEETING_OVERDUE("body-meeting-overdue"),
  /** A body's latest meeting was inquorate. */
  BODY_INQUORATE("body-inquorate"),
  /** A recommendation was not adopted at a site by its timeframe. */
  GUIDANCE_ADOPTION_OVERDUE("guidance-adoption-overdue"),
  /** A site did not acknowledge a learning item by its date. */
  LEARNING_ACKNOWLEDGEMENT_OVERDUE("learning-acknowledgement-overdue"),
  /** Training is past its due date. */
  TRAINING_OVERDUE("training-overdue"),
  /** An audit is past its due date. */
  AUDIT_OVERDUE("audit-overdue"),
  /**
   * A decision taken by a body its terms of reference do not empower to take it, or at an inquorate
   * meeting.
   */
  DECISION_NOT_EMPOWERED("decision-not-empowered"),
  /** The purpose has versions, and none is in force on the date (the first starts later). */
  STRATEGY_MISSING("strategy-missing"),
  /** The version of the purpose in force is past its review date. */
  STRATEGY_REVIEW_LAPSED("strategy-review-lapsed"),
  /** An objective of the version in force has no measure linked to it. */
  OBJECTIVE_UNMEASURED("objective-unmeasured"),
  /**
   * A measure linked to an objective of the version in force is in concern at a site: special cause
   * concern, off its KPI, or an open trigger episode.
   */
  OBJECTIVE_OFF_TRACK("objective-off-track");

  private static final Map<String, FindingCode> BY_ID =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(FindingCode::id, Function.identity()));

  private final String id;

  FindingCode(String id) {
    this.id = id;
  }

  /** {@return the code as findings carry it} */
  String id() {
    return id;
  }

  /**
   * {@return whether the finding is about an obligation past its date}: its code ends in {@code
   * -overdue} (the {@code governance} verdict's rule, section 8)
   */
  boolean overdue() {
    return id.endsWith("-overdue");
  }

  /**
   * {@return whether the finding is a body's gap that is not a date: a constituency unrepresented
   * or a meeting inquorate}
   */
  boolean structureGap() {
    return this == CONSTITUENCY_UNREPRESENTED
        || this == BODY_INQUORATE
        || this == DECISION_NOT_EMPOWERED;
  }

  /** {@return whether the finding is about the network's purpose (the strategy question)} */
  boolean purpose() {
    return this == STRATEGY_MISSING
        || this == STRATEGY_REVIEW_LAPSED
        || this == OBJECTIVE_UNMEASURED
        || this == OBJECTIVE_OFF_TRACK;
  }

  /** {@return whether the finding is about a KPI's baseline} */
  boolean kpiBaseline() {
    return this == KPI_BASELINE_MISSING || this == KPI_BASELINE_LATE || this == KPI_BASELINE_SHORT;
  }

  /**
   * {@return the code of a KPI baseline that is not valid}
   *
   * @param state the baseline's state, not {@link BaselineStatus.State#VALID}
   */
  static FindingCode kpiBaseline(BaselineStatus.State state) {
    return switch (state) {
      case MISSING -> KPI_BASELINE_MISSING;
      case LATE -> KPI_BASELINE_LATE;
      case SHORT -> KPI_BASELINE_SHORT;
      case VALID -> throw new IllegalArgumentException("a valid baseline gives no finding");
    };
  }

  /**
   * {@return the code a finding carries}
   *
   * @param id the identifier, one of the engine's
   * @throws IllegalArgumentException for an identifier the engine does not give
   */
  static FindingCode of(String id) {
    FindingCode code = BY_ID.get(id);
    if (code == null) {
      throw new IllegalArgumentException("no finding code '" + id + "'");
    }
    return code;
  }
}
