package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.metrics.appraisal.AppraisalReference;
import org.networkedcare.metrics.appraisal.AppraisalReference.Bounds;
import org.networkedcare.metrics.appraisal.AppraisalReference.Correction;
import org.networkedcare.metrics.appraisal.AppraisalReference.QalyValue;
import org.networkedcare.metrics.appraisal.DiscountSchedule;
import org.networkedcare.metrics.appraisal.DiscountSchedule.Band;

/**
 * The JSON form of an appraisal's reference data ({@link AppraisalReference}): the whole set, as
 * {@code reference-data.json} has it, or an appraisal's {@code referenceData} object, every section
 * optional, overriding a base entry by entry. Stateless and thread-safe.
 */
final class AppraisalReferenceJson {
  private AppraisalReferenceJson() {}

  /**
   * Reads the whole set ({@code base} empty) or overrides of {@code base}: schedules, project types
   * and grades replace the base's by name; the QALY value and NICE threshold replace it whole.
   */
  static Optional<AppraisalReference> read(JsonObject object, Optional<AppraisalReference> base) {
    boolean full = base.isEmpty();
    Optional<String> edition =
        full
            ? object.required("edition", JsonValue::nonBlankText)
            : object.optional("edition", JsonValue::nonBlankText);
    object.optional("notes", JsonValue::text);
    Map<String, DiscountSchedule> schedules =
        new LinkedHashMap<>(base.map(AppraisalReference::schedules).orElse(Map.of()));
    object
        .optional("discountSchedules", v -> v.map(AppraisalReferenceJson::schedule))
        .ifPresent(schedules::putAll);
    Map<String, Bounds> types =
        new LinkedHashMap<>(base.map(AppraisalReference::projectTypes).orElse(Map.of()));
    String[] obEdition = {base.map(AppraisalReference::optimismBiasEdition).orElse("")};
    object.optional(
        "optimismBias",
        v ->
            v.object(
                o -> {
                  o.optional("edition", JsonValue::text).ifPresent(e -> obEdition[0] = e);
                  o.optional("source", JsonValue::text);
                  o.optional(
                          "projectTypes",
                          p -> p.map((name, b) -> b.object(AppraisalReferenceJson::bounds)))
                      .ifPresent(types::putAll);
                  return Optional.of(true);
                }));
    Map<Integer, Correction> grades = new LinkedHashMap<>();
    base.ifPresent(b -> grades.putAll(grades(b)));
    String[] dqEdition = {base.map(AppraisalReference::dataQualityEdition).orElse("")};
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
                                    return c.object(AppraisalReferenceJson::correction);
                                  }))
                      .ifPresent(m -> m.forEach((k, c) -> grades.put(Integer.parseInt(k), c)));
                  return Optional.of(true);
                }));
    Optional<QalyValue> qaly = object.optional("qalyValue", v -> v.object(o -> qaly(o, true)));
    Optional<QalyValue> nice = object.optional("niceThreshold", v -> v.object(o -> qaly(o, false)));
    if (full && (qaly.isEmpty() || nice.isEmpty() || edition.isEmpty())) {
      object.problems().add("required", "the reference data are incomplete");
      return Optional.empty();
    }
    return object.build(
        () ->
            new AppraisalReference(
                edition.orElseGet(() -> base.orElseThrow().edition() + "+overrides"),
                schedules,
                obEdition[0],
                types,
                dqEdition[0],
                grades,
                qaly.orElseGet(() -> base.orElseThrow().qalyValue()),
                nice.orElseGet(() -> base.orElseThrow().niceThreshold())));
  }

  /** The corrections of grades 1 to 5, which every set of reference data has. */
  private static Map<Integer, Correction> grades(AppraisalReference reference) {
    Map<Integer, Correction> grades = new LinkedHashMap<>();
    for (int grade = 1; grade <= 5; grade++) {
      grades.put(grade, reference.correction(grade));
    }
    return grades;
  }

  private static Optional<DiscountSchedule> schedule(String name, JsonValue value) {
    return value.object(
        object -> {
          Optional<String> edition = object.required("edition", JsonValue::nonBlankText);
          String description = object.optional("description", JsonValue::text).orElse("");
          String source = object.optional("source", JsonValue::text).orElse("");
          boolean toConfirm = object.optional("toConfirm", JsonValue::bool).orElse(false);
          List<Band> bands = object.list("bands", v -> v.object(AppraisalReferenceJson::band));
          if (!object.has("bands")) {
            object.problems().at("bands").add("required", "the field 'bands' is required");
          }
          if (edition.isEmpty()) {
            return Optional.empty();
          }
          return object.build(
              () ->
                  new DiscountSchedule(name, edition.get(), description, source, toConfirm, bands));
        });
  }

  private static Optional<Band> band(JsonObject object) {
    Optional<Integer> from = object.required("fromYear", JsonValue::integer);
    Optional<BigDecimal> rate = object.required("rate", JsonValue::decimal);
    if (from.isEmpty() || rate.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Band(from.get(), rate.get()));
  }

  private static Optional<Bounds> bounds(JsonObject object) {
    Optional<BigDecimal> upper = object.required("upper", JsonValue::decimal);
    Optional<BigDecimal> lower = object.required("lower", JsonValue::decimal);
    if (upper.isEmpty() || lower.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Bounds(upper.get(), lower.get()));
  }

  private static Optional<Correction> correction(JsonObject object) {
    Optional<BigDecimal> cost = object.required("cost", JsonValue::decimal);
    Optional<BigDecimal> benefit = object.required("benefit", JsonValue::decimal);
    String description = object.optional("description", JsonValue::text).orElse("");
    if (cost.isEmpty() || benefit.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Correction(cost.get(), benefit.get(), description));
  }

  private static Optional<QalyValue> qaly(JsonObject object, boolean priced) {
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

  /** The whole set, in the form {@code reference-data.json} has. */
  static JsonNode write(AppraisalReference reference) {
    ObjectNode node = Json.object();
    node.put("edition", reference.edition());
    ObjectNode s = node.putObject("discountSchedules");
    reference.schedules().forEach((name, schedule) -> s.set(name, write(schedule)));
    ObjectNode ob = node.putObject("optimismBias");
    ob.put("edition", reference.optimismBiasEdition());
    ObjectNode types = ob.putObject("projectTypes");
    reference
        .projectTypes()
        .forEach(
            (name, b) -> types.putObject(name).put("upper", b.upper()).put("lower", b.lower()));
    ObjectNode dq = node.putObject("dataQuality");
    dq.put("edition", reference.dataQualityEdition());
    ObjectNode g = dq.putObject("grades");
    grades(reference)
        .forEach(
            (grade, c) ->
                g.putObject(Integer.toString(grade))
                    .put("cost", c.cost())
                    .put("benefit", c.benefit())
                    .put("description", c.description()));
    QalyValue qaly = reference.qalyValue();
    ObjectNode q = node.putObject("qalyValue");
    q.put("edition", qaly.edition())
        .put("toConfirm", qaly.toConfirm())
        .put("amount", qaly.amount());
    qaly.priceYear().ifPresent(y -> q.put("priceYear", y));
    QalyValue nice = reference.niceThreshold();
    node.putObject("niceThreshold")
        .put("edition", nice.edition())
        .put("toConfirm", nice.toConfirm())
        .put("amount", nice.amount());
    return node;
  }

  private static JsonNode write(DiscountSchedule schedule) {
    ObjectNode node = Json.object();
    node.put("edition", schedule.edition());
    node.put("description", schedule.description());
    node.put("source", schedule.source());
    node.put("toConfirm", schedule.toConfirm());
    ArrayNode array = node.putArray("bands");
    for (Band band : schedule.bands()) {
      array.addObject().put("fromYear", band.fromYear()).put("rate", band.rate());
    }
    return node;
  }
}
