package org.networkedcare.governance.reference;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.reference.Vocabulary;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.calendar.BankHolidays;

/**
 * The reference data governance decides with: core's {@link ReferenceData} plus {@code
 * responsibility-areas}, {@code severities}, {@code red-line-consequences}, {@code risk-matrix},
 * {@code psirf-responses}, {@code dispute-routes}, {@code board-questions}, {@code opel-levels},
 * {@code oversight-segments}, {@code baseline-policy}, {@code finding-severities} and the {@code
 * calendar} of bank holidays. Each is a versioned JSON file shipped in this package's resources;
 * {@link org.networkedcare.governance.json.GovernanceReferenceJson} reads them and replaces the
 * part whose {@code id} a file names. Immutable.
 */
public final class GovernanceReference {

  private final ReferenceData core;
  private final Map<String, Vocabulary> vocabularies;
  private final RiskMatrix riskMatrix;
  private final DisputeRoutes disputeRoutes;
  private final BaselinePolicy baselinePolicy;
  private final FindingSeverities findingSeverities;
  private final BankHolidays calendar;

  private GovernanceReference(
      ReferenceData core,
      Map<String, Vocabulary> vocabularies,
      RiskMatrix riskMatrix,
      DisputeRoutes disputeRoutes,
      BaselinePolicy baselinePolicy,
      FindingSeverities findingSeverities,
      BankHolidays calendar) {
    this.core = core;
    this.vocabularies = Map.copyOf(vocabularies);
    this.riskMatrix = riskMatrix;
    this.disputeRoutes = disputeRoutes;
    this.baselinePolicy = baselinePolicy;
    this.findingSeverities = findingSeverities;
    this.calendar = calendar;
  }

