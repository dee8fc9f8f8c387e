package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonDecoder;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.MeasureJson;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.validation.Outcome;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalReference;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.BenefitObservation;
import org.networkedcare.metrics.appraisal.GainShare;
import org.networkedcare.metrics.appraisal.JointPurchasing;
import org.networkedcare.metrics.appraisal.OptimismBias;
import org.networkedcare.metrics.appraisal.Option;
import org.networkedcare.metrics.appraisal.Parameter;
import org.networkedcare.metrics.appraisal.Party;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.Reward;
import org.networkedcare.metrics.appraisal.Scenario;
import org.networkedcare.metrics.appraisal.Transfer;
import org.networkedcare.metrics.baseline.Baseline;

/**
 * The JSON codec of the benefit calculator ({@code org.networkedcare.metrics.appraisal}): the
 * appraisal document read with every problem of the document at once, each at its JSON pointer
 * (such as {@code /options/1/lines/3/organisation}), and the appraisal and its result written in
 * the forms {@code docs/appraisal.md} and {@code appraisal.schema.json} describe ({@code
 * schemaVersion} 1). Money is written as exact decimal pounds.
 *
 * <pre>{@code
 * Appraisal appraisal = AppraisalJson.parse(bytes);          // or a String
 * String out = AppraisalJson.evaluate(jsonText);             // JSON in, JSON out
 * Outcome<String> o = AppraisalJson.evaluateOutcome(jsonText); // the result or every problem
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AppraisalJson {
  private AppraisalJson() {}

  /**
   * {@return an appraisal read from JSON text}
   *
   * @param json the document
   * @throws ValidationException with every problem of the document
   */
  public static Appraisal parse(String json) {
    return read(Json.parse(json));
  }

  /**
   * {@return an appraisal read from JSON bytes, decoded strictly as UTF-8}
   *
   * @param json the document
   * @throws ValidationException with every problem of the document
   */
  public static Appraisal parse(byte[] json) {
    return read(Json.parse(json));
  }

  private static Appraisal read(JsonNode root) {
    Problems problems = Problems.collector();
    Optional<Appraisal> appraisal = appraisal(JsonValue.root(root, problems));
    problems.throwIfAny();
    return appraisal.orElseThrow(
        () -> new ValidationException("", "invalid", "the appraisal could not be read"));
  }

  /**
   * {@return an appraisal read from a JSON value, such as a document that embeds one; every problem
   * is reported at its JSON pointer and the value is empty if any}
   *
   * @param value the appraisal's JSON value
   */
  public static Optional<Appraisal> appraisal(JsonValue value) {
    return value.object(AppraisalJson::read);
  }

  /**
   * {@return the result document for an appraisal document, both JSON with {@code schemaVersion} 1}
   *
   * @param json the appraisal document
   * @throws ValidationException carrying every problem of the document, each with its JSON path
   */
  public static String evaluate(String json) {
    return write(new BenefitCalculator().evaluate(parse(json)));
  }

  /**
   * {@return the result document (UTF-8) for an appraisal document given as UTF-8 bytes}
   *
   * @param json the appraisal document
   * @throws ValidationException carrying every problem of the document, each with its JSON path
   */
  public static byte[] evaluate(byte[] json) {
    return write(new BenefitCalculator().evaluate(parse(json))).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return the result document for an appraisal document, or every problem of the document (each
   * with its JSON path, the same as {@link #evaluate(String)} throws), as a value}
   *
   * @param json the appraisal document
   */
  public static Outcome<String> evaluateOutcome(String json) {
    Objects.requireNonNull(json, "json");
    return Outcome.of(() -> evaluate(json));
  }

  /**
   * {@return the result document (UTF-8) for an appraisal document given as UTF-8 bytes, or every
   * problem of the document, as a value}
   *
   * @param json the appraisal document
   */
  public static Outcome<byte[]> evaluateOutcome(byte[] json) {
    Objects.requireNonNull(json, "json");
    return Outcome.of(() -> evaluate(json));
  }

  private static Optional<Appraisal> read(JsonObject o) {
    o.schemaVersion(Appraisal.SCHEMA_VERSION);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<String> description = o.optional("description", JsonValue::text);
    Optional<FinancialYear> yearZero = o.required("yearZero", ValueJson::financialYear);
    Optional<FinancialYear> priceBase = o.optional("priceBase", ValueJson::financialYear);
    Optional<Integer> horizon = o.required("horizonYears", JsonValue::integer);
    String[] schedules = {"standard", "health"};
    o.optional(
        "discounting",
        v ->
            v.object(
                d -> {
                  d.optional("cash", JsonValue::nonBlankText).ifPresent(s -> schedules[0] = s);
                  d.optional("health", JsonValue::nonBlankText).ifPresent(s -> schedules[1] = s);
                  return Optional.of(true);
                }));
    Map<FinancialYear, BigDecimal> deflator = new LinkedHashMap<>();
    String[] deflatorSource = {""};
    o.optional(
        "deflator",
        v ->
            v.object(
                d -> {
                  d.optional("source", JsonValue::text).ifPresent(s -> deflatorSource[0] = s);
                  d.required(
                      "index",
                      x ->
                          x.map(
                              (name, y) -> {
                                Optional<FinancialYear> fy =
                                    y.problems().attempt(() -> FinancialYear.parse(name));
                                Optional<BigDecimal> index = y.decimal();
                                fy.ifPresent(f -> index.ifPresent(i -> deflator.put(f, i)));
                                return index;
                              }));
                  return Optional.of(true);
                }));
    Optional<AppraisalReference> reference =
        o.optional(
            "referenceData",
            v ->
                v.object(
                    r ->
                        AppraisalReferenceJson.read(
                            r, Optional.of(AppraisalReference.defaults()))));
    // Parties, measures, baselines and parameters named in the document but unreadable, as
    // "kind:name": a reference to one is explained by the entry's own problems, not reported again.
    Set<String> unreadable = new HashSet<>();
    IndexedLists.Indexed<Party> parties =
        IndexedLists.indexedList(
            o, "parties", noting("party", unreadable, AppraisalPartsJson::party));
    IndexedLists.Indexed<Measure> measures =
        IndexedLists.indexedList(
            o, "measures", noting("measure", unreadable, MeasureJson::measure));
    Map<String, Measure> byId = new LinkedHashMap<>();
    measures.values().forEach(m -> byId.putIfAbsent(m.id(), m));
    Set<String> unreadableMeasures = new HashSet<>();
    unreadable.stream()
        .filter(k -> k.startsWith("measure:"))
        .forEach(k -> unreadableMeasures.add(k.substring("measure:".length())));
    IndexedLists.Indexed<Baseline> baselines =
        IndexedLists.indexedList(
            o,
            "baselines",
            noting(
                "baseline", unreadable, v -> BaselineJson.baseline(v, byId, unreadableMeasures)));
    Map<String, Parameter> parameters =
        o.optional(
                "parameters",
                v ->
                    v.map(
                        (name, x) -> {
                          Optional<Parameter> parameter = AppraisalPartsJson.parameter(x);
                          if (parameter.isEmpty()) {
                            unreadable.add("parameter:" + name);
                          }
                          return parameter;
                        }))
            .orElse(Map.of());
    Optional<OptimismBias> bias =
        o.optional("optimismBias", v -> v.object(AppraisalPartsJson::optimismBias));
    Optional<Quantity> benefitBias =
        o.optional("benefitOptimismBias", AppraisalPartsJson::quantity);
    Optional<Quantity> qaly = o.optional("qalyValue", AppraisalPartsJson::quantity);
    List<List<Integer>> lineIndices = new ArrayList<>();
    IndexedLists.Indexed<Option> options =
        IndexedLists.indexedList(
            o,
            "options",
            v -> {
              List<Integer> indices = new ArrayList<>();
              Optional<Option> option = v.object(x -> AppraisalPartsJson.option(x, indices));
              option.ifPresent(x -> lineIndices.add(indices));
              return option;
            });
    if (!o.has("options")) {
      o.problems().at("options").add("required", "the field 'options' is required");
    }
    IndexedLists.Indexed<Scenario> scenarios =
        IndexedLists.indexedList(o, "scenarios", AppraisalPartsJson::scenario);
    IndexedLists.Indexed<BenefitObservation> observations =
        IndexedLists.indexedList(o, "observations", AppraisalTermsJson::observation);
    IndexedLists.Indexed<JointPurchasing> consortia =
        IndexedLists.indexedList(o, "consortia", AppraisalTermsJson::jointPurchasing);
    IndexedLists.Indexed<Transfer> transfers =
        IndexedLists.indexedList(o, "transfers", AppraisalTermsJson::transfer);
    IndexedLists.Indexed<GainShare> gainShares =
        IndexedLists.indexedList(o, "gainShares", AppraisalTermsJson::gainShare);
    IndexedLists.Indexed<Reward> rewards =
        IndexedLists.indexedList(o, "rewards", AppraisalTermsJson::reward);
    Map<String, List<Integer>> lists =
        Map.of(
            "parties",
            parties.indices(),
            "measures",
            measures.indices(),
            "baselines",
            baselines.indices(),
            "options",
            options.indices(),
            "scenarios",
            scenarios.indices(),
            "observations",
            observations.indices(),
            "consortia",
            consortia.indices(),
            "transfers",
            transfers.indices(),
            "gainShares",
            gainShares.indices(),
            "rewards",
            rewards.indices());
    // Built even when the title, year 0 or horizon could not be read: the appraisal's own checks
    // then add what they find about the fields that were read (such as a horizon out of range),
    // and what the reader already reported at a path is not reported again.
    Appraisal.Builder b =
        Appraisal.builder()
            .cashSchedule(schedules[0])
            .healthSchedule(schedules[1])
            .putAllDeflator(deflator)
            .deflatorSource(deflatorSource[0])
            .addAllParties(parties.values())
            .addAllMeasures(measures.values())
            .addAllBaselines(baselines.values())
            .putAllParameters(parameters)
            .optimismBias(bias)
            .benefitOptimismBias(benefitBias)
            .qalyValue(qaly)
            .addAllOptions(options.values())
            .addAllScenarios(scenarios.values())
            .addAllObservations(observations.values())
            .addAllConsortia(consortia.values())
            .addAllTransfers(transfers.values())
            .addAllGainShares(gainShares.values())
            .addAllRewards(rewards.values());
    title.ifPresent(b::title);
    yearZero.ifPresent(b::yearZero);
    horizon.ifPresent(b::horizonYears);
    description.ifPresent(b::description);
    priceBase.ifPresent(b::priceBase);
    reference.ifPresent(b::referenceData);
    try {
      return Optional.of(b.build());
    } catch (ValidationException e) {
      // The lists hold only the elements that could be read: move each path back to the element's
      // place in the document, and leave out what an unreadable element already explains.
      List<Problem> fresh = new ArrayList<>();
      for (Problem problem : e.problems()) {
        String remapped = IndexedLists.remap(problem.path(), lists, lineIndices);
        if (!o.problems().isReportedAtOrAbove(o.path() + remapped)
            && !followsUnreadable(problem, unreadable)) {
          fresh.add(new Problem(remapped, problem.code(), problem.message()));
        }
      }
      o.problems().addAll(fresh);
      return Optional.empty();
    }
  }

  /** A list element's decoder that notes the element's {@code id} when it cannot be read. */
  private static <T> JsonDecoder<T> noting(
      String kind, Set<String> unreadable, JsonDecoder<T> decoder) {
    return v -> {
      Optional<T> read = decoder.decode(v);
      if (read.isEmpty() && v.node().path("id").isTextual()) {
        unreadable.add(kind + ":" + v.node().path("id").textValue());
      }
      return read;
    };
  }

  /**
   * Whether a problem is only that a party, baseline or parameter the document names, but could not
   * read, is missing (the cross-checks say "no party 'X'", "no baseline 'X'", "no parameter 'X'").
   */
  private static boolean followsUnreadable(Problem problem, Set<String> unreadable) {
    if (!problem.code().equals("unknown-reference")) {
      return false;
    }
    String message = problem.message();
    for (String key : unreadable) {
      int colon = key.indexOf(':');
      if (message.startsWith(
          "no " + key.substring(0, colon) + " '" + key.substring(colon + 1) + "'")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the appraisal document, in the form {@link #parse} reads}
   *
   * @param appraisal the appraisal
   */
  public static String write(Appraisal appraisal) {
    return Json.write(tree(appraisal));
  }

  private static JsonNode tree(Appraisal appraisal) {
    ObjectNode n = Json.object();
    n.put("schemaVersion", Appraisal.SCHEMA_VERSION);
    n.put("title", appraisal.title());
    AppraisalPartsJson.putIfNotEmpty(n, "description", appraisal.description());
    n.put("yearZero", appraisal.yearZero().toString());
    n.put("priceBase", appraisal.priceBase().toString());
    n.put("horizonYears", appraisal.horizonYears());
    n.putObject("discounting")
        .put("cash", appraisal.cashSchedule())
        .put("health", appraisal.healthSchedule());
    if (appraisal.referenceData() != AppraisalReference.defaults()) {
      n.set("referenceData", AppraisalReferenceJson.write(appraisal.referenceData()));
    }
    if (!appraisal.deflator().isEmpty()) {
      ObjectNode d = n.putObject("deflator");
      d.put("source", appraisal.deflatorSource());
      ObjectNode index = d.putObject("index");
      new TreeMap<>(appraisal.deflator()).forEach((y, v) -> index.put(y.toString(), v));
    }
    ArrayNode parties = n.putArray("parties");
    appraisal.parties().forEach(x -> parties.add(AppraisalPartsJson.write(x)));
    ArrayNode measures = n.putArray("measures");
    appraisal.measures().forEach(x -> measures.add(MeasureJson.write(x)));
    ArrayNode baselines = n.putArray("baselines");
    appraisal.baselines().forEach(x -> baselines.add(BaselineJson.write(x)));
    ObjectNode parameters = n.putObject("parameters");
    new TreeMap<>(appraisal.parameters())
        .forEach((k, v) -> parameters.set(k, AppraisalPartsJson.write(v)));
    appraisal.optimismBias().ifPresent(b -> n.set("optimismBias", AppraisalPartsJson.write(b)));
    appraisal
        .benefitOptimismBias()
        .ifPresent(b -> n.set("benefitOptimismBias", AppraisalPartsJson.write(b)));
    appraisal.qalyValue().ifPresent(q -> n.set("qalyValue", AppraisalPartsJson.write(q)));
    ArrayNode options = n.putArray("options");
    appraisal.options().forEach(x -> options.add(AppraisalPartsJson.write(x)));
    putUnlessEmpty(n, "scenarios", appraisal.scenarios(), AppraisalPartsJson::write);
    putUnlessEmpty(n, "consortia", appraisal.consortia(), AppraisalTermsJson::write);
    putUnlessEmpty(n, "transfers", appraisal.transfers(), AppraisalTermsJson::write);
    putUnlessEmpty(n, "gainShares", appraisal.gainShares(), AppraisalTermsJson::write);
    putUnlessEmpty(n, "rewards", appraisal.rewards(), AppraisalTermsJson::write);
    putUnlessEmpty(n, "observations", appraisal.observations(), AppraisalTermsJson::write);
    return n;
  }

  private static <T> void putUnlessEmpty(
      ObjectNode node, String name, List<T> values, java.util.function.Function<T, JsonNode> form) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(x -> array.add(form.apply(x)));
    }
  }

  /**
   * {@return an appraisal's result as the JSON document {@code docs/appraisal.md} describes}
   *
   * @param result the result
   */
  public static String write(AppraisalResult result) {
    return Json.write(AppraisalResultJson.write(result));
  }

  /**
   * {@return an appraisal's result as a JSON tree, for a document that embeds it (the board pack
   * does); the same as {@link #write(AppraisalResult)} gives as text}
   *
   * @param result the result
   */
  public static JsonNode writeTree(AppraisalResult result) {
    return AppraisalResultJson.write(result);
  }
}
