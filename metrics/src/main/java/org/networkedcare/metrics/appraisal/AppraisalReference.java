package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The published figures an appraisal rests on, as versioned data: discount schedules, optimism-bias
 * bounds by project type, data-quality corrections by grade, the Green Book value of a QALY and a
 * NICE threshold. Each section carries an edition tag.
 *
 * <p>{@link #defaults()} reads the resource {@code reference-data.json} next to this class. An
 * appraisal's {@code referenceData} object has the same form, every section optional, and overrides
 * the defaults entry by entry ({@link #with}). Items the method marks <em>to confirm</em> (the
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

  private static final String RESOURCE = "reference-data.json";
  private static final AppraisalReference DEFAULTS = load();

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

  /** {@return the defaults shipped with the library, read from {@code reference-data.json}} */
  public static AppraisalReference defaults() {
    return DEFAULTS;
  }

  private static AppraisalReference load() {
    try (InputStream in = AppraisalReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing");
      }
      Problems problems = Problems.collector();
      JsonNode root = Json.parse(in.readAllBytes());
      Optional<AppraisalReference> data =
          JsonValue.root(root, problems).object(o -> read(o, Optional.empty()));
      problems.throwIfAny();
      return data.orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * {@return these data with the entries of an override document replacing or adding to them}
   * Schedules, project types and grades are replaced by name; the QALY value and NICE threshold as
   * a whole.
   *
   * @param overrides a reader for an object of the same form as {@code reference-data.json}, every
   *     section optional
   */
  public Optional<AppraisalReference> with(JsonValue overrides) {
    return overrides.object(o -> read(o, Optional.of(this)));
  }

  private static Optional<AppraisalReference> read(
      JsonObject object, Optional<AppraisalReference> base) {
    boolean full = base.isEmpty();
    Optional<String> edition =
        full
            ? object.required("edition", JsonValue::nonBlankText)
            : object.optional("edition", JsonValue::nonBlankText);
    object.optional("notes", JsonValue::text);
    Map<String, DiscountSchedule> schedules =
        new LinkedHashMap<>(base.map(b -> b.schedules).orElse(Map.of()));
    object
        .optional("discountSchedules", v -> v.map(DiscountSchedule::fromJson))
        .ifPresent(schedules::putAll);
    Map<String, Bounds> types = new LinkedHashMap<>(base.map(b -> b.projectTypes).orElse(Map.of()));
    String[] obEdition = {base.map(b -> b.optimismBiasEdition).orElse("")};
    object.optional(
        "optimismBias",
        v ->
            v.object(
                o -> {
                  o.optional("edition", JsonValue::text).ifPresent(e -> obEdition[0] = e);
                  o.optional("source", JsonValue::text);
                  o.optional(
                          "projectTypes",
                          p -> p.map((name, b) -> b.object(AppraisalReference::readBounds)))
                      .ifPresent(types::putAll);
                  return Optional.of(true);
                }));
    Map<Integer, Correction> grades = new LinkedHashMap<>(base.map(b -> b.grades).orElse(Map.of()));
    String[] dqEdition = {base.map(b -> b.dataQualityEdition).orElse("")};
    object.optional(
        "dataQuality",
        v ->
            v.object(
                o -> {
                  o.optional("edition", JsonValue::text).ifPresent(e -> dqEdition[0] = e);
                  o.optional("source", JsonValue::text);
                  o.optional("toConfirm", JsonValue::bool);
                  o.optional(
                          "grades",
                          g ->
                              g.map(
                                  (name, c) -> {
                                    if (!name.matches("[1-5]")) {
                                      c.problems()
                                          .add("range", "data-quality grades are \"1\" to \"5\"");
                                      return Optional.empty();
                                    }
                                    return c.object(AppraisalReference::readCorrection);
                                  }))
                      .ifPresent(m -> m.forEach((k, c) -> grades.put(Integer.parseInt(k), c)));
                  return Optional.of(true);
                }));
    Optional<QalyValue> qaly = object.optional("qalyValue", v -> v.object(o -> readQaly(o, true)));
    Optional<QalyValue> nice =
        object.optional("niceThreshold", v -> v.object(o -> readQaly(o, false)));
    if (full && (qaly.isEmpty() || nice.isEmpty() || edition.isEmpty())) {
      object.problems().add("required", "the reference data are incomplete");
      return Optional.empty();
    }
    return object.build(
        () ->
            new AppraisalReference(
                edition.orElseGet(() -> base.orElseThrow().edition + "+overrides"),
                schedules,
                obEdition[0],
                types,
                dqEdition[0],
                grades,
                qaly.orElseGet(() -> base.orElseThrow().qalyValue),
                nice.orElseGet(() -> base.orElseThrow().niceThreshold)));
  }

  private static Optional<Bounds> readBounds(JsonObject object) {
    Optional<BigDecimal> upper = object.required("upper", JsonValue::decimal);
    Optional<BigDecimal> lower = object.required("lower", JsonValue::decimal);
    if (upper.isEmpty() || lower.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Bounds(upper.get(), lower.get()));
  }

  private static Optional<Correction> readCorrection(JsonObject object) {
    Optional<BigDecimal> cost = object.required("cost", JsonValue::decimal);
    Optional<BigDecimal> benefit = object.required("benefit", JsonValue::decimal);
    String description = object.optional("description", JsonValue::text).orElse("");
    if (cost.isEmpty() || benefit.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Correction(cost.get(), benefit.get(), description));
  }

  private static Optional<QalyValue> readQaly(JsonObject object, boolean priced) {
    Optional<BigDecimal> amount = object.required("amount", JsonValue::decimal);
    Optional<String> priceYear =
        priced ? object.required("priceYear", JsonValue::nonBlankText) : Optional.empty();
    String edition = object.optional("edition", JsonValue::text).orElse("");
    object.optional("source", JsonValue::text);
    boolean toConfirm = object.optional("toConfirm", JsonValue::bool).orElse(false);
    if (amount.isEmpty() || (priced && priceYear.isEmpty())) {
      return Optional.empty();
    }
    return object.build(() -> new QalyValue(amount.get(), priceYear, edition, toConfirm));
  }

  /** {@return these data as JSON, in the form {@code reference-data.json} has} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("edition", edition);
    ObjectNode s = node.putObject("discountSchedules");
    schedules().forEach((name, schedule) -> s.set(name, schedule.toJson()));
    ObjectNode ob = node.putObject("optimismBias");
    ob.put("edition", optimismBiasEdition);
    ObjectNode types = ob.putObject("projectTypes");
    projectTypes()
        .forEach(
            (name, b) -> types.putObject(name).put("upper", b.upper()).put("lower", b.lower()));
    ObjectNode dq = node.putObject("dataQuality");
    dq.put("edition", dataQualityEdition);
    ObjectNode g = dq.putObject("grades");
    new TreeMap<>(grades)
        .forEach(
            (grade, c) ->
                g.putObject(Integer.toString(grade))
                    .put("cost", c.cost())
                    .put("benefit", c.benefit())
                    .put("description", c.description()));
    ObjectNode q = node.putObject("qalyValue");
    q.put("edition", qalyValue.edition())
        .put("toConfirm", qalyValue.toConfirm())
        .put("amount", qalyValue.amount());
    qalyValue.priceYear().ifPresent(y -> q.put("priceYear", y));
    node.putObject("niceThreshold")
        .put("edition", niceThreshold.edition())
        .put("toConfirm", niceThreshold.toConfirm())
        .put("amount", niceThreshold.amount());
    return node;
  }

  /** {@return the edition tag and the names of the schedules} */
  @Override
  public String toString() {
    return "AppraisalReference " + edition + " " + schedules().keySet();
  }
}
