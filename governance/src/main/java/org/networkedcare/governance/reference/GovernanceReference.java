package org.networkedcare.governance.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.reference.Vocabulary;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.calendar.BankHolidays;

/**
 * The reference data governance decides with: core's {@link ReferenceData} plus {@code
 * responsibility-areas}, {@code severities}, {@code red-line-consequences}, {@code risk-matrix},
 * {@code psirf-responses}, {@code dispute-routes}, {@code board-questions}, {@code opel-levels},
 * {@code oversight-segments}, {@code baseline-policy}, {@code finding-severities} and the {@code
 * calendar} of bank holidays. Each is a versioned JSON file shipped in this package's resources;
 * {@link #withFile(byte[])} replaces the part whose {@code id} a file names. Immutable.
 */
public final class GovernanceReference {

  private static final String BASE = "/org/networkedcare/governance/reference/";
  private static final String[] VOCABULARIES = {
    "responsibility-areas",
    "severities",
    "red-line-consequences",
    "psirf-responses",
    "board-questions",
    "opel-levels",
    "oversight-segments"
  };

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

  /** {@return the shipped defaults} */
  public static GovernanceReference defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final GovernanceReference INSTANCE = load();

    private static GovernanceReference load() {
      Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
      for (String id : VOCABULARIES) {
        vocabularies.put(id, read(resource(id), v -> ReferenceJson.vocabulary(v)));
      }
      return new GovernanceReference(
          ReferenceJson.defaults(),
          vocabularies,
          read(resource("risk-matrix"), v -> v.object(RiskMatrix::read)),
          read(resource("dispute-routes"), v -> v.object(DisputeRoutes::read)),
          read(resource("baseline-policy"), v -> v.object(GovernanceReference::policy)),
          read(resource("finding-severities"), v -> v.object(GovernanceReference::severities)),
          BankHolidays.englandAndWales());
    }

    private static byte[] resource(String id) {
      try (InputStream in = GovernanceReference.class.getResourceAsStream(BASE + id + ".json")) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BASE + id + ".json");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static <T> T read(
      byte[] json, java.util.function.Function<JsonValue, Optional<T>> reader) {
    Problems problems = Problems.collector();
    Optional<T> value = reader.apply(JsonValue.root(Json.parse(json), problems));
    problems.throwIfAny();
    return value.orElseThrow();
  }

  private static Optional<BaselinePolicy> policy(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> version = o.required("version", JsonValue::nonBlankText);
    Optional<Integer> min = o.required("minimumPoints", JsonValue::integer);
    o.optional("note", JsonValue::text);
    if (id.isEmpty() || version.isEmpty() || min.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new BaselinePolicy(id.get(), version.get(), min.get()));
  }

  private static Optional<FindingSeverities> severities(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> version = o.required("version", JsonValue::nonBlankText);
    o.optional("note", JsonValue::text);
    Optional<Map<String, String>> map =
        o.required(
            "severities",
            v -> {
              if (!v.node().isObject()) {
                v.problems().add("type", "an object is required");
                return Optional.empty();
              }
              Map<String, String> m = new TreeMap<>();
              v.node().properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
              return Optional.of(m);
            });
    if (id.isEmpty() || version.isEmpty() || map.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new FindingSeverities(id.get(), version.get(), map.get()));
  }

  /**
   * {@return this reference data with one part replaced by a data file} The file's {@code id} says
   * which part: a governance part, {@code calendar}, or one of core's parts.
   *
   * @param json the file, UTF-8 JSON
   * @throws ValidationException naming every problem of the file
   */
  public GovernanceReference withFile(byte[] json) {
    JsonNode tree = Json.parse(json);
    String id = tree.path("id").asText("");
    Map<String, Vocabulary> vocab = new LinkedHashMap<>(vocabularies);
    RiskMatrix matrix = riskMatrix;
    DisputeRoutes routes = disputeRoutes;
    BaselinePolicy policy = baselinePolicy;
    FindingSeverities findings = findingSeverities;
    BankHolidays holidays = calendar;
    ReferenceData coreData = core;
    switch (id) {
      case "risk-matrix" -> matrix = read(json, v -> v.object(RiskMatrix::read));
      case "dispute-routes" -> routes = read(json, v -> v.object(DisputeRoutes::read));
      case "baseline-policy" -> policy = read(json, v -> v.object(GovernanceReference::policy));
      case "finding-severities" ->
          findings = read(json, v -> v.object(GovernanceReference::severities));
      case "calendar" -> holidays = BankHolidays.fromJson(tree);
      default -> {
        if (vocab.containsKey(id)) {
          vocab.put(id, read(json, v -> ReferenceJson.vocabulary(v)));
        } else {
          coreData = ReferenceJson.withFile(core, json);
        }
      }
    }
    return new GovernanceReference(coreData, vocab, matrix, routes, policy, findings, holidays);
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
