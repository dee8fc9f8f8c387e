package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleFunction;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.core.output.OutputFolder;
import org.networkedcare.governance.assurance.Finding;
import org.networkedcare.governance.assurance.RiskStatus;
import org.networkedcare.governance.assurance.Verdict;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.spc.VariationIcon;

/**
 * Renders a {@link BoardPack} as one self-contained HTML page (inline CSS and SVG, no script, no
 * network access) and writes it with the JSON and CSV results beside it. Plain Java text blocks
 * and escaping, not a template engine: the page is one class, and a template engine would add a
 * dependency and a second language for no gain. Every number shown from the results carries a
 * {@code data-ptr} attribute: the JSON pointer of its value in {@code board-pack.json}.
 */
public final class BoardPackPage {

  private static final String CSS = """
      body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:24px auto;max-width:1180px;padding:0 16px;font-size:14px;line-height:1.4}
      header{border-bottom:4px solid #005eb8;margin-bottom:12px}
      h1{color:#005eb8;font-size:26px;margin:0 0 4px}
      h2{color:#005eb8;border-bottom:1px solid #d8dde0;padding-bottom:4px;margin-top:28px}
      h3{font-size:15px;margin:16px 0 6px}
      table{border-collapse:collapse;margin:8px 0 16px;width:100%}
      th,td{border:1px solid #d8dde0;padding:4px 6px;text-align:left;vertical-align:top}
      th{background:#f0f4f5}
      td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .icon{white-space:nowrap;font-size:12px}
      .icon svg{vertical-align:middle}
      .charts{display:flex;flex-wrap:wrap;gap:10px}
      .charts svg{width:560px;max-width:100%;height:auto;border:1px solid #eee}
      svg.chart{max-width:100%;height:auto}
      .sev-high{color:#b00020;font-weight:bold}.sev-medium{color:#8a5a00;font-weight:bold}
      td[class^=verdict]{white-space:nowrap}.verdict-assured{color:#005eb8;font-weight:bold}.verdict-not-assured{color:#b00020;font-weight:bold}
      .note{color:#4c6272;font-size:12px}
      .kpis{display:flex;gap:12px;flex-wrap:wrap}
      .kpi{border:1px solid #d8dde0;border-left:6px solid #005eb8;padding:8px 12px;min-width:160px}
      .kpi b{display:block;font-size:20px}
      @page{size:A4;margin:12mm}
      @media print{
        body{margin:0;max-width:none;font-size:10.5px}
        section{break-before:page}
        section.first{break-before:auto}
        .charts svg{width:88mm}
        svg.chart,table,tr,figure{break-inside:avoid}
        h2{break-after:avoid}
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
    return new BoardPackPage(pack, pack.toJson()).page();
  }

  /**
   * Writes {@code index.html}, {@code board-pack.json}, {@code spc.csv}, {@code matrix.csv}, {@code
   * organisations.csv} and {@code psa.csv} in a directory, creating it if need be, all or none
   * ({@link OutputFolder}: each file renamed into place only when every one is complete, the
   * manifest {@value OutputFolder#MANIFEST} last).
   *
   * @param pack the evaluation
   * @param dir the directory
   * @throws IOException when a file cannot be written
   */
  public static void write(BoardPack pack, Path dir) throws IOException {
    try (OutputFolder out = OutputFolder.open(dir)) {
      ObjectNode json = pack.toJson();
      out.write("index.html", new BoardPackPage(pack, json).page());
      out.write("board-pack.json", new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
      CsvTable matrix = CsvTable.start(out.writer("matrix.csv"),
          "measure", "organisation", "month", "value", "mean", "lower_limit", "upper_limit", "target", "variation", "assurance");
      CsvTable spc = CsvTable.start(out.writer("spc.csv"),
          "measure", "organisation", "month", "value", "mean", "lower_limit", "upper_limit", "segment", "point_type", "special_cause");
      for (JsonNode c : json.path("spc")) {
        for (String f : List.of("measure", "organisation", "latestMonth", "latest", "mean", "lowerLimit", "upperLimit", "target", "variation", "assurance")) {
          cell(matrix, c.path(f));
        }
        matrix.end();
        for (JsonNode p : c.path("points")) {
          cell(spc, c.path("measure"));
          cell(spc, c.path("organisation"));
          for (String f : List.of("month", "value", "mean", "lowerLimit", "upperLimit", "segment", "pointType", "specialCause")) {
            cell(spc, p.path(f));
          }
          spc.end();
        }
      }
      CsvTable orgs = CsvTable.start(out.writer("organisations.csv"), "option", "organisation", "pv_costs", "pv_benefits", "npsv", "bcr");
      JsonNode ap = json.path("appraisal");
      for (Iterator<String> it = ap.path("organisations").fieldNames(); it.hasNext(); ) {
        String org = it.next();
        JsonNode e = ap.path("organisations").path(org);
        cell(orgs, ap.path("option"));
        orgs.text(org);
        for (String f : List.of("pvCosts", "pvBenefits", "npsv", "bcr")) {
          cell(orgs, e.path(f));
        }
        orgs.end();
      }
      CsvTable psa = CsvTable.start(out.writer("psa.csv"), "draw", "npsv");
      double[] draws = pack.npsvDraws();
      for (int d = 0; d < draws.length; d++) {
        psa.number(d);
        cell(psa, json.numberNode(draws[d]));
        psa.end();
      }
      out.commit();
    }
  }

  /** A JSON value as a CSV cell: a number as it is written in the JSON, text as text, null or absent as empty. */
  private static void cell(CsvTable table, JsonNode n) throws IOException {
    if (n.isNumber()) {
      table.number(n.asText());
    } else if (n.isNull() || n.isMissingNode()) {
      table.number("");
    } else {
      table.text(n.asText());
    }
  }

  private String num(String ptr, DoubleFunction<String> format) {
    JsonNode n = json.at(ptr);
    if (n.isMissingNode() || n.isNull()) {
      return "–";
    }
    return "<span data-ptr=\"" + escape(ptr) + "\">" + escape(format.apply(n.asDouble())) + "</span>";
  }

  private String page() {
    StringBuilder h = new StringBuilder(400_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(pack.document().title())).append(", ").append(pack.asOf()).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    var option = pack.option();
    h.append("<header><h1>").append(escape(pack.document().title())).append("</h1>\n<p>Evaluated as of <strong>")
        .append(pack.asOf()).append("</strong> · ").append(escape(pack.assessment().network()))
        .append(" · money values are ILLUSTRATIVE on real activity baselines (see Methods)</p></header>\n");
    h.append("<section class=\"first\" id=\"summary\"><h2>Summary</h2>\n<div class=\"kpis\">")
        .append("<div class=\"kpi\">NPSV, ").append(escape(option.option())).append(" against ").append(escape(option.counterfactual()))
        .append("<b>").append(num("/appraisal/npsv", Format::money)).append("</b></div>")
        .append("<div class=\"kpi\">Benefit-cost ratio<b>").append(num("/appraisal/bcr", Format::ratio)).append("</b></div>")
        .append("<div class=\"kpi\">P(NPSV &gt; 0)<b>").append(num("/psa/probabilityNpsvPositive", Format::percent)).append("</b></div>")
        .append("<div class=\"kpi\">Governance findings<b>").append(pack.assessment().findings().size()).append("</b></div>")
        .append("<div class=\"kpi\">Board questions not assured<b>")
        .append(pack.assessment().verdicts().stream().filter(v -> v.verdict().equals("not-assured")).count()).append(" of ")
        .append(pack.assessment().verdicts().size()).append("</b></div></div>\n");
    matrix(h);
    h.append("</section>\n");
    spcCharts(h);
    governance(h);
    appraisal(h);
    methods(h);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private void matrix(StringBuilder h) {
    h.append("<h3>Performance matrix: latest month, Making Data Count variation and assurance</h3>\n<table id=\"matrix\">\n")
        .append("<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Organisation</th><th scope=\"col\">Month</th>")
        .append("<th scope=\"col\">Latest</th><th scope=\"col\">Mean</th><th scope=\"col\">Lower limit</th><th scope=\"col\">Upper limit</th>")
        .append("<th scope=\"col\">Target</th><th scope=\"col\">Variation</th><th scope=\"col\">Assurance</th></tr></thead>\n<tbody>\n");
    int i = 0;
    for (BoardPack.Chart c : pack.charts()) {
      String p = "/spc/" + i++;
      DoubleFunction<String> f = v -> Format.measure(c.measure(), java.util.OptionalDouble.of(v));
      h.append("<tr><th scope=\"row\">").append(escape(c.measure().name())).append("</th><td>").append(escape(c.organisation()))
          .append("</td><td>").append(json.at(p + "/latestMonth").asText()).append("</td><td class=\"n\">").append(num(p + "/latest", f))
          .append("</td><td class=\"n\">").append(num(p + "/mean", f)).append("</td><td class=\"n\">").append(num(p + "/lowerLimit", f))
          .append("</td><td class=\"n\">").append(num(p + "/upperLimit", f)).append("</td><td class=\"n\">").append(num(p + "/target", f))
          .append("</td><td>").append(Charts.variationIcon(VariationIcon.valueOf(json.at(p + "/variation").asText().toUpperCase(java.util.Locale.ROOT))))
          .append("</td><td>").append(c.facet().assurance().map(Charts::assuranceIcon).orElse("<span class=\"note\">no target</span>"))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<p class=\"note\">Limits are fixed from the baseline months ")
        .append(pack.document().baselineFrom()).append(" to ").append(pack.document().baselineTo())
        .append(" (the dotted blue line on each chart); later points are judged against them. Attendances and admissions are watched measures with no target.</p>\n");
  }

  private void spcCharts(StringBuilder h) {
    h.append("<section id=\"spc\"><h2>SPC charts</h2>\n");
    for (EvaluationDocument.Measure m : pack.document().measures()) {
      h.append("<h3>").append(escape(m.name())).append("</h3>\n<div class=\"charts\">\n");
      for (BoardPack.Chart c : pack.charts()) {
        if (c.measure().equals(m)) {
          h.append(Charts.spc(c, m.name() + ": " + c.organisation(), pack.document().baselineTo()));
        }
      }
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private void governance(StringBuilder h) {
    var a = pack.assessment();
    h.append("<section id=\"governance\"><h2>Governance findings</h2>\n");
    h.append("<h3>Assurance verdict per board question</h3>\n<table id=\"verdicts\"><thead><tr><th scope=\"col\">Question</th>")
        .append("<th scope=\"col\">Verdict</th><th scope=\"col\">Rule</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n");
    for (Verdict v : a.verdicts()) {
      h.append("<tr><th scope=\"row\">").append(escape(v.question())).append("</th><td class=\"verdict-").append(escape(v.verdict()))
          .append("\">").append(escape(v.verdict())).append("</td><td>").append(escape(v.rule())).append("</td><td>");
      v.evidence().forEach(e -> {
        String subject = (e.measure().orElse("") + " " + e.site().orElse("")).trim();
        h.append(subject.isEmpty() ? "" : escape(subject) + ": ").append(escape(e.state()))
            .append(e.detail().isEmpty() ? "" : " (" + escape(e.detail()) + ")").append("<br>");
      });
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    h.append("<h3>Findings: triggers, escalations, red lines, baselines</h3>\n<table id=\"findings\"><thead><tr><th scope=\"col\">#</th>")
        .append("<th scope=\"col\">Severity</th><th scope=\"col\">Finding</th><th scope=\"col\">Who acts</th><th scope=\"col\">By</th></tr></thead><tbody>\n");
    int i = 1;
    for (Finding f : a.findings()) {
      h.append("<tr><td>").append(i++).append("</td><td class=\"sev-").append(escape(f.severity())).append("\">").append(escape(f.severity()))
          .append("</td><td><strong>").append(escape(f.code())).append("</strong> ").append(escape(f.summary())).append("</td><td>")
          .append(f.actor().map(x -> escape(x.role() + " at " + x.organisation()) + f.escalationLevel().stream()
              .mapToObj(l -> " (level " + l + ")").findFirst().orElse("")).orElse("–"))
          .append("</td><td>").append(f.dueDate().map(Object::toString).orElse("–")).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    h.append("<h3>Risks by band</h3>\n");
    if (a.risks().isEmpty()) {
      h.append("<p>No risks are recorded in the governance document.</p>\n");
    } else {
      h.append("<table id=\"risks\"><thead><tr><th scope=\"col\">Risk</th><th scope=\"col\">Band</th><th scope=\"col\">Initial</th>")
          .append("<th scope=\"col\">Current</th><th scope=\"col\">Target</th><th scope=\"col\">Next review</th><th scope=\"col\">Above appetite</th></tr></thead><tbody>\n");
      for (RiskStatus r : a.risks()) {
        h.append("<tr><th scope=\"row\">").append(escape(r.id() + ": " + r.title())).append("</th><td>").append(escape(r.band()))
            .append("</td><td class=\"n\">").append(r.initial()).append("</td><td class=\"n\">").append(r.current()).append("</td><td class=\"n\">")
            .append(r.target()).append("</td><td>").append(r.nextReview()).append("</td><td>").append(r.aboveAppetite() ? "yes" : "no").append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private void appraisal(StringBuilder h) {
    var option = pack.option();
    Appraisal doc = pack.appraisal().appraisal();
    h.append("<section id=\"appraisal\"><h2>Appraisal against the counterfactual</h2>\n<p>").append(escape(option.name()))
        .append(" against <em>").append(escape(doc.options().stream().filter(o -> o.counterfactual()).findFirst().map(o -> o.name()).orElse(option.counterfactual())))
        .append("</em>. Green Book method, real ").append(escape(doc.priceBase().toString())).append(" prices, ").append(doc.horizonYears())
        .append(" years from ").append(escape(doc.yearZero().toString())).append(". Payback: ")
        .append(json.at("/appraisal/paybackYear").isNull() ? "none within the horizon" : "year " + num("/appraisal/paybackYear", v -> String.valueOf((long) v)))
        .append(". Discounted QALYs: ").append(num("/appraisal/discountedQalys", v -> String.format(java.util.Locale.ROOT, "%.1f", v))).append(".</p>\n");
    h.append("<table id=\"organisations\"><thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\">PV costs</th><th scope=\"col\">PV benefits</th>")
        .append("<th scope=\"col\">Net benefit (NPSV)</th><th scope=\"col\">BCR</th></tr></thead><tbody>\n");
    for (Iterator<String> it = json.at("/appraisal/organisations").fieldNames(); it.hasNext(); ) {
      String org = it.next();
      String p = "/appraisal/organisations/" + org.replace("~", "~0").replace("/", "~1");
      h.append("<tr><th scope=\"row\">").append(escape(org)).append("</th><td class=\"n\">").append(num(p + "/pvCosts", Format::money))
          .append("</td><td class=\"n\">").append(num(p + "/pvBenefits", Format::money)).append("</td><td class=\"n\">")
          .append(num(p + "/npsv", Format::money)).append("</td><td class=\"n\">").append(num(p + "/bcr", Format::ratio)).append("</td></tr>\n");
    }
    h.append("<tr><th scope=\"row\">Network</th><td class=\"n\">").append(num("/appraisal/pvCosts", Format::money)).append("</td><td class=\"n\">")
        .append(num("/appraisal/pvBenefits", Format::money)).append("</td><td class=\"n\"><strong>").append(num("/appraisal/npsv", Format::money))
        .append("</strong></td><td class=\"n\">").append(num("/appraisal/bcr", Format::ratio)).append("</td></tr>\n</tbody></table>\n");
    h.append(Charts.tornado(option, name -> name));
    h.append("<h3>Probabilistic analysis</h3>\n<p>").append(num("/psa/draws", v -> String.valueOf((long) v))).append(" draws, seed ")
        .append(num("/psa/seed", v -> String.valueOf((long) v))).append(". Mean NPSV ").append(num("/psa/meanNpsv", Format::money))
        .append(" (95% interval ").append(num("/psa/p2_5", Format::money)).append(" to ").append(num("/psa/p97_5", Format::money))
        .append("); probability NPSV &gt; 0: ").append(num("/psa/probabilityNpsvPositive", Format::percent)).append(".</p>\n<div class=\"charts\">\n");
    h.append(Charts.histogram(pack.npsvDraws(), json.at("/psa/probabilityNpsvPositive").asDouble()));
    JsonNode curve = json.at("/psa/acceptability");
    if (curve.isArray() && curve.size() > 0) {
      double[] w = new double[curve.size()];
      double[] p = new double[curve.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = curve.get(i).path("wtp").asDouble();
        p[i] = curve.get(i).path("probability").asDouble();
      }
      h.append(Charts.acceptability(w, p, option.option()));
    }
    h.append("</div>\n</section>\n");
  }

  private void methods(StringBuilder h) {
    var doc = pack.document();
    Appraisal ap = pack.appraisal().appraisal();
    h.append("<section id=\"methods\"><h2>Methods and data</h2>\n<dl>\n")
        .append("<dt>Evaluation date</dt><dd>").append(pack.asOf()).append(" (months are charted when they ended before it; nothing reads the clock)</dd>\n")
        .append("<dt>Data</dt><dd>").append(escape(doc.dataSource())).append(" (file <code>").append(escape(doc.dataName())).append("</code>)</dd>\n")
        .append("<dt>Governance</dt><dd><code>").append(escape(doc.governanceName())).append("</code>; reference data versions: ")
        .append(escape(new java.util.TreeMap<>(pack.assessment().referenceVersions()).toString())).append("</dd>\n")
        .append("<dt>SPC</dt><dd>XmR charts (limits mean ± 2.66 × mean moving range), Making Data Count rules; limits fixed from ")
        .append(doc.baselineFrom()).append(" to ").append(doc.baselineTo()).append(".</dd>\n")
        .append("<dt>Appraisal</dt><dd><code>").append(escape(doc.appraisalName())).append("</code>: ").append(escape(ap.title()))
        .append(". Price base ").append(escape(ap.priceBase().toString())).append(", year 0 ").append(escape(ap.yearZero().toString())).append(", horizon ")
        .append(ap.horizonYears()).append(" years; Green Book discount schedules (see the warnings for editions still to confirm)")
        .append(". ").append(escape(ap.description())).append("</dd>\n")
        .append("<dt>Probabilistic analysis</dt><dd>Monte Carlo over the appraisal's parameter distributions, ")
        .append(doc.draws()).append(" draws, seed ").append(doc.seed()).append("; the same document gives the same page byte for byte.</dd>\n")
        .append("<dt>Warnings</dt><dd>");
    pack.appraisal().warnings().forEach(w -> h.append(escape(w.message())).append("<br>"));
    h.append("</dd>\n<dt>Versions</dt><dd>networkedcare ").append(escape(version())).append("</dd>\n</dl>\n")
        .append("<p class=\"note\">The results are also in <code>board-pack.json</code>, <code>matrix.csv</code>, <code>spc.csv</code>, ")
        .append("<code>organisations.csv</code> and <code>psa.csv</code> beside this page.</p>\n</section>\n");
  }

  private static String version() {
    try (var in = BoardPackPage.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
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
}
