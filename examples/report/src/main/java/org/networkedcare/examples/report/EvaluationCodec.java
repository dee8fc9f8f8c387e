package org.networkedcare.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.agreement.AgreementTransfers;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;
import org.networkedcare.metrics.dataset.ReportingUnit;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * Reads the evaluation document, schema version {@value #SCHEMA_VERSION}, field by field through
 * the hardened reader, then its parts; every problem at once.
 */
final class EvaluationCodec {

  /** The schema version read. */
  static final int SCHEMA_VERSION = 2;

  /** The most measures one pack charts. */
  static final int MAX_MEASURES = 50;

  /** The most organisations one pack charts. */
  static final int MAX_ORGANISATIONS = 200;

  /** The longest note, in characters. */
  static final int MAX_NOTES = 4_000;

  /** The most draws of the probabilistic analysis. */
  static final int MAX_DRAWS = 1_000_000;

  /** The most points of the acceptability curve. */
  static final int MAX_WTP_POINTS = 10_001;

  /** A measure dataset given instead of the document's. */
  record DataOverride(String name, byte[] bytes) {}

  private record Data(String file, Optional<String> source) {}

  private record Entry(
      String measure, Optional<BigDecimal> target, Optional<String> service, String at) {}

  private record Fields(
      String title,
      LocalDate asOf,
      Optional<String> notes,
      String governance,
      String appraisal,
      Optional<Data> data,
      Optional<List<OdsCode>> organisations,
      Spc spc,
      EvaluationDocument.Psa psa) {}

  private record Spc(
      ReportingPeriod from,
      ReportingPeriod to,
      List<ReportingPeriod> rebase,
      List<ReportingUnit.Level> levels,
      List<Entry> measures) {}

  private EvaluationCodec() {}

  static EvaluationDocument parse(
      byte[] json, String name, PartReader parts, Optional<DataOverride> override) {
    JsonNode tree;
    try {
      tree = Json.parse(json);
    } catch (ValidationException e) {
      throw new ValidationException(
          e.problems().stream()
              .map(
                  p ->
                      new Problem(
                          "",
                          p.code(),
                          name
                              + ":"
                              + (p.path().isEmpty() ? "" : p.path() + ":")
                              + " "
                              + p.message()))
              .toList());
    }
    Problems problems = Problems.collector();
    Map<String, ReportingUnit.Level> levelIds = new LinkedHashMap<>();
    for (ReportingUnit.Level l : ReportingUnit.Level.values()) {
      levelIds.put(l.id(), l);
    }
    Optional<Fields> fields =
        JsonValue.root(tree, problems)
            .object(
                o -> {
                  boolean version = o.schemaVersion(SCHEMA_VERSION);
                  Optional<String> title = o.required("title", JsonValue::nonBlankText);
                  Optional<LocalDate> asOf = o.required("asOf", JsonValue::date);
                  Optional<String> notes =
                      o.optional(
                          "notes",
                          v ->
                              v.nonBlankText()
                                  .filter(
                                      t ->
                                          v.problems()
                                              .check(
                                                  t.length() <= MAX_NOTES,
                                                  "range",
                                                  "a note of at most "
                                                      + MAX_NOTES
                                                      + " characters, not "
                                                      + t.length())));
                  Optional<String> governance = o.required("governance", JsonValue::nonBlankText);
                  Optional<String> appraisal = o.required("appraisal", JsonValue::nonBlankText);
                  Optional<Data> data =
                      o.optional(
                          "data",
                          v ->
                              v.object(
                                  d -> {
                                    Optional<String> file =
                                        d.required("file", JsonValue::nonBlankText);
                                    Optional<String> source =
                                        d.optional("source", JsonValue::nonBlankText);
                                    return file.map(f -> new Data(f, source));
                                  }));
                  Optional<List<OdsCode>> organisations =
                      o.optional(
                              "organisations",
                              v ->
                                  v.list(
                                      x ->
                                          x.text()
                                              .flatMap(
                                                  t -> x.problems().attempt(() -> OdsCode.of(t)))))
                          .filter(
                              list ->
                                  o.problems()
                                      .at("organisations")
                                      .check(
                                          list.size() <= MAX_ORGANISATIONS,
                                          "range",
                                          "at most "
                                              + MAX_ORGANISATIONS
                                              + " organisations are charted, not "
                                              + list.size()));
                  Optional<Spc> spc = o.required("spc", v -> v.object(x -> spc(x, levelIds)));
                  Optional<EvaluationDocument.Psa> psa =
                      o.required("psa", v -> v.object(EvaluationCodec::psa));
                  if (!version
                      || title.isEmpty()
                      || asOf.isEmpty()
                      || governance.isEmpty()
                      || appraisal.isEmpty()
                      || spc.isEmpty()
                      || psa.isEmpty()) {
                    return Optional.empty();
                  }
                  return Optional.of(
                      new Fields(
                          title.get(),
                          asOf.get(),
                          notes,
                          governance.get(),
                          appraisal.get(),
                          data,
                          organisations,
                          spc.get(),
                          psa.get()));
                });
    if (!problems.isEmpty() || fields.isEmpty()) {
      throw new ValidationException(problems.list());
    }
    Fields f = fields.get();
    String title = f.title();
    LocalDate asOf = f.asOf();
    Optional<String> notes = f.notes();
    String governanceName = f.governance();
    String appraisalName = f.appraisal();
    Optional<Data> data = f.data();
    Optional<List<OdsCode>> organisations = f.organisations();
    Spc spc = f.spc();
    EvaluationDocument.Psa psa = f.psa();

    GovernanceReference reference = GovernanceReferenceJson.defaults();
    Optional<GovernanceDocument> governance =
        part(
            parts,
            governanceName,
            "governance",
            problems,
            bytes -> AssuranceJson.parse(bytes, reference));
    Optional<Appraisal> appraisal =
        part(parts, appraisalName, "appraisal", problems, AppraisalJson::parse);
    if (governance.isEmpty()) {
      throw new ValidationException(problems.list());
    }
    // the appraisal's transfers that name a host agreement's money flow come from the agreement
    if (appraisal.isPresent()) {
      Appraisal read = appraisal.get();
      List<HostAgreement> agreements = governance.get().agreements();
      appraisal =
          named(appraisalName, problems, () -> AgreementTransfers.resolve(read, agreements));
    }
    NetworkDocument network = governance.get().network();
    // the dataset: the one given, else the evaluation document's, else the governance document's
    String dataName;
    Optional<byte[]> dataBytes;
    if (override.isPresent()) {
      dataName = override.get().name();
      dataBytes = Optional.of(override.get().bytes());
    } else if (data.isPresent() || governance.get().data().isPresent()) {
      dataName =
          data.map(Data::file)
              .orElseGet(() -> sibling(governanceName, governance.get().data().orElseThrow()));
      dataBytes =
          bytes(
              parts,
              dataName,
              MeasureDatasets.MAX_BYTES,
              data.isPresent() ? "data" : "governance",
              problems);
    } else {
      dataName = "no measure dataset";
      dataBytes = Optional.empty();
    }
    MeasureDataset dataset = MeasureDataset.empty();
    if (dataBytes.isPresent()) {
      try {
        dataset = MeasureDatasets.read(dataBytes.get(), dataName, network);
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          problems.add(
              p.code(), MeasureDatasets.describe(p, dataName).replace(" [" + p.code() + "]", ""));
        }
      }
    }
    GovernanceDocument merged = governance.get();
    try {
      merged = governance.get().withData(dataset, reference);
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(p.code(), governanceName + ":" + p.path() + ": " + p.message());
      }
    }
    List<OdsCode> charted = organisations(organisations, network, dataset, problems);
    List<EvaluationDocument.Charted> measures = measures(spc.measures(), network, merged, problems);
    if (!problems.isEmpty() || appraisal.isEmpty()) {
      throw new ValidationException(problems.list());
    }
    String source = data.flatMap(Data::source).orElse(dataName);
    return new EvaluationDocument(
        title,
        asOf,
        notes,
        governanceName,
        governance.get(),
        merged,
        appraisalName,
        appraisal.get(),
        dataName,
        source,
        dataset,
        charted,
        spc.from(),
        spc.to(),
        spc.rebase(),
        spc.levels(),
        measures,
        psa);
  }

  /** The governance document's dataset is named relative to the governance document. */
  private static String sibling(String governanceName, String data) {
    int slash = governanceName.lastIndexOf('/');
    return slash < 0 ? data : governanceName.substring(0, slash + 1) + data;
  }

  private interface Parse<T> {
    T apply(byte[] bytes);
  }

  private static <T> Optional<T> part(
      PartReader parts, String name, String field, Problems problems, Parse<T> parse) {
    Optional<byte[]> bytes = bytes(parts, name, Json.MAX_DOCUMENT_BYTES, field, problems);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return named(name, problems, () -> parse.apply(bytes.get()));
  }

  /** A step's value, or empty with its problems recorded, each named by the part it is in. */
  private static <T> Optional<T> named(
      String name, Problems problems, java.util.function.Supplier<T> step) {
    try {
      return Optional.of(step.get());
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(
            p.code(), name + ":" + (p.path().isEmpty() ? "" : p.path() + ":") + " " + p.message());
      }
      return Optional.empty();
    }
  }

  private static Optional<byte[]> bytes(
      PartReader parts, String name, int limit, String field, Problems problems) {
    try {
      return Optional.of(parts.read(name, limit));
    } catch (NoSuchFileException e) {
      problems.add("part.missing", name + ": no such file (named by /" + field + ")");
    } catch (IOException e) {
      problems.add("part.unreadable", name + ": " + e.getMessage() + " (named by /" + field + ")");
    }
    return Optional.empty();
  }

  private static Optional<Spc> spc(JsonObject s, Map<String, ReportingUnit.Level> levelIds) {
    Optional<ReportingPeriod[]> baseline =
        s.required(
            "baseline",
            v ->
                v.object(
                    b -> {
                      Optional<ReportingPeriod> from =
                          b.required("from", ValueJson::reportingPeriod);
                      Optional<ReportingPeriod> to = b.required("to", ValueJson::reportingPeriod);
                      if (from.isEmpty() || to.isEmpty()) {
                        return Optional.empty();
                      }
                      if (!b.problems()
                          .at("to")
                          .check(
                              to.get().endExclusive().isAfter(from.get().start()),
                              "range.order",
                              "the baseline ends ("
                                  + to.get()
                                  + ") before it starts ("
                                  + from.get()
                                  + ")")) {
                        return Optional.empty();
                      }
                      return Optional.of(new ReportingPeriod[] {from.get(), to.get()});
                    }));
    List<ReportingPeriod> rebase = s.list("rebase", ValueJson::reportingPeriod);
    if (baseline.isPresent()) {
      for (int i = 0; i < rebase.size(); i++) {
        s.problems()
            .at("rebase")
            .at(i)
            .check(
                rebase.get(i).start().isAfter(baseline.get()[1].start()),
                "range.order",
                rebase.get(i) + " is not after the baseline (to " + baseline.get()[1] + ")");
      }
    }
    List<ReportingUnit.Level> levels =
        s.optional("levels", v -> v.list(x -> x.oneOf(levelIds)))
            .orElse(List.of(ReportingUnit.Level.ORGANISATION));
    Set<ReportingUnit.Level> distinct = new LinkedHashSet<>(levels);
    s.problems()
        .at("levels")
        .check(distinct.size() == levels.size(), "duplicate", "a level is named twice");
    s.problems()
        .at("levels")
        .check(
            !levels.isEmpty() || !s.has("levels"),
            "required",
            "name at least one level: site, organisation or network");
    List<Entry> entries = new ArrayList<>();
    Optional<Boolean> listed =
        s.required(
            "measures",
            v ->
                v.list(
                        m ->
                            m.object(
                                e -> {
                                  Optional<String> id =
                                      e.required("measure", JsonValue::nonBlankText);
                                  Optional<BigDecimal> target =
                                      e.optional("target", JsonValue::decimal);
                                  Optional<String> service =
                                      e.optional("service", JsonValue::nonBlankText);
                                  return id.map(x -> new Entry(x, target, service, e.path()));
                                }))
                    .map(
                        list -> {
                          entries.addAll(list);
                          return Boolean.TRUE;
                        }));
    if (listed.isPresent()) {
      s.problems()
          .at("measures")
          .check(!entries.isEmpty(), "required", "name at least one measure");
      s.problems()
          .at("measures")
          .check(
              entries.size() <= MAX_MEASURES,
              "range",
              "at most " + MAX_MEASURES + " measures are charted, not " + entries.size());
    }
    if (baseline.isEmpty() || listed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Spc(baseline.get()[0], baseline.get()[1], rebase, levels, entries));
  }

  private static Optional<EvaluationDocument.Psa> psa(JsonObject p) {
    Optional<Integer> draws =
        p.required("draws", JsonValue::integer)
            .filter(
                d ->
                    p.problems()
                        .at("draws")
                        .check(
                            d >= 1 && d <= MAX_DRAWS && d <= MonteCarlo.MAX_DRAWS,
                            "range",
                            "1 to " + MAX_DRAWS + " draws, not " + d));
    Optional<Long> seed = p.required("seed", JsonValue::wholeLong);
    double[] wtp = {0, 100_000, 1_000};
    boolean ok =
        p.optional(
                "wtp",
                v ->
                    v.object(
                        w -> {
                          Optional<Double> from = w.optional("from", JsonValue::real);
                          Optional<Double> to = w.optional("to", JsonValue::real);
                          Optional<Double> step = w.optional("step", JsonValue::real);
                          from.ifPresent(x -> wtp[0] = x);
                          to.ifPresent(x -> wtp[1] = x);
                          step.ifPresent(x -> wtp[2] = x);
                          boolean good =
                              w.problems()
                                      .at("step")
                                      .check(wtp[2] > 0, "range", "a positive step, not " + wtp[2])
                                  && w.problems()
                                      .at("to")
                                      .check(
                                          wtp[1] >= wtp[0],
                                          "range.order",
                                          "to (" + wtp[1] + ") is below from (" + wtp[0] + ")");
                          good =
                              good
                                  && w.problems()
                                      .check(
                                          (wtp[1] - wtp[0]) / wtp[2] + 1 <= MAX_WTP_POINTS,
                                          "range",
                                          "at most "
                                              + MAX_WTP_POINTS
                                              + " points on the acceptability curve, not "
                                              + (long) ((wtp[1] - wtp[0]) / wtp[2] + 1));
                          if (good) {
                            good =
                                w.problems()
                                    .attempt(() -> WtpGrid.range(wtp[0], wtp[1], wtp[2]))
                                    .isPresent();
                          }
                          return good ? Optional.of(Boolean.TRUE) : Optional.empty();
                        }))
            .orElse(!p.has("wtp"));
    if (draws.isEmpty() || seed.isEmpty() || !ok) {
      return Optional.empty();
    }
    return Optional.of(new EvaluationDocument.Psa(draws.get(), seed.get(), wtp[0], wtp[1], wtp[2]));
  }

  private static List<OdsCode> organisations(
      Optional<List<OdsCode>> given,
      NetworkDocument network,
      MeasureDataset data,
      Problems problems) {
    if (given.isPresent()) {
      Set<OdsCode> seen = new LinkedHashSet<>();
      for (int i = 0; i < given.get().size(); i++) {
        OdsCode c = given.get().get(i);
        Problems at = problems.at("organisations").at(i);
        at.check(
            network.organisation(c).isPresent(),
            "reference.unknown",
            "'" + c + "' is not an organisation of the network document");
        at.check(seen.add(c), "duplicate", c + " is already charted");
      }
      if (given.get().isEmpty()) {
        problems
            .at("organisations")
            .add(
                "required",
                "name at least one organisation, or leave the field out to chart those with data");
      }
      return List.copyOf(seen);
    }
    // By default: the network's members with rows in the dataset, in the order of their
    // memberships;
    // without data, every member that is not a commissioner.
    Set<OdsCode> withData = new LinkedHashSet<>();
    data.rows().forEach(r -> withData.add(r.organisation()));
    Set<OdsCode> out = new LinkedHashSet<>();
    for (NetworkMembership m : network.network().memberships()) {
      if (data.isEmpty()
          ? !m.role().id().equals("commissioner")
          : withData.contains(m.organisation())) {
        out.add(m.organisation());
      }
    }
    return List.copyOf(out);
  }

  private static List<EvaluationDocument.Charted> measures(
      List<Entry> entries,
      NetworkDocument network,
      GovernanceDocument governance,
      Problems problems) {
    Map<String, String> seen = new HashMap<>();
    Set<String> services = new LinkedHashSet<>();
    network.services().forEach(s -> services.add(s.id()));
    List<EvaluationDocument.Charted> out = new ArrayList<>();
    for (Entry e : entries) {
      Problems at =
          problems
              .at("spc")
              .at("measures")
              .at(Integer.parseInt(e.at().substring(e.at().lastIndexOf('/') + 1)));
      Optional<Measure> m = network.measure(e.measure());
      if (m.isEmpty()) {
        at.at("measure")
            .add(
                "reference.unknown",
                "'"
                    + e.measure()
                    + "' is not a measure of the network document "
                    + network.measures().stream().map(Measure::id).toList());
        continue;
      }
      String key = e.measure() + "|" + e.service().orElse("");
      String earlier = seen.putIfAbsent(key, e.at());
      if (earlier != null) {
        at.at("measure")
            .add(
                "duplicate",
                e.measure()
                    + e.service().map(s -> " for " + s).orElse("")
                    + " is already charted at "
                    + earlier);
        continue;
      }
      e.service()
          .ifPresent(
              s ->
                  at.at("service")
                      .check(
                          services.contains(s),
                          "reference.unknown",
                          "'" + s + "' is not a service of the network document"));
      OptionalDouble target =
          e.target()
              .map(t -> OptionalDouble.of(t.doubleValue()))
              .orElseGet(() -> kpiStandard(governance, e.measure()));
      out.add(new EvaluationDocument.Charted(m.get(), target, e.service()));
    }
    return out;
  }

  /** The standard every KPI on a measure shares, if there are KPIs and they agree. */
  private static OptionalDouble kpiStandard(GovernanceDocument governance, String measure) {
    Set<BigDecimal> standards = new java.util.TreeSet<>();
    for (HostAgreement a : governance.agreements()) {
      for (Kpi k : a.kpis()) {
        if (k.measure().equals(measure)) {
          standards.add(k.standard().stripTrailingZeros());
        }
      }
    }
    return standards.size() == 1
        ? OptionalDouble.of(standards.iterator().next().doubleValue())
        : OptionalDouble.empty();
  }
}