  /**
   * {@return reference data of these parts} Readers of the shipped files and of replacement files
   * build it; {@code org.networkedcare.governance.json.GovernanceReferenceJson} gives the defaults.
   *
   * @param core core's reference data
   * @param vocabularies the governance vocabularies, by part identifier
   * @param riskMatrix the risk matrix
   * @param disputeRoutes the dispute routes
   * @param baselinePolicy the baseline policy
   * @param findingSeverities the findings' severities
   * @param calendar the bank-holiday calendar
   */
  public static GovernanceReference of(
      ReferenceData core,
      Map<String, Vocabulary> vocabularies,
      RiskMatrix riskMatrix,
      DisputeRoutes disputeRoutes,
      BaselinePolicy baselinePolicy,
      FindingSeverities findingSeverities,
      BankHolidays calendar) {
    return new GovernanceReference(
        Objects.requireNonNull(core, "core"),
        vocabularies,
        Objects.requireNonNull(riskMatrix, "riskMatrix"),
        Objects.requireNonNull(disputeRoutes, "disputeRoutes"),
        Objects.requireNonNull(baselinePolicy, "baselinePolicy"),
        Objects.requireNonNull(findingSeverities, "findingSeverities"),
        Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * The baseline policy (reference data {@code baseline-policy}).
   *
   * @param id {@code baseline-policy}
   * @param version the data version
   * @param minimumPoints the least number of monthly points of a valid baseline, at least 12
   */
  public record BaselinePolicy(String id, String version, int minimumPoints) {

    /**
     * Checks the policy.
     *
     * @param id the identifier
     * @param version the version
     * @param minimumPoints at least 12
     */
    public BaselinePolicy {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("version").required(version);
      problems
          .at("minimumPoints")
          .check(
              minimumPoints >= 12,
              "baseline-policy.minimum",
              "a baseline has never fewer than 12 points");
      problems.throwIfAny();
    }
  }

  /**
   * The default severity of each finding code (reference data {@code finding-severities}); the
   * value {@code trigger} means the severity of the trigger concerned.
   *
   * @param id {@code finding-severities}
   * @param version the data version
   * @param severities severity by finding code
   */
  public record FindingSeverities(String id, String version, Map<String, String> severities) {

    /**
     * Checks the parts are present.
     *
     * @param id the identifier
     * @param version the version
     * @param severities severity by finding code
     */
    public FindingSeverities {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("version").required(version);
      if (problems.at("severities").required(severities)) {
        severities = Map.copyOf(severities);
      }
      problems.throwIfAny();
    }

    /**
     * {@return the severity of a finding code}
     *
     * @param code the finding code
     * @param triggerSeverity the severity of the trigger concerned, used for {@code trigger}
     */
    public String severity(String code, String triggerSeverity) {
      String s = severities.getOrDefault(code, "info");
      return s.equals("trigger") ? triggerSeverity : s;
    }
  }

  /**
   * {@return this reference data with core's parts replaced}
   *
   * @param replacement core's reference data
   */
  public GovernanceReference with(ReferenceData replacement) {
    return new GovernanceReference(
        replacement,
        vocabularies,
        riskMatrix,
        disputeRoutes,
        baselinePolicy,
        findingSeverities,
        calendar);
  }

  /**
   * {@return this reference data with another bank-holiday calendar}
   *
   * @param replacement the calendar
   */
  public GovernanceReference with(BankHolidays replacement) {
    return new GovernanceReference(
        core,
        vocabularies,
        riskMatrix,
        disputeRoutes,
        baselinePolicy,
        findingSeverities,
        replacement);
  }

  /** {@return core's reference data} */
  public ReferenceData core() {
    return core;
  }

  /**
   * {@return a vocabulary part by identifier}
   *
   * @param id such as {@code severities} or {@code responsibility-areas}
   */
  public Vocabulary vocabulary(String id) {
    Vocabulary v = vocabularies.get(id);
    if (v == null) {
      throw new IllegalArgumentException("no vocabulary '" + id + "'");
    }
    return v;
  }

  /** {@return the responsibility areas an agreement assigns} */
  public Vocabulary responsibilityAreas() {
    return vocabulary("responsibility-areas");
  }

  /** {@return the severities, most severe first} */
  public Vocabulary severities() {
    return vocabulary("severities");
  }

  /** {@return the consequences a red line may have} */
  public Vocabulary redLineConsequences() {
    return vocabulary("red-line-consequences");
  }

  /** {@return the PSIRF response types} */
  public Vocabulary psirfResponses() {
    return vocabulary("psirf-responses");
  }

  /** {@return the board's questions} */
  public Vocabulary boardQuestions() {
    return vocabulary("board-questions");
  }

  /** {@return the OPEL levels} */
  public Vocabulary opelLevels() {
    return vocabulary("opel-levels");
  }

  /** {@return the NHS Oversight Framework segments} */
  public Vocabulary oversightSegments() {
    return vocabulary("oversight-segments");
  }

  /** {@return the risk matrix} */
  public RiskMatrix riskMatrix() {
    return riskMatrix;
  }

  /** {@return the dispute routes} */
  public DisputeRoutes disputeRoutes() {
    return disputeRoutes;
  }

  /** {@return the baseline policy} */
  public BaselinePolicy baselinePolicy() {
    return baselinePolicy;
  }

  /** {@return the default severities of findings} */
  public FindingSeverities findingSeverities() {
    return findingSeverities;
  }

  /** {@return the bank-holiday calendar} */
  public BankHolidays calendar() {
    return calendar;
  }

  /**
   * {@return the rank of a severity, 0 for the most severe; unknown severities rank last}
   *
   * @param severity the severity's identifier
   */
  public int severityRank(String severity) {
    int i = severities().ids().indexOf(severity);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** {@return the version of every part, by part identifier, sorted} */
  public Map<String, String> versions() {
    Map<String, String> versions = new TreeMap<>(core.versions());
    vocabularies.forEach((id, v) -> versions.put(id, v.version()));
    versions.put("risk-matrix", riskMatrix.version());
    versions.put("dispute-routes", disputeRoutes.version());
    versions.put("baseline-policy", baselinePolicy.version());
    versions.put("finding-severities", findingSeverities.version());
    versions.put("calendar", calendar.version());
    return versions;
  }

  /** {@return the parts and their versions} */
  @Override
  public String toString() {
    return "GovernanceReference" + versions();
  }
}
