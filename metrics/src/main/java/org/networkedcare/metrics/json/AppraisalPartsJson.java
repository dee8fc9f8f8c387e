package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.metrics.appraisal.Additionality;
import org.networkedcare.metrics.appraisal.Category;
import org.networkedcare.metrics.appraisal.Derivation;
import org.networkedcare.metrics.appraisal.Line;
import org.networkedcare.metrics.appraisal.LineType;
import org.networkedcare.metrics.appraisal.OptimismBias;
import org.networkedcare.metrics.appraisal.Option;
import org.networkedcare.metrics.appraisal.Parameter;
import org.networkedcare.metrics.appraisal.Party;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.Scenario;
import org.networkedcare.metrics.appraisal.Trajectory;
import org.networkedcare.metrics.appraisal.ValueType;
import org.networkedcare.metrics.uncertainty.Distribution;

/**
 * The JSON form of an appraisal's options and what they are made of: quantities, trajectories,
 * lines with their adjustments, parameters, parties and scenarios, in the form {@code
 * docs/appraisal.md} describes. Each reader reports every problem at its JSON pointer; each writer
 * gives the form its reader reads. Stateless and thread-safe.
 */
final class AppraisalPartsJson {
  private AppraisalPartsJson() {}

  /** A number is fixed; a non-blank string names a parameter. */
  static Optional<Quantity> quantity(JsonValue value) {
    if (value.node().isTextual()) {
      return value.nonBlankText().map(Quantity.Named::new);
    }
    if (!value.node().isNumber()) {
      value.problems().add("type", "a number, or a string naming a parameter, is required");
      return Optional.empty();
    }
    return value.decimal().map(Quantity.Fixed::new);
  }

  static JsonNode write(Quantity quantity) {
    if (quantity instanceof Quantity.Fixed f) {
      return DecimalNode.valueOf(f.value());
    }
    return TextNode.valueOf(((Quantity.Named) quantity).parameter());
  }

  /**
   * {@code "unchanged"}, {@code {"constant": q}}, {@code {"target": q, "rampYears": k}} or an
   * array.
   */
  static Optional<Trajectory> trajectory(JsonValue value) {
    JsonNode node = value.node();
    if (node.isTextual()) {
      return value
          .text()
          .flatMap(
              s -> {
                if (!s.equals("unchanged")) {
                  value.problems().add("unknown-value", "the only named trajectory is 'unchanged'");
                  return Optional.empty();
                }
                return Optional.of(new Trajectory.Unchanged());
              });
    }
    if (node.isArray()) {
      return value
          .list(AppraisalPartsJson::quantity)
          .flatMap(list -> value.problems().attempt(() -> new Trajectory.Yearly(list)));
    }
    if (node.isObject()) {
      return value.object(AppraisalPartsJson::readTrajectory);
    }
    value.problems().add("type", "'unchanged', an object or an array of values is required");
    return Optional.empty();
  }

  private static Optional<Trajectory> readTrajectory(JsonObject object) {
    if (object.has("constant")) {
      return object
          .required("constant", AppraisalPartsJson::quantity)
          .map(Trajectory.Constant::new);
    }
    Optional<Quantity> target = object.required("target", AppraisalPartsJson::quantity);
    Optional<Integer> ramp = object.required("rampYears", JsonValue::integer);
    if (target.isEmpty() || ramp.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Trajectory.Ramp(target.get(), ramp.get()));
  }

  static JsonNode write(Trajectory trajectory) {
    if (trajectory instanceof Trajectory.Constant c) {
      ObjectNode node = Json.object();
      node.set("constant", write(c.value()));
      return node;
    }
    if (trajectory instanceof Trajectory.Ramp r) {
      ObjectNode node = Json.object();
      node.set("target", write(r.target()));
      node.put("rampYears", r.rampYears());
      return node;
    }
    if (trajectory instanceof Trajectory.Yearly y) {
      ArrayNode array = Json.array();
      y.values().forEach(v -> array.add(write(v)));
      return array;
    }
    return TextNode.valueOf("unchanged");
  }

