package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The published figures an appraisal rests on, as versioned data: discount schedules, optimism-bias
 * bounds by project type, data-quality corrections by grade, the Green Book value of a QALY and a
 * NICE threshold. Each section carries an edition tag.
 *
 * <p>{@link #defaults()} are the published figures, the same as the resource {@code
 * reference-data.json} next to this class holds as data with their sources (a test keeps the two
 * equal). An appraisal's {@code referenceData} object has that form, every section optional, and
 * overrides the defaults entry by entry ({@code AppraisalJson} in {@code
 * org.networkedcare.metrics.json} reads both). Items the method marks <em>to confirm</em> (the
 * health and reduced schedules, the data-quality corrections, the QALY value, the NICE threshold)
 * are named defaults with {@code "toConfirm": true}: check them against the 2026 Green Book and
 * override them when they differ.
 */
public final class AppraisalReference {

  /**
   * Optimism-bias bounds for a project type, as decimals ({@code 0.24} is 24%).
   *
   * @param upper the upper bound: the uplift before any mitigation
   * @param lower the lower bound: the uplift when every risk is mitigated
   */
  public record Bounds(BigDecimal upper, BigDecimal lower) {

    /**
     * Checks the bounds: both present, from 0, and the lower not above the upper.
     *
     * @param upper the upper bound
     * @param lower the lower bound
     */
    public Bounds {
      Problems problems = Problems.collector();
      boolean both = problems.at("upper").required(upper) & problems.at("lower").required(lower);
      if (both) {
        problems.at("upper").check(upper.signum() >= 0, "range", "an uplift is not negative");
        problems
            .at("lower")
            .check(
                lower.signum() >= 0 && lower.compareTo(upper) <= 0,
                "range",
                "the lower bound is from 0 and not above the upper bound");
      }
      problems.throwIfAny();
    }
  }

  /**
   * The correction for one data-quality grade, as decimals: costs are raised by {@code cost},
   * benefits lowered by {@code benefit}.
   *
   * @param cost the upward correction of costs, such as {@code 0.05}
   * @param benefit the downward correction of benefits, such as {@code 0.10}
   * @param description what the grade means
   */
  public record Correction(BigDecimal cost, BigDecimal benefit, String description) {

    /**
     * Checks the correction: both in [0, 1].
     *
     * @param cost the upward correction of costs
     * @param benefit the downward correction of benefits
     * @param description what the grade means
     */
    public Correction {
      Problems problems = Problems.collector();
      if (problems.at("cost").required(cost)) {
        problems
            .at("cost")
            .check(
                cost.signum() >= 0 && cost.compareTo(BigDecimal.ONE) <= 0,
                "range",
                "a correction is a decimal in [0, 1]");
      }
      if (problems.at("benefit").required(benefit)) {
        problems
            .at("benefit")
            .check(
                benefit.signum() >= 0 && benefit.compareTo(BigDecimal.ONE) <= 0,
                "range",
                "a correction is a decimal in [0, 1]");
      }
      problems.at("description").required(description);
      problems.throwIfAny();
    }
  }

  /**
   * A money value per QALY with the edition it comes from.
   *
   * @param amount pounds per QALY
   * @param priceYear the financial year whose prices the amount is in, such as {@code 2020/21}, or
   *     empty when it is applied as it stands (a threshold)
   * @param edition the edition of the guidance
   * @param toConfirm whether it is still to be confirmed
   */
  public record QalyValue(
      BigDecimal amount, Optional<String> priceYear, String edition, boolean toConfirm) {

    /**
     * Checks the value: a positive amount and an edition.
     *
     * @param amount pounds per QALY
     * @param priceYear the financial year of its prices, if any
     * @param edition the edition of the guidance
     * @param toConfirm whether it is still to be confirmed
     */
    public QalyValue {
      Problems problems = Problems.collector();
      if (problems.at("amount").required(amount)) {
        problems.at("amount").check(amount.signum() > 0, "range", "a value per QALY is positive");
      }
      problems.at("priceYear").required(priceYear);
      problems.at("edition").required(edition);
      problems.throwIfAny();
    }
  }

  private static final AppraisalReference DEFAULTS = published();

  private final String edition;
  private final Map<String, DiscountSchedule> schedules;
  private final String optimismBiasEdition;
  private final Map<String, Bounds> projectTypes;
  private final String dataQualityEdition;
  private final Map<Integer, Correction> grades;
  private final QalyValue qalyValue;
  private final QalyValue niceThreshold;

