package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.MeasureFormat;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.core.output.OutputFolder;
import org.networkedcare.governance.assurance.Finding;
import org.networkedcare.governance.assurance.HistoryEvent;
import org.networkedcare.governance.assurance.ItemHistory;
import org.networkedcare.governance.assurance.RiskStatus;
import org.networkedcare.governance.assurance.Verdict;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.DecisionAction;
import org.networkedcare.governance.decision.Waiver;
import org.networkedcare.governance.risk.RiskEntry;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.spc.VariationIcon;

/**
 * Renders a {@link BoardPack} as one self-contained HTML page (inline CSS and SVG, no script, no
 * network access) and writes it with the JSON and CSV results beside it. Plain Java text blocks and
 * escaping, not a template engine: the page is one class, and a template engine would add a
 * dependency and a second language for no gain. Every number shown from the results carries a
 * {@code data-ptr} attribute: the JSON pointer of its value in {@code board-pack.json}. Nothing on
 * the page is about one network: its words come from the documents (the evaluation document's
 * {@code notes} for what the documents cannot say).
 */
public final class BoardPackPage implements PageNumbers {

  private static final String CSS =
      """
      body{font-family:Arial,Helvetica,'Liberation Sans',sans-serif;color:#212b32;margin:24px auto;max-width:1180px;padding:0 16px;font-size:14px;line-height:1.4}
      header{border-bottom:4px solid #005eb8;margin-bottom:12px}
      h1{color:#005eb8;font-size:26px;margin:0 0 4px}
      h2{color:#005eb8;border-bottom:1px solid #d8dde0;padding-bottom:4px;margin-top:28px}
      h3{font-size:15px;margin:16px 0 6px}
      table{border-collapse:collapse;margin:8px 0 16px;width:100%}
      th,td{border:1px solid #d8dde0;padding:4px 6px;text-align:left;vertical-align:top}
      th{background:#f0f4f5}
      td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .date,.period,.code{white-space:nowrap}
      .icon{white-space:nowrap;font-size:12px}
      .icon svg{vertical-align:middle}
      .state{font-size:12px;color:#4c6272;font-style:italic;white-space:nowrap}
      .absent{font-size:12px;color:#4c6272;font-style:italic}
      .versions{display:inline;padding:0}.versions li{display:inline}.versions li+li:before{content:", "}
      .charts{display:flex;flex-wrap:wrap;gap:10px}
      .charts svg{width:560px;max-width:100%;height:auto;border:1px solid #eee}
      svg.chart{max-width:100%;height:auto}
      .sev-critical,.sev-high{color:#b00020;font-weight:bold}.sev-medium{color:#8a5a00;font-weight:bold}
      td[class^=verdict]{white-space:nowrap}.verdict-assured{color:#005eb8;font-weight:bold}.verdict-not-assured{color:#b00020;font-weight:bold}
      .note{color:#4c6272;font-size:12px}
      .notes{border-left:6px solid #ffb81c;background:#fff9ec;padding:8px 12px;margin:8px 0}
      .kpis{display:flex;gap:12px;flex-wrap:wrap}
      .kpi{border:1px solid #d8dde0;border-left:6px solid #005eb8;padding:8px 12px;min-width:160px;max-width:360px}
      .kpi b{display:block;font-size:20px}
      @page{size:A4;margin:12mm}
      @media print{
        body{margin:0;max-width:none;font-size:10.5px}
        section{break-before:page}
        section.first{break-before:auto}
        .charts svg{width:88mm}
        svg.chart,table,tr,figure{break-inside:avoid}
        h2,h3{break-after:avoid}
      }
      """;

  private final BoardPack pack;
  private final JsonNode json;

  private BoardPackPage(BoardPack pack, JsonNode json) {
    this.pack = pack;
    this.json = json;
  }

  /**
   * {@return the page}
   *
   * @param pack the evaluation
   */
  public static String render(BoardPack pack) {
    return new BoardPackPage(pack, BoardPackJson.of(pack)).page();
  }

  /**
   * {@return the pack as the JSON document {@code board-pack.json}: every number the page shows,
   * and the full governance and appraisal results}
   *
   * @param pack the evaluation
   */
  public static String json(BoardPack pack) {
    return Json.write(BoardPackJson.of(pack));
  }