  static Optional<Derivation> derivation(JsonObject object) {
    Optional<String> baseline = object.required("baseline", JsonValue::nonBlankText);
    Optional<Trajectory> option = object.required("option", AppraisalPartsJson::trajectory);
    Optional<Trajectory> counterfactual =
        object.required("counterfactual", AppraisalPartsJson::trajectory);
    Optional<Quantity> activity = object.optional("activity", AppraisalPartsJson::quantity);
    Optional<Quantity> unitValue = object.required("unitValue", AppraisalPartsJson::quantity);
    if (baseline.isEmpty() || option.isEmpty() || counterfactual.isEmpty() || unitValue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Derivation(
            baseline.get(), option.get(), counterfactual.get(), activity, unitValue.get()));
  }

  static JsonNode write(Derivation derivation) {
    ObjectNode node = Json.object();
    node.put("baseline", derivation.baseline());
    node.set("option", write(derivation.option()));
    node.set("counterfactual", write(derivation.counterfactual()));
    derivation.activity().ifPresent(a -> node.set("activity", write(a)));
    node.set("unitValue", write(derivation.unitValue()));
    return node;
  }

  static Optional<Additionality> additionality(JsonObject object) {
    return Optional.of(
        new Additionality(
            object.optional("deadweight", AppraisalPartsJson::quantity),
            object.optional("displacement", AppraisalPartsJson::quantity),
            object.optional("leakage", AppraisalPartsJson::quantity),
            object.optional("substitution", AppraisalPartsJson::quantity),
            object.optional("attribution", AppraisalPartsJson::quantity),
            object.optional("dropOff", AppraisalPartsJson::quantity)));
  }

  static JsonNode write(Additionality additionality) {
    ObjectNode node = Json.object();
    additionality.factors().forEach((name, q) -> node.set(name, write(q)));
    return node;
  }

  static Optional<OptimismBias> optimismBias(JsonObject object) {
    Optional<String> type = object.optional("projectType", JsonValue::nonBlankText);
    Map<String, BigDecimal> mix =
        object.optional("mix", v -> v.map((n, s) -> s.decimal())).orElse(new LinkedHashMap<>());
    Optional<Quantity> upper = object.optional("upper", AppraisalPartsJson::quantity);
    Optional<Quantity> mitigated = object.required("mitigated", AppraisalPartsJson::quantity);
    if (mitigated.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new OptimismBias(type, mix, upper, mitigated.get()));
  }

  static JsonNode write(OptimismBias bias) {
    ObjectNode node = Json.object();
    bias.projectType().ifPresent(t -> node.put("projectType", t));
    if (!bias.mix().isEmpty()) {
      ObjectNode m = node.putObject("mix");
      new TreeMap<>(bias.mix()).forEach(m::put);
    }
    bias.upper().ifPresent(u -> node.set("upper", write(u)));
    node.set("mitigated", write(bias.mitigated()));
    return node;
  }

  static Optional<Parameter> parameter(JsonValue value) {
    return value.object(
        object -> {
          Optional<BigDecimal> central = object.required("value", JsonValue::decimal);
          Optional<BigDecimal> low = object.optional("low", JsonValue::decimal);
          Optional<BigDecimal> high = object.optional("high", JsonValue::decimal);
          String unit = object.optional("unit", JsonValue::text).orElse("");
          String description = object.optional("description", JsonValue::text).orElse("");
          String source = object.optional("source", JsonValue::text).orElse("");
          // A distribution with problems has recorded them (so the document is rejected); the
          // parameter is still built without it, so that lines referring to it don't add "no
          // parameter" problems.
          Optional<Distribution> distribution =
              object.optional("distribution", UncertaintyJson::distribution);
          if (central.isEmpty()) {
            return Optional.empty();
          }
          return object.build(
              () ->
                  new Parameter(central.get(), low, high, unit, description, source, distribution));
        });
  }