  /**
   * Creates reference data from its parts.
   *
   * @param edition the edition tag of the whole set
   * @param schedules discount schedules by name
   * @param optimismBiasEdition the edition of the optimism-bias bounds
   * @param projectTypes optimism-bias bounds by project type
   * @param dataQualityEdition the edition of the data-quality corrections
   * @param grades the correction for each data-quality grade 1 to 5
   * @param qalyValue the Green Book social value of a QALY
   * @param niceThreshold the NICE threshold used for the cost-effectiveness view
   * @throws ValidationException if a grade from 1 to 5 is missing or another is present
   */
  public AppraisalReference(
      String edition,
      Map<String, DiscountSchedule> schedules,
      String optimismBiasEdition,
      Map<String, Bounds> projectTypes,
      String dataQualityEdition,
      Map<Integer, Correction> grades,
      QalyValue qalyValue,
      QalyValue niceThreshold) {
    Problems problems = Problems.collector();
    problems.at("edition").required(edition);
    problems.at("discountSchedules").required(schedules);
    problems.at("optimismBias").required(projectTypes);
    problems.at("qalyValue").required(qalyValue);
    problems.at("niceThreshold").required(niceThreshold);
    if (problems.at("dataQuality").at("grades").required(grades)) {
      for (int grade = 1; grade <= 5; grade++) {
        problems
            .at("dataQuality")
            .at("grades")
            .at(Integer.toString(grade))
            .check(grades.containsKey(grade), "required", "grade " + grade + " needs a correction");
      }
      for (Integer grade : grades.keySet()) {
        problems
            .at("dataQuality")
            .at("grades")
            .at(Integer.toString(grade))
            .check(grade >= 1 && grade <= 5, "range", "data-quality grades run from 1 to 5");
      }
    }
    problems.throwIfAny();
    this.edition = edition;
    this.schedules = Map.copyOf(schedules);
    this.optimismBiasEdition = optimismBiasEdition == null ? "" : optimismBiasEdition;
    this.projectTypes = Map.copyOf(projectTypes);
    this.dataQualityEdition = dataQualityEdition == null ? "" : dataQualityEdition;
    this.grades = Map.copyOf(grades);
    this.qalyValue = qalyValue;
    this.niceThreshold = niceThreshold;
  }

  /**
   * {@return the defaults shipped with the library: the Green Book 2022 discount schedules and the
   * NICE reference case, the optimism-bias bounds of Mott MacDonald (2002), the data-quality
   * corrections of the 2014 local partnerships guidance, the Green Book value of a QALY and the
   * NICE threshold, as {@code reference-data.json} gives them with their sources}
   */
  public static AppraisalReference defaults() {
    return DEFAULTS;
  }