  /**
   * Writes {@code index.html}, {@code board-pack.json}, {@code matrix.csv}, {@code spc.csv}, {@code
   * organisations.csv}, {@code budget.csv} and {@code psa.csv} in a directory, creating it if need
   * be, all or none ({@link OutputFolder}: each file renamed into place only when every one is
   * complete, the manifest {@value OutputFolder#MANIFEST} last). The one place the pack's files are
   * written.
   *
   * @param pack the evaluation
   * @param dir the directory
   * @throws IOException when a file cannot be written
   */
  public static void write(BoardPack pack, Path dir) throws IOException {
    try (OutputFolder out = OutputFolder.open(dir)) {
      ObjectNode json = BoardPackJson.of(pack);
      out.write("index.html", new BoardPackPage(pack, json).page());
      out.write("board-pack.json", Json.write(json));
      CsvTable matrix =
          CsvTable.start(
              out.writer("matrix.csv"),
              "measure",
              "level",
              "organisation",
              "site",
              "period",
              "value",
              "mean",
              "lower_limit",
              "upper_limit",
              "target",
              "variation",
              "assurance");
      CsvTable spc =
          CsvTable.start(
              out.writer("spc.csv"),
              "measure",
              "level",
              "organisation",
              "site",
              "period",
              "value",
              "mean",
              "lower_limit",
              "upper_limit",
              "segment",
              "point_type",
              "special_cause");
      List<String> where = List.of("measure", "level", "organisation", "site");
      for (JsonNode c : json.path("spc")) {
        for (String f : where) {
          cell(matrix, c.path(f));
        }
        for (String f :
            List.of(
                "latestPeriod",
                "latest",
                "mean",
                "lowerLimit",
                "upperLimit",
                "target",
                "variation",
                "assurance")) {
          cell(matrix, c.path(f));
        }
        matrix.end();
        for (JsonNode p : c.path("points")) {
          for (String f : where) {
            cell(spc, c.path(f));
          }
          for (String f :
              List.of(
                  "period",
                  "value",
                  "mean",
                  "lowerLimit",
                  "upperLimit",
                  "segment",
                  "pointType",
                  "specialCause")) {
            cell(spc, p.path(f));
          }
          spc.end();
        }
      }
      CsvTable orgs =
          CsvTable.start(
              out.writer("organisations.csv"),
              "option",
              "organisation",
              "pv_costs",
              "pv_benefits",
              "npsv",
              "bcr");
      CsvTable budget =
          CsvTable.start(
              out.writer("budget.csv"), "option", "organisation", "financial_year", "net_cash");
      for (JsonNode o : json.at("/appraisal/options")) {
        for (Iterator<String> it = o.path("organisations").fieldNames(); it.hasNext(); ) {
          String org = it.next();
          JsonNode e = o.path("organisations").path(org);
          cell(orgs, o.path("option"));
          orgs.text(org);
          for (String f : List.of("pvCosts", "pvBenefits", "npsv", "bcr")) {
            cell(orgs, e.path(f));
          }
          orgs.end();
        }
        for (JsonNode b : o.path("budgetImpact")) {
          cell(budget, o.path("option"));
          for (String f : List.of("organisation", "financialYear", "netCash")) {
            cell(budget, b.path(f));
          }
          budget.end();
        }
      }
      List<String> options = pack.psa().options();
      List<String> psaHeader = new ArrayList<>(List.of("draw"));
      List<double[]> draws = new ArrayList<>();
      for (int k = 0; k < options.size(); k++) {
        psaHeader.add("npsv_" + options.get(k));
        draws.add(pack.npsvDraws(k));
      }
      CsvTable psa = CsvTable.start(out.writer("psa.csv"), psaHeader);
      for (int d = 0; d < pack.psa().draws(); d++) {
        psa.number(d);
        for (double[] x : draws) {
          cell(psa, json.numberNode(x[d]));
        }
        psa.end();
      }
      out.commit();
    }
  }

  /**
   * A JSON value as a CSV cell: a number as it is written in the JSON, text as text, null or absent
   * as empty.
   */
  private static void cell(CsvTable table, JsonNode n) throws IOException {
    if (n.isNumber()) {
      table.number(n.asText());
    } else if (n.isNull() || n.isMissingNode()) {
      table.number("");
    } else {
      table.text(n.asText());
    }
  }

  @Override
  public String num(String ptr, DoubleFunction<String> format) {
    JsonNode n = json.at(ptr);
    if (n.isMissingNode() || n.isNull()) {
      return "–";
    }
    return "<span data-ptr=\""
        + escape(ptr)
        + "\">"
        + escape(format.apply(n.asDouble()))
        + "</span>";
  }

  @Override
  public String organisation(String code) {
    try {
      return pack.document()
          .network()
          .organisation(org.networkedcare.core.organisation.OdsCode.of(code))
          .map(o -> o.name() + " (" + code + ")")
          .orElse(code);
    } catch (org.networkedcare.core.validation.ValidationException notACode) {
      return code;
    }
  }

  private static String pointer(String token) {
    return "/" + token.replace("~", "~0").replace("/", "~1");
  }

  private String page() {
    StringBuilder h = new StringBuilder(400_000);
    EvaluationDocument doc = pack.document();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(doc.title()))
        .append(", ")
        .append(pack.asOf())
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>")
        .append(escape(doc.title()))
        .append("</h1>\n<p>Evaluated as of <strong class=\"date\">")
        .append(pack.asOf())
        .append("</strong> · ")
        .append(escape(doc.network().network().name()))
        .append(" (<span class=\"code\">")
        .append(escape(doc.network().network().id()))
        .append("</span>)</p>\n");
    doc.notes()
        .ifPresent(
            n -> h.append("<p class=\"notes\" id=\"notes\">").append(escape(n)).append("</p>\n"));
    h.append("</header>\n");
    summary(h);
    spcCharts(h);
    standardisation(h);
    governance(h);
    StructureSection.render(h, doc.governance(), pack.asOf(), this);
    appraisal(h);
    methods(h);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private void summary(StringBuilder h) {
    h.append("<section class=\"first\" id=\"summary\"><h2>Summary</h2>\n<div class=\"kpis\">");
    JsonNode options = json.at("/appraisal/options");
    for (int k = 0; k < options.size(); k++) {
      String p = "/appraisal/options/" + k;
      h.append("<div class=\"kpi\">NPSV, ")
          .append(escape(options.get(k).path("name").asText()))
          .append(" against ")
          .append(escape(counterfactualName(options.get(k).path("counterfactual").asText())))
          .append("<b>")
          .append(num(p + "/npsv", Format::money))
          .append("</b>BCR ")
          .append(num(p + "/bcr", Format::ratio))
          .append(" · P(NPSV &gt; 0) ")
          .append(num(p + "/probabilityNpsvPositive", Format::percent))
          .append("</div>");
    }
    var a = pack.assessment();
    h.append("<div class=\"kpi\">Governance findings<b>")
        .append(a.findings().size())
        .append("</b></div>")
        .append("<div class=\"kpi\">Board questions not assured<b>")
        .append(a.verdicts().stream().filter(v -> v.verdict().equals("not-assured")).count())
        .append(" of ")
        .append(a.verdicts().size())
        .append("</b></div></div>\n");
    matrix(h);
    h.append("</section>\n");
  }