  static JsonNode write(Parameter parameter) {
    ObjectNode node = Json.object();
    node.put("value", parameter.value());
    parameter.low().ifPresent(l -> node.put("low", l));
    parameter.high().ifPresent(h -> node.put("high", h));
    putIfNotEmpty(node, "unit", parameter.unit());
    putIfNotEmpty(node, "description", parameter.description());
    putIfNotEmpty(node, "source", parameter.source());
    parameter.distribution().ifPresent(d -> node.set("distribution", UncertaintyJson.write(d)));
    return node;
  }

  static Optional<Party> party(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> name = o.required("name", JsonValue::nonBlankText);
          String role = o.optional("role", JsonValue::text).orElse("");
          Optional<String> ods = o.optional("odsCode", JsonValue::nonBlankText);
          if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
          }
          return o.build(() -> new Party(id.get(), name.get(), role, ods));
        });
  }

  static JsonNode write(Party party) {
    ObjectNode node = Json.object();
    node.put("id", party.id());
    node.put("name", party.name());
    putIfNotEmpty(node, "role", party.role());
    party.odsCode().ifPresent(c -> node.put("odsCode", c));
    return node;
  }

  static Optional<Scenario> scenario(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> name = o.required("name", JsonValue::nonBlankText);
          String description = o.optional("description", JsonValue::text).orElse("");
          Map<String, BigDecimal> parameters =
              o.required("parameters", v -> v.map((n, x) -> x.decimal())).orElse(Map.of());
          return name.map(n -> new Scenario(n, description, parameters));
        });
  }

  static JsonNode write(Scenario scenario) {
    ObjectNode node = Json.object();
    node.put("name", scenario.name());
    putIfNotEmpty(node, "description", scenario.description());
    ObjectNode p = node.putObject("parameters");
    new TreeMap<>(scenario.parameters()).forEach(p::put);
    return node;
  }

  static Optional<Line> line(JsonValue value) {
    return value.object(AppraisalPartsJson::readLine);
  }

  private static Optional<Line> readLine(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<LineType> type = o.required("type", v -> v.oneOf(LineType.byId()));
    Optional<String> organisation = o.required("organisation", JsonValue::nonBlankText);
    Optional<Category> category = o.required("category", v -> v.oneOf(Category.byId()));
    Optional<ValueType> valueType = o.required("valueType", v -> v.oneOf(ValueType.byId()));
    Optional<Boolean> cash = o.optional("cashReleasing", JsonValue::bool);
    Optional<Integer> grade = o.required("dataQuality", JsonValue::integer);
    Optional<Boolean> capital = o.optional("capital", JsonValue::bool);
    Optional<Quantity> amount = o.optional("amount", AppraisalPartsJson::quantity);
    List<Quantity> profile = o.list("profile", AppraisalPartsJson::quantity);
    Optional<Integer> first = o.optional("firstYear", JsonValue::integer);
    Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
    Optional<String> prices = o.optional("prices", JsonValue::nonBlankText);
    Optional<Quantity> probability = o.optional("probability", AppraisalPartsJson::quantity);
    Optional<OptimismBias> bias =
        o.optional("optimismBias", v -> v.object(AppraisalPartsJson::optimismBias));
    Optional<Quantity> benefitBias =
        o.optional("benefitOptimismBias", AppraisalPartsJson::quantity);
    Optional<Additionality> additionality =
        o.optional("additionality", v -> v.object(AppraisalPartsJson::additionality));
    Optional<String> baseline = o.optional("baseline", JsonValue::nonBlankText);
    Optional<Derivation> derivation =
        o.optional("derivation", v -> v.object(AppraisalPartsJson::derivation));
    Optional<String> description = o.optional("description", JsonValue::text);
    Optional<String> source = o.optional("source", JsonValue::text);
    if (id.isEmpty()
        || type.isEmpty()
        || organisation.isEmpty()
        || category.isEmpty()
        || valueType.isEmpty()
        || grade.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () -> {
          Line.Builder b =
              Line.builder()
                  .id(id.get())
                  .type(type.get())
                  .organisation(organisation.get())
                  .category(category.get())
                  .valueType(valueType.get())
                  .dataQuality(grade.get())
                  .amount(amount)
                  .addAllProfile(profile)
                  .probability(probability)
                  .optimismBias(bias)
                  .benefitOptimismBias(benefitBias)
                  .baseline(baseline)
                  .derivation(derivation);
          cash.ifPresent(b::cashReleasing);
          capital.ifPresent(b::capital);
          first.ifPresent(b::firstYear);
          last.ifPresent(b::lastYear);
          prices.ifPresent(b::prices);
          additionality.ifPresent(b::additionality);
          description.ifPresent(b::description);
          source.ifPresent(b::source);
          return b.build();
        });
  }

  static JsonNode write(Line line) {
    ObjectNode n = Json.object();
    n.put("id", line.id());
    n.put("type", line.type().id());
    n.put("organisation", line.organisation());
    n.put("category", line.category().id());
    n.put("valueType", line.valueType().id());
    n.put("cashReleasing", line.cashReleasing());
    n.put("dataQuality", line.dataQuality());
    if (line.capital()) {
      n.put("capital", true);
    }
    line.amount().ifPresent(a -> n.set("amount", write(a)));
    if (!line.profile().isEmpty()) {
      ArrayNode a = n.putArray("profile");
      line.profile().forEach(q -> a.add(write(q)));
    }
    line.firstYear().ifPresent(f -> n.put("firstYear", f));
    line.lastYear().ifPresent(l -> n.put("lastYear", l));
    n.put("prices", line.prices());
    line.probability().ifPresent(q -> n.set("probability", write(q)));
    line.optimismBias().ifPresent(b -> n.set("optimismBias", write(b)));
    line.benefitOptimismBias().ifPresent(q -> n.set("benefitOptimismBias", write(q)));
    if (!line.additionality().factors().isEmpty()) {
      n.set("additionality", write(line.additionality()));
    }
    line.baseline().ifPresent(b -> n.put("baseline", b));
    line.derivation().ifPresent(d -> n.set("derivation", write(d)));
    putIfNotEmpty(n, "description", line.description());
    putIfNotEmpty(n, "source", line.source());
    return n;
  }

  /** Reads an option, adding to {@code lineIndices} the document index of each line read. */
  static Optional<Option> option(JsonObject o, List<Integer> lineIndices) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    Optional<Boolean> cf = o.optional("counterfactual", JsonValue::bool);
    Optional<LocalDate> change = o.optional("changeDate", JsonValue::date);
    Optional<String> description = o.optional("description", JsonValue::text);
    IndexedLists.Indexed<Line> indexed =
        IndexedLists.indexedList(o, "lines", AppraisalPartsJson::line);
    List<Line> lines = indexed.values();
    lineIndices.addAll(indexed.indices());
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () -> {
          Option.Builder b =
              Option.builder().id(id.get()).name(name.get()).changeDate(change).addAllLines(lines);
          cf.ifPresent(b::counterfactual);
          description.ifPresent(b::description);
          return b.build();
        });
  }

  static JsonNode write(Option option) {
    ObjectNode node = Json.object();
    node.put("id", option.id());
    node.put("name", option.name());
    node.put("counterfactual", option.counterfactual());
    option.changeDate().ifPresent(d -> node.put("changeDate", d.toString()));
    putIfNotEmpty(node, "description", option.description());
    ArrayNode lines = node.putArray("lines");
    option.lines().forEach(l -> lines.add(write(l)));
    return node;
  }

  /** Writes a text field only when it is not empty (the readers take a missing one as empty). */
  static void putIfNotEmpty(ObjectNode node, String name, String text) {
    if (!text.isEmpty()) {
      node.put(name, text);
    }
  }
}
