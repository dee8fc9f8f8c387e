package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.networkedcare.examples.Examples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The chart defects found on the example page (issue 14), each tested as a property of the SVG of
 * both example packs: no two labels overlap and none leaves its chart or sits on an SPC chart's
 * plotting area; the NPSV histogram's bins break at zero; funnel points are coloured by what the
 * outlier means; every chart has its axis titles; one format per unit; dates do not wrap; the
 * methods section prints no Java map.
 */
class ChartPropertiesTest {

  private static final List<String> PAGES = new ArrayList<>();
  private static final List<BoardPack> PACKS = new ArrayList<>();

  @BeforeAll
  static void render() {
    for (EvaluationDocument doc : List.of(Examples.bbmk(), Examples.hub())) {
      BoardPack pack = BoardPack.evaluate(doc, doc.asOf());
      PACKS.add(pack);
      PAGES.add(BoardPackPage.render(pack));
    }
  }

  /** Every chart of a page, parsed as XML. */
  private static List<Element> charts(String page) throws Exception {
    List<Element> out = new ArrayList<>();
    Matcher m =
        Pattern.compile(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\".*?</svg>",
                Pattern.DOTALL)
            .matcher(page);
    while (m.find()) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      Document d = factory.newDocumentBuilder().parse(new InputSource(new StringReader(m.group())));
      out.add(d.getDocumentElement());
    }
    return out;
  }

  private static double attr(Element e, String name, double otherwise) {
    return e.hasAttribute(name) ? Double.parseDouble(e.getAttribute(name)) : otherwise;
  }

  /** A label's box as the pack's font metrics give it; a rotated label turned about its anchor. */
  private static Svg.Box box(Element t) {
    double size = attr(t, "font-size", 16);
    boolean bold = "bold".equals(t.getAttribute("font-weight"));
    String anchor = t.hasAttribute("text-anchor") ? t.getAttribute("text-anchor") : "start";
    double x = attr(t, "x", 0);
    double y = attr(t, "y", 0);
    if (t.getAttribute("transform").startsWith("rotate(-90")) {
      double w = TextMetrics.width(t.getTextContent(), size, bold);
      return new Svg.Box(
          x - TextMetrics.ASCENT * size, y - w / 2, x + TextMetrics.DESCENT * size, y + w / 2);
    }
    return Svg.box(x, y, anchor, size, bold, t.getTextContent());
  }

  private static List<Element> elements(Element root, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList list = root.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The labels of a chart that overlap another or leave the chart. */
  private static List<String> misplaced(Element svg) {
    List<String> out = new ArrayList<>();
    String[] view = svg.getAttribute("viewBox").split(" ");
    double w = Double.parseDouble(view[2]);
    double h = Double.parseDouble(view[3]);
    List<Element> texts = elements(svg, "text");
    for (int i = 0; i < texts.size(); i++) {
      Svg.Box a = box(texts.get(i));
      if (a.x0() < -0.5 || a.y0() < -0.5 || a.x1() > w + 0.5 || a.y1() > h + 0.5) {
        out.add("'" + texts.get(i).getTextContent() + "' leaves the chart");
      }
      for (int j = i + 1; j < texts.size(); j++) {
        if (a.overlaps(box(texts.get(j)))) {
          out.add(
              "'"
                  + texts.get(i).getTextContent()
                  + "' overlaps '"
                  + texts.get(j).getTextContent()
                  + "'");
        }
      }
    }
    return out;
  }

  @Test
  void noTwoLabelsOfAChartOverlapAndNoneLeavesIt() throws Exception {
    int charts = 0;
    for (String page : PAGES) {
      for (Element svg : charts(page)) {
        charts++;
        assertEquals(List.of(), misplaced(svg), svg.getAttribute("id"));
      }
    }
    assertTrue(charts > 60, charts + " charts checked");
    // the check finds what the old page had: "from 2017-10" over a tick label, a label past the
    // edge
    Element bad =
        charts(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 100 50\">"
                    + "<text x=\"10\" y=\"20\" font-size=\"10\">2018-</text><text x=\"20\" y=\"22\" font-size=\"9\">from 2017-10</text>"
                    + "<text x=\"95\" y=\"40\" font-size=\"10\">edge</text></svg>")
            .get(0);
    assertEquals(
        List.of("'2018-' overlaps 'from 2017-10'", "'edge' leaves the chart"), misplaced(bad));
  }

  @Test
  void noLabelSitsOnAnSpcChartsPlottingAreaSoNoneCollidesWithALimitLine() throws Exception {
    for (String page : PAGES) {
      for (Element svg : charts(page)) {
        if (!svg.getAttribute("id").startsWith("spc-")) {
          continue;
        }
        Element plot =
            elements(svg, "rect").stream()
                .filter(r -> r.getAttribute("class").equals("plot"))
                .findFirst()
                .orElseThrow();
        Svg.Box area =
            new Svg.Box(
                attr(plot, "x", 0),
                attr(plot, "y", 0),
                attr(plot, "x", 0) + attr(plot, "width", 0),
                attr(plot, "y", 0) + attr(plot, "height", 0));
        for (Element t : elements(svg, "text")) {
          assertFalse(
              box(t).overlaps(area),
              svg.getAttribute("id") + ": '" + t.getTextContent() + "' is on the plotting area");
        }
      }
    }
  }

  @Test
  void theHistogramsBinsBreakAtZeroAndAreColouredBySign() throws Exception {
    int histograms = 0;
    for (int k = 0; k < PAGES.size(); k++) {
      for (Element svg : charts(PAGES.get(k))) {
        if (!svg.getAttribute("id").startsWith("npsv-histogram-")) {
          continue;
        }
        histograms++;
        int total = 0;
        for (Element bin : elements(svg, "rect")) {
          if (!bin.getAttribute("class").equals("bin")) {
            continue;
          }
          double from = attr(bin, "data-from", 0);
          double to = attr(bin, "data-to", 0);
          assertFalse(
              from < 0 && to > 0, "a bin from " + from + " to " + to + " mixes losses and gains");
          assertEquals(
              to <= 0 ? Charts.CONCERN : Charts.IMPROVEMENT,
              bin.getAttribute("fill"),
              from + " to " + to);
          total += (int) attr(bin, "data-count", 0);
        }
        assertEquals(PACKS.get(k).psa().draws(), total, "every draw is in a bin");
      }
    }
    assertEquals(1 + 2, histograms);
  }

  @Test
  void funnelPointsAreColouredByWhatTheOutlierMeans() throws Exception {
    int favourable = 0;
    int unfavourable = 0;
    for (String page : PAGES) {
      for (Element svg : charts(page)) {
        for (Element c : elements(svg, "circle")) {
          String cls = c.getAttribute("class");
          if (!cls.startsWith("unit ")) {
            continue;
          }
          String expected =
              switch (cls.substring(5)) {
                case "favourable" -> Charts.IMPROVEMENT;
                case "unfavourable" -> Charts.CONCERN;
                case "within" -> Charts.COMMON;
                default -> Charts.NEUTRAL;
              };
          assertEquals(expected, c.getAttribute("fill"), svg.getAttribute("id") + " " + cls);
          favourable += cls.endsWith(" favourable") ? 1 : 0;
          unfavourable += cls.endsWith(" unfavourable") ? 1 : 0;
        }
      }
    }
    // RC9's 96.8% is above the BBMK funnel; ZVD01 is below the hub's waits and above its DNA funnel
    assertTrue(favourable >= 1 && unfavourable >= 1, favourable + " / " + unfavourable);
  }

  @Test
  void everyChartHasItsAxisTitles() throws Exception {
    for (String page : PAGES) {
      for (Element svg : charts(page)) {
        List<Element> titles =
            elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").equals("axis-title"))
                .toList();
        String id = svg.getAttribute("id");
        if (id.startsWith("tornado-")) {
          assertEquals(
              List.of("NPSV (£)"), titles.stream().map(Element::getTextContent).toList(), id);
        } else {
          assertEquals(2, titles.size(), id);
          assertTrue(
              titles.stream().anyMatch(t -> t.getAttribute("transform").startsWith("rotate(-90")),
              id + " has a y-axis title");
        }
      }
    }
  }

  @Test
  void oneFormatPerUnitInTheMatrixAndTheEvidence() {
    String bbmk = PAGES.get(0);
    // RC1's 4-hour limits, a share shown as a percentage in the matrix and in the assurance
    // evidence alike
    assertTrue(
        Pattern.compile(
                "<span data-ptr=\"/spc/1/lowerLimit\">86\\.9%</span> to <span data-ptr=\"/spc/1/upperLimit\">97\\.8%</span>")
            .matcher(bbmk)
            .find());
    assertTrue(
        bbmk.contains("ae-4h RC101: concern (latest 2018-03: 83.6% against limits 86.7% to 98.8%"),
        "evidence in percent");
    for (String page : PAGES) {
      assertFalse(
          Pattern.compile("against limits -?[0-9]+\\.[0-9]{2} to").matcher(page).find(),
          "limits as bare decimals");
    }
  }

  @Test
  void datesAreNeverWrappedAndTheMethodsPrintNoJavaMap() {
    for (String page : PAGES) {
      assertTrue(page.contains(".date,.period,.code{white-space:nowrap}"));
      assertFalse(
          Pattern.compile("<td>[0-9]{4}-[0-9]{2}-[0-9]{2}</td>").matcher(page).find(),
          "a date in a cell that may wrap");
      assertTrue(page.contains("<td class=\"date\">"), "the findings' due dates");
      String methods = page.substring(page.indexOf("<section id=\"methods\">"));
      assertFalse(
          methods.contains("={") || methods.contains("=20") || methods.contains("{baseline-policy"),
          "a Java map");
      assertTrue(methods.contains("<li>baseline-policy 2026.1</li>"));
    }
  }
}
