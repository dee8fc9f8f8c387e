package org.networkedcare.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.metrics.dataset.Figure;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;
import org.networkedcare.metrics.dataset.ReportingUnit;

/**
 * A measure dataset sent as JSON to {@code /v1/spc} or {@code /v1/funnel}: the body {@code
 * {"network": N, "data": D}}, where N is the network document (or a governance document, whose
 * network part is used, as {@code networkedcare data check --network} takes either) and D the
 * measure dataset of docs/dataset.md, either its JSON form ({@code {"schemaVersion": 1, "rows":
 * [...]}}) or its CSV text as a string. The dataset is read by {@link MeasureDatasets}, the reader
 * of the command line's {@code --data}, so its problems are the ones {@code data check} prints,
 * each at its JSON pointer within the body ({@code /data/rows/3/numerator}) or its CSV line.
 *
 * <p>The query chooses the figures: {@code measure} (required), {@code service} (default the whole
 * organisation), {@code level} ({@code site}, {@code organisation} or {@code network}) and, for a
 * funnel, {@code period}. They become the CSV the command reads (one row per unit and period, as
 * the dataset aggregates them: sites add up to organisations, organisations to the network) and the
 * column options that name its columns. Stateless.
 */
final class DatasetRequest {

  /** The query parameters that choose the figures of a dataset. */
  static final Set<String> SPC_PARAMETERS = Set.of("measure", "service", "level");

  /** The query parameters that choose the figures of a dataset for a funnel. */
  static final Set<String> FUNNEL_PARAMETERS = Set.of("measure", "service", "level", "period");

  /** The spc options that name CSV columns: the dataset's columns are fixed. */
  static final Set<String> SPC_CSV_ONLY =
      Set.of(
          "dateColumn",
          "valueColumn",
          "numeratorColumn",
          "denominatorColumn",
          "filter",
          "facetColumn");

  /** The funnel options that name CSV columns. */
  static final Set<String> FUNNEL_CSV_ONLY =
      Set.of("siteColumn", "numeratorColumn", "denominatorColumn", "filter");

  /** The names the dataset is read under, as a file the command line is given would be. */
  static final String JSON_NAME = "data.json";

  static final String CSV_NAME = "data.csv";

  /** The CSV the command reads, and the options that name its columns. */
  record Series(byte[] csv, List<String> options) {}

  private DatasetRequest() {}

  /** The dataset read from the body, with the measure the query names. */
  private record Chosen(
      MeasureDataset dataset,
      Measure measure,
      Optional<String> service,
      Optional<ReportingUnit.Level> level) {}

  /**
   * {@return the SPC series of the measure the query names: one facet per unit (each site,
   * organisation and the network, or those of {@code level}), dated by each period's first day}
   *
   * @param body the JSON body
   * @param query the query's values of {@link #SPC_PARAMETERS} and of {@code chart} and {@code
   *     improvement}
   * @throws ValidationException with every problem of the body and the query
   * @throws IOException never: the CSV is written to memory
   */
  static Series spc(byte[] body, Map<String, String> query) throws IOException {
    Chosen c = choose(body, query);
    String chart = query.getOrDefault("chart", "xmr");
    boolean ratioChart = List.of("p", "pp", "u", "up").contains(chart);
    boolean ratio =
        c.measure().kind() == MeasureKind.PROPORTION || c.measure().kind() == MeasureKind.RATE;
    if (ratioChart && !ratio) {
      throw new ValidationException(
          "",
          "dataset.chart",
          "chart "
              + chart
              + " needs numerators and denominators, and measure '"
              + c.measure().id()
              + "' is a "
              + c.measure().kind()
              + "; a proportion or a rate has them");
    }
    boolean fractions = ratio && !List.of("g", "t").contains(chart);
    StringWriter csv = new StringWriter();
    CsvTable out =
        fractions
            ? CsvTable.start(csv, "date", "unit", "numerator", "denominator")
            : CsvTable.start(csv, "date", "unit", "value");
    for (ReportingUnit unit : units(c)) {
      for (Map.Entry<ReportingPeriod, Figure> e :
          c.dataset().series(c.measure().id(), unit, c.service()).entrySet()) {
        Figure f = e.getValue();
        out.text(e.getKey().start().toString()).text(unit.toString());
        if (fractions) {
          out.number(plain(f.numerator().orElseThrow()))
              .number(plain(f.denominator().orElseThrow()));
        } else {
          out.number(plain(f.value()));
        }
        out.end();
      }
    }
    List<String> options = new ArrayList<>(List.of("--date-column=date", "--facet-column=unit"));
    options.addAll(
        fractions
            ? List.of("--numerator-column=numerator", "--denominator-column=denominator")
            : List.of("--value-column=value"));
    if (!query.containsKey("improvement")) {
      options.add("--improvement=" + c.measure().direction().id());
    }
    return new Series(csv.toString().getBytes(StandardCharsets.UTF_8), options);
  }