  private static AppraisalReference published() {
    Map<String, DiscountSchedule> schedules = new LinkedHashMap<>();
    schedules.put(
        "standard",
        new DiscountSchedule(
            "standard",
            "green-book-2022",
            "Social time preference rate, real: 3.5% for years 0-30 then declining",
            "HM Treasury, The Green Book (2022), Table 8 / annex A6",
            false,
            List.of(
                new DiscountSchedule.Band(0, new BigDecimal("0.035")),
                new DiscountSchedule.Band(31, new BigDecimal("0.03")),
                new DiscountSchedule.Band(76, new BigDecimal("0.025")),
                new DiscountSchedule.Band(126, new BigDecimal("0.02")),
                new DiscountSchedule.Band(201, new BigDecimal("0.015")),
                new DiscountSchedule.Band(301, new BigDecimal("0.01")))));
    schedules.put(
        "health",
        new DiscountSchedule(
            "health",
            "green-book-2022",
            "Health effects: the standard rate less the wealth effect",
            "HM Treasury, The Green Book (2022), annex A6",
            true,
            List.of(
                new DiscountSchedule.Band(0, new BigDecimal("0.015")),
                new DiscountSchedule.Band(31, new BigDecimal("0.0129")),
                new DiscountSchedule.Band(76, new BigDecimal("0.0107")),
                new DiscountSchedule.Band(126, new BigDecimal("0.0086")),
                new DiscountSchedule.Band(201, new BigDecimal("0.0064")),
                new DiscountSchedule.Band(301, new BigDecimal("0.0043")))));
    schedules.put(
        "reduced",
        new DiscountSchedule(
            "reduced",
            "green-book-2022",
            "Reduced schedule for special cases (pure time preference removed)",
            "HM Treasury, The Green Book (2022), annex A6",
            true,
            List.of(
                new DiscountSchedule.Band(0, new BigDecimal("0.03")),
                new DiscountSchedule.Band(31, new BigDecimal("0.0257")),
                new DiscountSchedule.Band(76, new BigDecimal("0.0214")),
                new DiscountSchedule.Band(126, new BigDecimal("0.0171")),
                new DiscountSchedule.Band(201, new BigDecimal("0.0129")),
                new DiscountSchedule.Band(301, new BigDecimal("0.0086")))));
    schedules.put(
        "reduced-health",
        new DiscountSchedule(
            "reduced-health",
            "green-book-2022",
            "Health analogue of the reduced schedule",
            "HM Treasury, The Green Book (2022), annex A6",
            true,
            List.of(
                new DiscountSchedule.Band(0, new BigDecimal("0.01")),
                new DiscountSchedule.Band(31, new BigDecimal("0.0086")),
                new DiscountSchedule.Band(76, new BigDecimal("0.0071")),
                new DiscountSchedule.Band(126, new BigDecimal("0.0057")),
                new DiscountSchedule.Band(201, new BigDecimal("0.0043")),
                new DiscountSchedule.Band(301, new BigDecimal("0.0029")))));
    schedules.put(
        "nice",
        new DiscountSchedule(
            "nice",
            "nice-pmg36-2022",
            "NICE reference case: flat 3.5% for costs and health effects",
            "NICE, Health technology evaluations: the manual (PMG36), 4.5",
            false,
            List.of(new DiscountSchedule.Band(0, new BigDecimal("0.035")))));
    schedules.put(
        "nice-health",
        new DiscountSchedule(
            "nice-health",
            "nice-pmg36-2022",
            "NICE: flat 1.5% for health effects in the narrow cases the manual allows",
            "NICE, Health technology evaluations: the manual (PMG36), 4.5",
            false,
            List.of(new DiscountSchedule.Band(0, new BigDecimal("0.015")))));
    Map<String, Bounds> projectTypes = new LinkedHashMap<>();
    projectTypes.put(
        "standard-buildings", new Bounds(new BigDecimal("0.24"), new BigDecimal("0.02")));
    projectTypes.put(
        "non-standard-buildings", new Bounds(new BigDecimal("0.51"), new BigDecimal("0.04")));
    projectTypes.put(
        "standard-civil-engineering", new Bounds(new BigDecimal("0.44"), new BigDecimal("0.03")));
    projectTypes.put(
        "non-standard-civil-engineering",
        new Bounds(new BigDecimal("0.66"), new BigDecimal("0.06")));
    projectTypes.put(
        "equipment-development", new Bounds(new BigDecimal("2.00"), new BigDecimal("0.10")));
    projectTypes.put("outsourcing", new Bounds(new BigDecimal("0.41"), BigDecimal.ZERO));
    Map<Integer, Correction> grades = new LinkedHashMap<>();
    grades.put(
        1,
        new Correction(BigDecimal.ZERO, BigDecimal.ZERO, "independently audited, recent, local"));
    grades.put(
        2,
        new Correction(
            new BigDecimal("0.05"),
            new BigDecimal("0.10"),
            "from a reputable source, not independently audited"));
    grades.put(
        3,
        new Correction(
            new BigDecimal("0.10"),
            new BigDecimal("0.20"),
            "older, or from another area, or partial"));
    grades.put(
        4,
        new Correction(
            new BigDecimal("0.15"),
            new BigDecimal("0.30"),
            "indicative, drawn from weak evidence"));
    grades.put(
        5, new Correction(new BigDecimal("0.25"), new BigDecimal("0.40"), "expert judgement"));
    return new AppraisalReference(
        "2022-green-book+2014-local-partnerships+pmg36",
        schedules,
        "mott-macdonald-2002",
        projectTypes,
        "local-partnerships-2014",
        grades,
        new QalyValue(new BigDecimal("70000"), Optional.of("2020/21"), "green-book-2022", true),
        new QalyValue(new BigDecimal("20000"), Optional.empty(), "nice-pmg36-2022", true));
  }

  /** {@return the edition tag of the whole set} */
  public String edition() {
    return edition;
  }

  /**
   * {@return a discount schedule by name, if there is one}
   *
   * @param name the name, such as {@code standard}
   */
  public Optional<DiscountSchedule> schedule(String name) {
    return Optional.ofNullable(schedules.get(name));
  }

  /** {@return the discount schedules by name, in name order} */
  public Map<String, DiscountSchedule> schedules() {
    return new TreeMap<>(schedules);
  }

  /** {@return the optimism-bias bounds by project type, in name order} */
  public Map<String, Bounds> projectTypes() {
    return new TreeMap<>(projectTypes);
  }

  /** {@return the edition of the optimism-bias bounds} */
  public String optimismBiasEdition() {
    return optimismBiasEdition;
  }

  /** {@return the edition of the data-quality corrections} */
  public String dataQualityEdition() {
    return dataQualityEdition;
  }

  /**
   * {@return the correction of a data-quality grade}
   *
   * @param grade the grade, 1 (independently audited, recent, local) to 5 (expert judgement)
   * @throws IllegalArgumentException if the grade is not 1 to 5
   */
  public Correction correction(int grade) {
    Correction correction = grades.get(grade);
    if (correction == null) {
      throw new IllegalArgumentException("data-quality grades run from 1 to 5, not " + grade);
    }
    return correction;
  }

  /** {@return the Green Book social value of a QALY, with its price year} */
  public QalyValue qalyValue() {
    return qalyValue;
  }

  /** {@return the NICE threshold used for the cost-effectiveness view, per QALY} */
  public QalyValue niceThreshold() {
    return niceThreshold;
  }

  /** {@return the edition tag and the names of the schedules} */
  @Override
  public String toString() {
    return "AppraisalReference " + edition + " " + schedules().keySet();
  }
}