  private String counterfactualName(String id) {
    return pack.document().appraisal().options().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .map(o -> o.name())
        .orElse(id);
  }

  private void matrix(StringBuilder h) {
    h.append(
            "<h3>Performance matrix: latest period, Making Data Count variation and assurance</h3>\n<table id=\"matrix\">\n")
        .append(
            "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Where</th><th scope=\"col\">Period</th>")
        .append(
            "<th scope=\"col\">Latest</th><th scope=\"col\">Mean</th><th scope=\"col\">Process limits</th>")
        .append(
            "<th scope=\"col\">Target</th><th scope=\"col\">Variation</th><th scope=\"col\">Assurance</th></tr></thead>\n<tbody>\n");
    int i = 0;
    for (BoardPack.Chart c : pack.charts()) {
      String p = "/spc/" + i++;
      MeasureFormat format = MeasureFormat.of(c.charted().measure());
      DoubleFunction<String> f = format::format;
      h.append("<tr><th scope=\"row\">")
          .append(escape(c.charted().measure().name()))
          .append("</th><td>")
          .append(escape(c.label()))
          .append("</td><td class=\"period\">")
          .append(escape(json.at(p + "/period").asText("–")))
          .append("</td><td class=\"n\">")
          .append(num(p + "/latest", f))
          .append("</td><td class=\"n\">")
          .append(num(p + "/mean", f))
          .append("</td><td class=\"n\">");
      if (c.facet().isPresent() && !json.at(p + "/lowerLimit").isNull()) {
        h.append(num(p + "/lowerLimit", f)).append(" to ").append(num(p + "/upperLimit", f));
      } else {
        h.append("–");
      }
      h.append("</td><td class=\"n\">").append(num(p + "/target", f)).append("</td><td>");
      if (c.facet().isPresent()) {
        h.append(
                Charts.variationIcon(VariationIcon.valueOf(c.variation().toUpperCase(Locale.ROOT))))
            .append("</td><td>")
            .append(
                c.facet()
                    .get()
                    .assurance()
                    .map(Charts::assuranceIcon)
                    .orElse("<span class=\"note\">no target</span>"));
      } else {
        String words =
            c.state() == BoardPack.State.TOO_FEW_POINTS
                ? "too few points"
                : notAggregated(c) ? "not aggregated" : "no data";
        h.append("<span class=\"state ")
            .append(c.state().id())
            .append("\">")
            .append(words)
            .append("</span></td><td><span class=\"state ")
            .append(c.state().id())
            .append("\">")
            .append(words)
            .append("</span>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<p class=\"note\">Limits are fixed from the baseline, ")
        .append(pack.document().baselineFrom())
        .append(" to ")
        .append(pack.document().baselineTo())
        .append(" (the dotted blue line on each chart); later points are judged against them. ")
        .append(
            "<em>No data</em>: no value in the baseline or none after it; <em>too few points</em>: fewer than 12 baseline values, too few for "
                + "SPC limits. Neither has an icon or counts as evidence.");
    List<String> watched =
        pack.document().measures().stream()
            .filter(m -> m.measure().direction() == ImprovementDirection.NEUTRAL)
            .map(m -> m.measure().name())
            .distinct()
            .toList();
    if (!watched.isEmpty()) {
      h.append(" Watched measures, with no direction of improvement: ")
          .append(escape(String.join("; ", watched)))
          .append('.');
    }
    h.append("</p>\n");
  }

  private void spcCharts(StringBuilder h) {
    h.append("<section id=\"spc\"><h2>SPC charts</h2>\n");
    for (EvaluationDocument.Charted m : pack.document().measures()) {
      h.append("<h3>")
          .append(escape(m.measure().name()))
          .append(m.service().map(s -> " (" + escape(s) + ")").orElse(""))
          .append(" <span class=\"note\">")
          .append(escape(m.measure().unit()))
          .append(", by ")
          .append(escape(m.measure().periodicity().id()))
          .append(", ")
          .append(
              escape(
                  m.measure().direction() == ImprovementDirection.NEUTRAL
                      ? "no direction"
                      : m.measure().direction().id() + " is better"))
          .append("</span></h3>\n<div class=\"charts\">\n");
      List<String> none = new ArrayList<>();
      List<String> above = new ArrayList<>();
      for (BoardPack.Chart c : pack.charts()) {
        if (c.charted().equals(m)) {
          if (c.state() == BoardPack.State.NO_DATA) {
            (notAggregated(c) ? above : none).add(c.label());
          } else {
            h.append(Charts.spc(c, pack.document().baselineTo()));
          }
        }
      }
      h.append("</div>\n");
      if (!above.isEmpty()) {
        h.append(
                "<p class=\"absent not-aggregated\">Not aggregated (a continuous measure whose definition names no aggregation): ")
            .append(escape(String.join("; ", above)))
            .append(".</p>\n");
      }
      if (!none.isEmpty()) {
        h.append("<p class=\"absent no-data\">No data: ")
            .append(escape(String.join("; ", none)))
            .append(".</p>\n");
      }
    }
    h.append("</section>\n");
  }

  /** Whether a chart has no data only because its measure is not added up above its sites. */
  private static boolean notAggregated(BoardPack.Chart c) {
    return c.state() == BoardPack.State.NO_DATA
        && !c.charted().measure().aggregates()
        && c.unit().level() != org.networkedcare.metrics.dataset.ReportingUnit.Level.SITE;
  }

  private void standardisation(StringBuilder h) {
    if (pack.funnels().isEmpty()) {
      return;
    }
    h.append(
        "<section id=\"standardisation\"><h2>Variation between sites and organisations</h2>\n<p>Funnel plots of the latest period in which "
            + "at least three units have a figure: each unit against the network's value, with 95% and 99.8% limits (FunnelPlotR's method, "
            + "adjusted for over-dispersion when the data show it).</p>\n");
    int i = 0;
    for (BoardPack.Comparison c : pack.funnels()) {
      String p = "/funnels/" + i++;
      MeasureFormat f = MeasureFormat.of(c.charted().measure());
      h.append("<div class=\"charts\">\n")
          .append(Charts.funnel(c))
          .append("</div>\n<table class=\"funnel\" id=\"")
          .append(escape(c.id()))
          .append(
              "-table\"><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Value</th><th scope=\"col\">Denominator</th>")
          .append("<th scope=\"col\">95% limits</th><th scope=\"col\">Judgement</th>")
          .append(
              c.exact().isPresent()
                  ? "<th scope=\"col\">Exact test: p-value</th><th scope=\"col\">Exact judgement</th>"
                  : "")
          .append("</tr></thead><tbody>\n");
      for (int u = 0; u < c.result().sites().size(); u++) {
        FunnelSite s = c.result().sites().get(u);
        String q = p + "/units/" + u;
        String exact = "";
        if (c.exact().isPresent()) {
          int e = 0;
          while (e < c.exact().get().sites().size()
              && !c.exact().get().sites().get(e).site().equals(s.site())) {
            e++;
          }
          if (e < c.exact().get().sites().size()) {
            exact =
                "<td class=\"n\">"
                    + num(p + "/exact/units/" + e + "/pValue", Format::pValue)
                    + "</td><td>"
                    + escape(judgement(c.exact().get().sites().get(e).judgement()))
                    + "</td>";
          } else {
            exact = "<td>–</td><td>–</td>";
          }
        }
        h.append("<tr><th scope=\"row\">")
            .append(escape(c.labels().getOrDefault(s.site(), s.site())))
            .append("</th><td class=\"n\">")
            .append(num(q + "/value", f::format))
            .append("</td><td class=\"n\">")
            .append(num(q + "/denominator", Format::count))
            .append("</td><td class=\"n\">")
            .append(num(q + "/lower95", f::format))
            .append(" to ")
            .append(num(q + "/upper95", f::format))
            .append("</td><td>")
            .append(escape(judgement(s.judgement())))
            .append("</td>")
            .append(exact)
            .append("</tr>\n");
      }
      h.append("</tbody></table>\n");
      c.exact()
          .ifPresent(
              x ->
                  h.append("<p class=\"note\">With ")
                      .append(c.result().sites().size())
                      .append(" units, fewer than the ")
                      .append(
                          org.networkedcare.metrics.funnel.ExactComparison
                              .MIN_SITES_FOR_OVERDISPERSION)
                      .append(
                          " an over-dispersion estimate can bear, each is also compared with the network's value by an exact ")
                      .append(escape(x.test().code().replace('_', ' ')))
                      .append(
                          " test (docs/funnel.md, small networks); the funnel's limits may be widened by the units' own spread.</p>\n"));
    }
    h.append("</section>\n");
  }

  private static String judgement(org.networkedcare.metrics.funnel.OutlierJudgement j) {
    return switch (j) {
      case WITHIN -> "within the limits";
      case FAVOURABLE -> "better than expected";
      case UNFAVOURABLE -> "worse than expected";
      case UNJUDGED -> "outside the limits (no direction)";
    };
  }

  private void governance(StringBuilder h) {
    var a = pack.assessment();
    h.append("<section id=\"governance\"><h2>Governance findings</h2>\n");
    h.append(
            "<h3>Assurance verdict per board question</h3>\n<table id=\"verdicts\"><thead><tr><th scope=\"col\">Question</th>")
        .append(
            "<th scope=\"col\">Verdict</th><th scope=\"col\">Rule</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n");
    for (Verdict v : a.verdicts()) {
      h.append("<tr><th scope=\"row\">")
          .append(escape(v.question()))
          .append("</th><td class=\"verdict-")
          .append(escape(v.verdict()))
          .append("\">")
          .append(escape(v.verdict()))
          .append("</td><td>")
          .append(escape(v.rule()))
          .append("</td><td>");
      v.evidence()
          .forEach(
              e -> {
                String subject = (e.measure().orElse("") + " " + e.site().orElse("")).trim();
                h.append(subject.isEmpty() ? "" : escape(subject) + ": ")
                    .append(escape(e.state()))
                    .append(e.detail().isEmpty() ? "" : " (" + escape(e.detail()) + ")")
                    .append("<br>");
              });
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    h.append(
            "<h3>Findings: triggers, escalations, red lines, baselines</h3>\n<table id=\"findings\"><thead><tr><th scope=\"col\">#</th>")
        .append(
            "<th scope=\"col\">Severity</th><th scope=\"col\">Finding</th><th scope=\"col\">Who acts</th><th scope=\"col\">By</th></tr></thead><tbody>\n");
    int i = 1;
    for (Finding f : a.findings()) {
      h.append("<tr><td>")
          .append(i++)
          .append("</td><td class=\"sev-")
          .append(escape(f.severity()))
          .append("\">")
          .append(escape(f.severity()))
          .append("</td><td><strong>")
          .append(escape(f.code()))
          .append("</strong> ")
          .append(escape(f.summary()))
          .append("</td><td>")
          .append(
              f.actor()
                  .map(
                      x ->
                          escape(x.role() + " at " + organisation(x.organisation().value()))
                              + f.escalationLevel().stream()
                                  .mapToObj(l -> " (level " + l + ")")
                                  .findFirst()
                                  .orElse(""))
                  .orElse("–"))
          .append("</td><td class=\"date\">")
          .append(f.dueDate().map(Object::toString).orElse("–"))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    items(h, a);
    decisionLog(h, a.asOf());
    h.append("<h3>Risks by band</h3>\n");
    if (a.risks().isEmpty()) {
      h.append("<p>No risks are recorded in the governance document.</p>\n");
    } else {
      h.append(
              "<table id=\"risks\"><thead><tr><th scope=\"col\">Risk</th><th scope=\"col\">Band</th><th scope=\"col\">Initial</th>")
          .append(
              "<th scope=\"col\">Current</th><th scope=\"col\">Target</th><th scope=\"col\">Next review</th><th scope=\"col\">Above appetite</th>")
          .append("<th scope=\"col\">Owners (share)</th></tr></thead><tbody>\n");
      // a shared risk has one score and several owners: each owner's board sees its share
      Map<String, String> owners = new HashMap<>();
      for (RiskEntry e : pack.document().governance().risks()) {
        owners.put(
            e.id(), String.join("; ", e.owners().stream().map(RiskEntry.Owner::toString).toList()));
      }
      for (RiskStatus r : a.risks()) {
        TableRow.of(h, r.id() + ": " + r.title())
            .text(r.band())
            .number(r.initial())
            .number(r.current())
            .number(r.target())
            .date(r.nextReview())
            .html(r.aboveAppetite() ? "yes" : "no")
            .text(owners.getOrDefault(r.id(), ""))
            .end();
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  /**
   * The items the engine follows, open first: each with its history (opened, each level, each
   * decision, closed).
   */
  private static void items(StringBuilder h, org.networkedcare.governance.assurance.Assessment a) {
    h.append("<h3>Open and closed items</h3>\n");
    if (a.history().isEmpty()) {
      h.append("<p>No trigger, red line, dispute or risk has been opened or decided by ")
          .append(a.asOf())
          .append(".</p>\n");
      return;
    }
    List<ItemHistory> ordered = new ArrayList<>(a.openItems());
    a.history().stream().filter(x -> !x.open()).forEach(ordered::add);
    h.append(
            "<table id=\"items\"><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Opened</th><th scope=\"col\">State</th>")
        .append("<th scope=\"col\">History</th></tr></thead><tbody>\n");
    for (ItemHistory item : ordered) {
      h.append("<tr><th scope=\"row\">")
          .append(escape(item.kind() + " " + item.subject()))
          .append("</th><td class=\"date\">")
          .append(item.opened())
          .append("</td><td>")
          .append(item.closed().map(c -> "closed " + c).orElse("open"))
          .append("</td><td>");
      for (HistoryEvent e : item.events()) {
        h.append("<span class=\"date\">")
            .append(e.date())
            .append("</span> ")
            .append(escape(e.kind().id()))
            .append(": ")
            .append(escape(e.detail()))
            .append("<br>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** The decision log as the governance document records it, up to the evaluation date. */
  private void decisionLog(StringBuilder h, java.time.LocalDate asOf) {
    List<Decision> known =
        pack.document().governance().decisions().stream()
            .filter(d -> d.knownOn(asOf))
            .sorted(java.util.Comparator.comparing(Decision::date).thenComparing(Decision::id))
            .toList();
    h.append("<h3>Decision log</h3>\n");
    if (known.isEmpty()) {
      h.append("<p>No decision is recorded by ").append(asOf).append(".</p>\n");
    } else {
      h.append(
              "<table id=\"decisions\"><thead><tr><th scope=\"col\">Decision</th><th scope=\"col\">Date</th><th scope=\"col\">By</th>")
          .append(
              "<th scope=\"col\">About</th><th scope=\"col\">Outcome</th><th scope=\"col\">Actions (owner, due, status at ")
          .append(asOf)
          .append(")</th></tr></thead><tbody>\n");
      for (Decision d : known) {
        h.append("<tr><th scope=\"row\">")
            .append(escape(d.id()))
            .append("</th><td class=\"date\">")
            .append(d.date())
            .append("</td><td>")
            .append(escape(d.decidedBy().toString()))
            .append("</td><td>")
            .append(escape(d.about().toString()))
            .append("</td><td>")
            .append(escape(d.outcome().id()))
            .append(d.note().map(n -> "<br>" + escape(n)).orElse(""))
            .append("</td><td>");
        for (DecisionAction x : d.actions()) {
          String status =
              x.status() == DecisionAction.Status.CANCELLED
                  ? "cancelled"
                  : x.doneBy(asOf)
                      ? "done "
                          + x.completed().orElseThrow()
                          + (x.completed().orElseThrow().isAfter(x.due()) ? " (late)" : "")
                      : x.due().isBefore(asOf) ? "overdue" : "open";
          h.append(
                  escape(
                      x.id()
                          + " "
                          + x.description()
                          + " ("
                          + x.owner()
                          + ", due "
                          + x.due()
                          + ", "
                          + status
                          + ")"))
              .append("<br>");
        }
        h.append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    List<Waiver> waivers =
        pack.document().governance().waivers().stream()
            .filter(w -> !w.from().isAfter(asOf))
            .sorted(java.util.Comparator.comparing(Waiver::id))
            .toList();
    if (!waivers.isEmpty()) {
      h.append(
              "<h3>Approved exceptions</h3>\n<table id=\"waivers\"><thead><tr><th scope=\"col\">Waiver</th><th scope=\"col\">Rule lifted</th>")
          .append(
              "<th scope=\"col\">Approved by</th><th scope=\"col\">Why</th><th scope=\"col\">In force</th></tr></thead><tbody>\n");
      for (Waiver w : waivers) {
        h.append("<tr><th scope=\"row\">")
            .append(escape(w.id()))
            .append("</th><td>")
            .append(
                escape(
                    w.rule().id()
                        + " for "
                        + w.agreement()
                        + w.measure()
                            .map(m -> ", " + m + " at " + w.site().orElseThrow())
                            .orElse("")))
            .append("</td><td>")
            .append(escape(w.approvedBy().toString()))
            .append("</td><td>")
            .append(escape(w.reason()))
            .append("</td><td>")
            .append(w.from())
            .append(" to ")
            .append(w.until())
            .append(w.until().isBefore(asOf) ? " (expired)" : "")
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
  }

  private void appraisal(StringBuilder h) {
    Appraisal doc = pack.document().appraisal();
    h.append("<section id=\"appraisal\"><h2>Appraisal against the counterfactual</h2>\n<p>")
        .append(escape(doc.title()))
        .append(". Green Book method, real ")
        .append(escape(doc.priceBase().toString()))
        .append(" prices, ")
        .append(doc.horizonYears())
        .append(" years from ")
        .append(escape(doc.yearZero().toString()))
        .append(".</p>\n");
    JsonNode options = json.at("/appraisal/options");
    for (int k = 0; k < pack.appraisal().options().size(); k++) {
      AppraisalResult.OptionResult option = pack.appraisal().options().get(k);
      String p = "/appraisal/options/" + k;
      h.append("<h3 id=\"option-")
          .append(escape(option.option()))
          .append("\">")
          .append(escape(option.name()))
          .append(" against <em>")
          .append(escape(counterfactualName(option.counterfactual())))
          .append("</em></h3>\n<p>Payback: ")
          .append(
              json.at(p + "/paybackYear").isNull()
                  ? "none within the horizon"
                  : "year " + num(p + "/paybackYear", v -> String.valueOf((long) v)))
          .append(
              json.at(p + "/discountedQalys").isMissingNode()
                  ? ""
                  : ". Discounted QALYs: "
                      + num(p + "/discountedQalys", v -> String.format(Locale.ROOT, "%.1f", v)))
          .append(".</p>\n");
      h.append("<table class=\"organisations\" id=\"organisations-")
          .append(escape(option.option()))
          .append("\"><thead><tr><th scope=\"col\">Organisation</th>")
          .append(
              "<th scope=\"col\">PV costs</th><th scope=\"col\">PV benefits</th><th scope=\"col\">Net benefit (NPSV)</th><th scope=\"col\">BCR</th>")
          .append("</tr></thead><tbody>\n");
      for (Iterator<String> it = options.get(k).path("organisations").fieldNames();
          it.hasNext(); ) {
        String org = it.next();
        String q = p + "/organisations" + pointer(org);
        TableRow.of(h, organisation(org))
            .number(num(q + "/pvCosts", Format::money))
            .number(num(q + "/pvBenefits", Format::money))
            .number(num(q + "/npsv", Format::money))
            .number(num(q + "/bcr", Format::ratio))
            .end();
      }
      h.append("<tr><th scope=\"row\">Network</th><td class=\"n\">")
          .append(num(p + "/pvCosts", Format::money))
          .append("</td><td class=\"n\">")
          .append(num(p + "/pvBenefits", Format::money))
          .append("</td><td class=\"n\"><strong>")
          .append(num(p + "/npsv", Format::money))
          .append("</strong></td><td class=\"n\">")
          .append(num(p + "/bcr", Format::ratio))
          .append("</td></tr>\n</tbody></table>\n");
      positions(h, options.get(k), p);
      budget(h, options.get(k), p);
      h.append(Charts.tornado(option, name -> name, "tornado-" + option.option()));
    }
    realised(h);
    Purchasing.html(h, pack, this);
    h.append("<h3>Probabilistic analysis</h3>\n<p>")
        .append(num("/psa/draws", v -> String.valueOf((long) v)))
        .append(" draws, seed ")
        .append(num("/psa/seed", v -> String.valueOf((long) v)))
        .append(".</p>\n<table id=\"psa\"><thead><tr><th scope=\"col\">Option</th>")
        .append(
            "<th scope=\"col\">Mean NPSV</th><th scope=\"col\">95% interval</th><th scope=\"col\">P(NPSV &gt; 0)</th></tr></thead><tbody>\n");
    for (int k = 0; k < options.size(); k++) {
      String p = "/appraisal/options/" + k + "/psa";
      if (json.at(p).isMissingNode()) {
        continue;
      }
      TableRow.of(h, options.get(k).path("name").asText())
          .number(num(p + "/meanNpsv", Format::money))
          .number(num(p + "/p2_5", Format::money) + " to " + num(p + "/p97_5", Format::money))
          .number(num(p + "/probabilityNpsvPositive", Format::percent))
          .end();
    }
    h.append("</tbody></table>\n<div class=\"charts\">\n");
    for (int k = 0; k < pack.psa().options().size(); k++) {
      String id = pack.psa().options().get(k);
      String name =
          pack.appraisal().options().stream()
              .filter(o -> o.option().equals(id))
              .findFirst()
              .map(o -> o.name())
              .orElse(id);
      h.append(
          Charts.histogram(
              pack.npsvDraws(k),
              pack.psa().npsvSummary(k).probabilityPositive(),
              name,
              "npsv-histogram-" + id));
    }
    JsonNode curve = json.at("/psa/acceptability");
    if (curve.isArray() && curve.size() > 0) {
      List<String> names = new ArrayList<>();
      curve.get(0).path("probability").fieldNames().forEachRemaining(names::add);
      double[] w = new double[curve.size()];
      double[][] pr = new double[names.size()][curve.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = curve.get(i).path("wtp").asDouble();
        for (int k = 0; k < names.size(); k++) {
          pr[k][i] = curve.get(i).path("probability").path(names.get(k)).asDouble();
        }
      }
      List<String> labels = names.stream().map(this::optionName).toList();
      h.append(Charts.acceptability(w, labels, pr));
    }
    h.append("</div>\n</section>\n");
  }

  private String optionName(String id) {
    return pack.document().appraisal().options().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .map(o -> o.name())
        .orElse(id);
  }

  private void budget(StringBuilder h, JsonNode option, String p) {
    JsonNode rows = option.path("budgetImpact");
    if (rows.isEmpty()) {
      return;
    }
    TreeSet<String> years = new TreeSet<>();
    Map<String, Map<String, Integer>> at = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String org = rows.get(i).path("organisation").asText();
      String fy = rows.get(i).path("financialYear").asText();
      years.add(fy);
      at.computeIfAbsent(org, x -> new LinkedHashMap<>()).put(fy, i);
    }
    h.append("<table class=\"budget\" id=\"budget-")
        .append(escape(option.path("option").asText()))
        .append(
            "\"><caption class=\"note\">Budget impact: each organisation's net cash by financial year (undiscounted, real prices; positive: the "
                + "budget is better off)</caption><thead><tr><th scope=\"col\">Organisation</th>");
    years.forEach(
        y ->
            h.append("<th scope=\"col\" class=\"period\">")
                .append(escape(FinancialYear.parse(y).toString()))
                .append("</th>"));
    h.append("</tr></thead><tbody>\n");
    at.forEach(
        (org, byYear) -> {
          TableRow row = TableRow.of(h, organisation(org));
          for (String y : years) {
            Integer i = byYear.get(y);
            row.number(i == null ? "–" : num(p + "/budgetImpact/" + i + "/netCash", Format::money));
          }
          row.end();
        });
    h.append("</tbody></table>\n");
  }

  private void realised(StringBuilder h) {
    h.append("<h3>Benefits realised against the appraised trajectory</h3>\n");
    JsonNode byOrg = json.at("/appraisal/realisedByOrganisation");
    if (byOrg.isEmpty()) {
      h.append(
              "<p id=\"realised\">No benefit is observed yet: the dataset has no period, ended by ")
          .append(pack.asOf())
          .append(
              ", of a derived benefit line's measure at its baseline's scope in a year of the line.</p>\n");
      return;
    }
    h.append(
            "<table id=\"realised\"><thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\">Benefit assumed</th>")
        .append(
            "<th scope=\"col\">Benefit realised</th><th scope=\"col\">Realised less assumed</th></tr></thead><tbody>\n");
    for (Iterator<String> it = byOrg.fieldNames(); it.hasNext(); ) {
      String org = it.next();
      String q = "/appraisal/realisedByOrganisation" + pointer(org);
      TableRow.of(h, organisation(org))
          .number(num(q + "/assumedBenefit", Format::money))
          .number(num(q + "/realisedBenefit", Format::money))
          .number(num(q + "/difference", Format::money))
          .end();
    }
    h.append(
        "</tbody></table>\n<p class=\"note\">Over the periods observed: each derived benefit line's measure read from the dataset at its "
            + "baseline's scope, period by period, valued as the appraisal values the trajectory it assumed.</p>\n");
  }

  private void methods(StringBuilder h) {
    var doc = pack.document();
    Appraisal ap = doc.appraisal();
    h.append("<section id=\"methods\"><h2>Methods and data</h2>\n<dl>\n")
        .append("<dt>Evaluation date</dt><dd><span class=\"date\">")
        .append(pack.asOf())
        .append(
            "</span> (a period is charted when it ended by then; nothing reads the clock)</dd>\n")
        .append("<dt>Data</dt><dd>")
        .append(escape(doc.dataSource()))
        .append(" (measure dataset <code>")
        .append(escape(doc.dataName()))
        .append("</code>: ")
        .append(String.format(Locale.ROOT, "%,d", doc.data().rows().size()))
        .append(" rows)</dd>\n")
        .append("<dt>Governance</dt><dd><code>")
        .append(escape(doc.governanceName()))
        .append("</code>; reference data: <ul class=\"versions\">");
    new java.util.TreeMap<>(pack.assessment().referenceVersions())
        .forEach(
            (id, version) ->
                h.append("<li>")
                    .append(escape(id))
                    .append(" ")
                    .append(escape(String.valueOf(version)))
                    .append("</li>"));
    h.append(
            "</ul></dd>\n<dt>SPC</dt><dd>XmR charts (limits mean ± 2.66 × mean moving range), Making Data Count rules; limits fixed from ")
        .append(doc.baselineFrom())
        .append(" to ")
        .append(doc.baselineTo())
        .append(" (at least 12 values); levels charted: ")
        .append(escape(String.join(", ", doc.levels().stream().map(l -> l.id()).toList())))
        .append(
            "; an organisation's figure adds up its sites' numerators and denominators, the network's its organisations'.</dd>\n")
        .append("<dt>Appraisal</dt><dd><code>")
        .append(escape(doc.appraisalName()))
        .append("</code>: ")
        .append(escape(ap.title()))
        .append(". Price base ")
        .append(escape(ap.priceBase().toString()))
        .append(", year 0 ")
        .append(escape(ap.yearZero().toString()))
        .append(", horizon ")
        .append(ap.horizonYears())
        .append(
            " years; Green Book discount schedules (see the warnings for editions still to confirm)")
        .append(". ")
        .append(escape(ap.description()))
        .append("</dd>\n")
        .append(
            "<dt>Probabilistic analysis</dt><dd>Monte Carlo over the appraisal's parameter distributions, ")
        .append(doc.psa().draws())
        .append(" draws, seed ")
        .append(doc.psa().seed())
        .append("; the same documents give the same page byte for byte.</dd>\n")
        .append("<dt>Warnings</dt><dd>");
    pack.appraisal().warnings().forEach(w -> h.append(escape(w.message())).append("<br>"));
    h.append("</dd>\n<dt>Versions</dt><dd>networkedcare ")
        .append(escape(version()))
        .append("</dd>\n</dl>\n")
        .append(
            "<p class=\"note\">The results are also in <code>board-pack.json</code>, <code>matrix.csv</code>, <code>spc.csv</code>, ")
        .append(
            "<code>organisations.csv</code>, <code>budget.csv</code> and <code>psa.csv</code> beside this page.</p>\n</section>\n");
  }

  private static String version() {
    try (var in =
        BoardPackPage.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      var p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Each organisation's position with and without the payments between parties, when the option has
   * any.
   */
  private void positions(StringBuilder h, JsonNode option, String p) {
    if (!option.has("positions")) {
      return;
    }
    h.append(
            "<p>Payments between the parties (transfers, gain-shares, rewards) change no network total; they move each")
        .append(
            " organisation's net benefit as follows (present values).</p>\n<table class=\"positions\" id=\"positions-")
        .append(escape(option.path("option").asText()))
        .append("\"><thead><tr><th scope=\"col\">Organisation</th>")
        .append(
            "<th scope=\"col\">Net benefit without</th><th scope=\"col\">Transfers</th><th scope=\"col\">Gain-shares</th>")
        .append(
            "<th scope=\"col\">Rewards</th><th scope=\"col\">Net benefit with</th><th scope=\"col\">P(gains)</th></tr></thead><tbody>\n");
    for (Iterator<String> it = option.path("positions").fieldNames(); it.hasNext(); ) {
      String org = it.next();
      String q = p + "/positions" + pointer(org);
      TableRow row = TableRow.of(h, organisation(org));
      for (String f :
          new String[] {"npsvBefore", "transfers", "gainShares", "rewards", "npsvAfter"}) {
        row.number(num(q + "/" + f, Format::money));
      }
      row.number(num(q + "/probabilityGains", Format::percent)).end();
    }
    h.append("</tbody></table>\n");
    rewardsRealised(h, option.path("option").asText());
  }

  /**
   * An option's rewards as appraised and as realised over the periods the dataset has observed:
   * what the trajectory assumed would be paid and what the observed values earned.
   */
  private void rewardsRealised(StringBuilder h, String optionId) {
    JsonNode all = json.at("/appraisal/result/rewardsRealised");
    boolean any = false;
    for (int i = 0; i < all.size(); i++) {
      JsonNode r = all.get(i);
      if (!r.path("option").asText().equals(optionId)) {
        continue;
      }
      if (!any) {
        h.append("<table class=\"rewards\" id=\"rewards-")
            .append(escape(optionId))
            .append("\"><thead><tr><th scope=\"col\">Reward</th><th scope=\"col\">Paid by, to</th>")
            .append(
                "<th scope=\"col\">Periods observed</th><th scope=\"col\">Met as appraised</th>")
            .append(
                "<th scope=\"col\">Met as realised</th><th scope=\"col\">Reward as appraised</th>")
            .append("<th scope=\"col\">Reward earned</th></tr></thead><tbody>\n");
        any = true;
      }
      JsonNode obs = r.path("observations");
      int appraised = 0;
      int realised = 0;
      for (JsonNode o : obs) {
        appraised += o.path("achievedAsAppraised").asBoolean() ? 1 : 0;
        realised += o.path("achievedAsRealised").asBoolean() ? 1 : 0;
      }
      String q = "/appraisal/result/rewardsRealised/" + i;
      TableRow.of(h, r.path("reward").asText())
          .text(
              organisation(r.path("payer").asText())
                  + " to "
                  + organisation(r.path("receiver").asText()))
          .number(obs.size())
          .number(appraised)
          .number(realised)
          .number(num(q + "/assumedReward", Format::money))
          .number(num(q + "/realisedReward", Format::money))
          .end();
    }
    if (any) {
      h.append("</tbody></table>\n");
    }
  }
}