  /**
   * {@return the funnel of the measure the query names at one period: one site per unit of {@code
   * level} (default organisation) with a figure for the period}
   *
   * @param body the JSON body
   * @param query the query's values of {@link #FUNNEL_PARAMETERS} and of {@code type} and {@code
   *     title}
   * @throws ValidationException with every problem of the body and the query
   * @throws IOException never: the CSV is written to memory
   */
  static Series funnel(byte[] body, Map<String, String> query) throws IOException {
    Chosen c = choose(body, query);
    List<Problem> problems = new ArrayList<>();
    Optional<ReportingPeriod> period = Optional.empty();
    try {
      period = Optional.of(ReportingPeriod.parse(query.getOrDefault("period", "")));
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(parameter("period", p)));
    }
    MeasureKind kind = c.measure().kind();
    if (kind != MeasureKind.PROPORTION && kind != MeasureKind.RATE) {
      problems.add(
          new Problem(
              "",
              "dataset.funnel",
              "a funnel plot needs numerators and denominators, and measure '"
                  + c.measure().id()
                  + "' is a "
                  + kind
                  + "; a proportion or a rate has them"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    StringWriter csv = new StringWriter();
    CsvTable out = CsvTable.start(csv, "unit", "numerator", "denominator");
    ReportingUnit.Level level = c.level().orElse(ReportingUnit.Level.ORGANISATION);
    int sites = 0;
    for (ReportingUnit unit : c.dataset().units(c.measure().id(), c.service())) {
      Figure f =
          unit.level() == level
              ? c.dataset().series(c.measure().id(), unit, c.service()).get(period.orElseThrow())
              : null;
      if (f != null) {
        out.text(unit.toString())
            .number(plain(f.numerator().orElseThrow()))
            .number(plain(f.denominator().orElseThrow()))
            .end();
        sites++;
      }
    }
    if (sites == 0) {
      throw new ValidationException(
          "",
          "dataset.no-figures",
          "measure '"
              + c.measure().id()
              + "' has no figure at "
              + level
              + " level for "
              + period.orElseThrow()
              + service(c));
    }
    List<String> options =
        new ArrayList<>(
            List.of(
                "--site-column=unit",
                "--numerator-column=numerator",
                "--denominator-column=denominator"));
    if (!query.containsKey("type")) {
      options.add("--type=" + (kind == MeasureKind.RATE ? "rate" : "proportion"));
    }
    if (!query.containsKey("title")) {
      options.add("--title=" + c.measure().name() + ", " + period.orElseThrow());
    }
    return new Series(csv.toString().getBytes(StandardCharsets.UTF_8), options);
  }

  private static String service(Chosen c) {
    return c.service().map(s -> " (service " + s + ")").orElse("");
  }

  private static SortedSet<ReportingUnit> units(Chosen c) {
    SortedSet<ReportingUnit> units = new TreeSet<>();
    for (ReportingUnit u : c.dataset().units(c.measure().id(), c.service())) {
      if (c.level().isEmpty() || c.level().get() == u.level()) {
        units.add(u);
      }
    }
    if (units.isEmpty()) {
      throw new ValidationException(
          "",
          "dataset.no-figures",
          "measure '"
              + c.measure().id()
              + "' has no figures"
              + c.level().map(l -> " at " + l + " level").orElse("")
              + service(c));
    }
    return units;
  }

  /** Reads the body and the query's measure, service and level, every problem at once. */
  private static Chosen choose(byte[] body, Map<String, String> query) {
    JsonNode root = Json.parse(body);
    List<Problem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new ValidationException(
          "", "type", "the body is an object with the network document and the measure dataset");
    }
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      if (!List.of("network", "data").contains(member.getKey())) {
        problems.add(
            new Problem(
                Problem.token(member.getKey()),
                "unknown-field",
                "'"
                    + member.getKey()
                    + "' is not a member of the body; it has network (the network document) and"
                    + " data (the measure dataset)"));
      }
    }
    JsonNode networkNode = root.path("network");
    JsonNode dataNode = root.path("data");
    if (!networkNode.isObject()) {
      problems.add(
          new Problem(
              "/network",
              networkNode.isMissingNode() ? "required" : "type",
              "network is the network document (or a governance document), an object"));
    }
    if (!dataNode.isObject() && !dataNode.isTextual()) {
      problems.add(
          new Problem(
              "/data",
              dataNode.isMissingNode() ? "required" : "type",
              "data is the measure dataset: its JSON form (an object with rows) or its CSV text"));
    }
    Optional<ReportingUnit.Level> level = Optional.empty();
    if (query.containsKey("level")) {
      String text = query.get("level");
      level =
          List.of(ReportingUnit.Level.values()).stream()
              .filter(l -> l.id().equals(text))
              .findFirst();
      if (level.isEmpty()) {
        problems.add(
            new Problem(
                "",
                "parameter.value",
                "query parameter 'level' is site, organisation or network, not '" + text + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    NetworkDocument network;
    try {
      network = network(Json.write(networkNode).getBytes(StandardCharsets.UTF_8));
    } catch (ValidationException e) {
      throw new ValidationException(
          e.problems().stream()
              .map(p -> new Problem("/network" + p.path(), p.code(), p.message()))
              .toList());
    }
    MeasureDataset dataset;
    boolean json = dataNode.isObject();
    byte[] data =
        (json ? Json.write(dataNode) : dataNode.textValue()).getBytes(StandardCharsets.UTF_8);
    try {
      dataset = MeasureDatasets.read(data, json ? JSON_NAME : CSV_NAME, network);
    } catch (ValidationException e) {
      throw new ValidationException(e.problems().stream().map(DatasetRequest::inData).toList());
    }
    String id = query.getOrDefault("measure", "");
    Optional<Measure> measure = dataset.measure(id);
    Optional<String> service = Optional.ofNullable(query.get("service"));
    if (measure.isEmpty()) {
      throw new ValidationException(
          "",
          "dataset.measure",
          "query parameter 'measure': '"
              + id
              + "' has no rows in the dataset; its measures are "
              + String.join(", ", dataset.measures()));
    }
    return new Chosen(dataset, measure.get(), service, level);
  }

  /**
   * {@return a problem of the body or the query as an item of the answer} A dataset's problem is
   * the one the command line prints ({@code data.json:/rows/3/numerator: message [code]}, {@code
   * data.csv:12: column: message [code]}), placed in the body: at its JSON pointer under {@code
   * /data}, or at {@code /data} with its CSV line.
   */
  static ProblemDocument.Item item(Problem p) {
    if (p.path().startsWith(CSV_LINES)) {
      Problem inFile = new Problem(p.path().substring("/data".length()), p.code(), p.message());
      ProblemDocument.Item line =
          ProblemDocument.Item.ofLine(MeasureDatasets.describe(inFile, CSV_NAME));
      return new ProblemDocument.Item(
          Optional.of("/data"), line.line(), line.code(), line.message());
    }
    return new ProblemDocument.Item(Optional.of(p.path()), Optional.empty(), p.code(), p.message());
  }

  /** Where a CSV dataset's problems are: {@code /lines/LINE/COLUMN}, moved under {@code /data}. */
  private static final String CSV_LINES = "/data/lines/";

  /** A dataset's problem at its place in the body. */
  private static Problem inData(Problem p) {
    return new Problem("/data" + p.path(), p.code(), p.message());
  }

  /**
   * {@return a network document, or the network part of a governance document} As {@code
   * networkedcare data check --network} reads one: a document whose only problems are top-level
   * fields a network document does not have is read as a governance document.
   */
  static NetworkDocument network(byte[] bytes) {
    try {
      return NetworkJson.parse(bytes);
    } catch (ValidationException e) {
      boolean onlyOtherFields =
          e.problems().stream()
              .allMatch(p -> p.code().equals("unknown-field") && p.path().lastIndexOf('/') == 0);
      if (!onlyOtherFields) {
        throw e;
      }
      return AssuranceJson.parse(bytes, GovernanceReferenceJson.defaults()).network();
    }
  }

  private static Problem parameter(String name, Problem p) {
    return new Problem("", "parameter.value", "query parameter '" + name + "': " + p.message());
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
