package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.measure.ImprovementDirection;
import org.w3c.dom.Document;

class FunnelSvgTest {

  private static final List<SiteCount> ROWS =
      List.of(
          new SiteCount("A & <B>", 45, 50),
          new SiteCount("Plain", 170, 200),
          new SiteCount("High \"C\"", 380, 400),
          new SiteCount("D", 700, 800),
          new SiteCount("E'", 90, 120));

  private static FunnelResult result() {
    return Funnel.analyse(
        ROWS,
        FunnelOptions.builder()
            .direction(ImprovementDirection.INCREASE)
            .overdispersion(Overdispersion.NONE)
            .build());
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sameInputSameBytesWhateverTheLocale() {
    String a = FunnelSvg.render(result(), "t", "x", "y");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals(a, FunnelSvg.render(result(), "t", "x", "y"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void wellFormedWithEscapedTextPointsCurvesTargetAndLabels() throws Exception {
    FunnelResult r = result();
    String svg = FunnelSvg.render(r, "4-hour <performance> & more", "attendances", "share");
    Document doc = parse(svg);
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    assertEquals(ROWS.size(), doc.getElementsByTagName("circle").getLength());
    assertEquals(4, doc.getElementsByTagName("polyline").getLength());
    assertTrue(svg.contains("4-hour &lt;performance&gt; &amp; more"));
    assertTrue(svg.contains("A &amp; &lt;B&gt;"));
    assertFalse(svg.contains("<B>"));
    assertTrue(svg.contains("stroke=\"#2ca02c\""), "target line");
    // every outlier is labelled: its name appears as text outside its point's tooltip
    long outliers = r.sites().stream().filter(s -> s.outlier() != Outlier.NONE).count();
    assertTrue(outliers >= 2);
    for (FunnelSite s : r.sites()) {
      String label = "\">" + FunnelSvg.escape(s.site()) + "</text>";
      assertEquals(s.outlier() != Outlier.NONE, svg.contains(label), s.site());
    }
    assertTrue(svg.contains("fill=\"#d62728\""), "an unfavourable (low, increase) outlier is red");
  }

  @Test
  void ticksAreRound() {
    double[] t = FunnelSvg.ticks(0, 1234);
    assertEquals(0, t[0]);
    // (1234 - 0) / 5 = 246.8 rounds up to the step 500 (1, 2, 5 times a power of ten)
    assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0), List.of(t[0], t[1], t[2], t[3]));
    assertEquals(4, t.length);
    assertEquals("&lt;&amp;&gt;&quot;&apos; ", FunnelSvg.escape("<&>\"'\u0001"));
  }

  @Test
  void crowdedOutliersGetLabelsThatNeverPileOnOneAnother() throws Exception {
    // Twenty sites at the same denominator, all far below a target of 0.95: twenty outliers on top
    // of
    // each other. Each label takes a free place or none; no two overlap (boxes of 6 px a
    // character).
    List<SiteCount> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(new SiteCount("SITE" + i, 700 + i, 1000));
    }
    rows.add(new SiteCount("BIG", 9500, 10000));
    FunnelResult r =
        Funnel.analyse(
            rows,
            FunnelOptions.builder()
                .direction(ImprovementDirection.INCREASE)
                .target(0.95)
                .overdispersion(Overdispersion.NONE)
                .build());
    Document doc = parse(FunnelSvg.render(r, "crowded", "n", "share"));
    var texts = doc.getElementsByTagName("text");
    List<double[]> boxes = new java.util.ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      var t = (org.w3c.dom.Element) texts.item(i);
      if (t.getTextContent().startsWith("SITE")) {
        double x = Double.parseDouble(t.getAttribute("x"));
        double y = Double.parseDouble(t.getAttribute("y"));
        boxes.add(new double[] {x, y - 9, x + 6.0 * t.getTextContent().length(), y + 2.5});
      }
    }
    assertTrue(boxes.size() >= 2 && boxes.size() < 20, boxes.size() + " labels placed");
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] a = boxes.get(i);
        double[] b = boxes.get(j);
        assertTrue(
            a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1],
            "labels " + i + " and " + j + " overlap");
      }
    }
  }

  /**
   * The SVG's numbers are written without the formatter; they must be the formatter's to the
   * character: a million random doubles of pixel and data magnitudes, near and exactly on halves of
   * the last place, negative ones that round to zero, and the edges (checked with the JDK's own
   * {@code String.format} as the oracle).
   */
  @Test
  void fixedIsTheFormattersFixedPointOnAMillionDoubles() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(20261202L);
    double[] edges = {
      0.0,
      -0.0,
      0.005,
      0.015,
      0.125,
      1.005,
      2.675,
      -2.675,
      0.045,
      9999.995,
      -0.004,
      -0.005,
      1e-7,
      -1e-7,
      999_999_999.0,
      1e9,
      1e300,
      Double.MIN_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.5,
      1.5,
      2.5,
      -0.5
    };
    for (double v : edges) {
      for (int d = 0; d <= 6; d++) {
        assertEquals(
            String.format(java.util.Locale.ROOT, "%." + d + "f", v), FunnelSvg.fixed(v, d));
      }
    }
    for (int i = 0; i < 1_000_000; i++) {
      int d = i % 4 == 0 ? r.nextInt(7) : 2;
      double v =
          switch (r.nextInt(5)) {
            case 0 -> (r.nextDouble() - 0.3) * 20_000; // pixels, pinned to +/-10,000
            case 1 -> Math.round(r.nextDouble() * 2e6) / 2e2 + 0.005; // on and near halves
            case 2 -> (r.nextInt(2_000_000) - 1_000_000) / 200.0; // exact multiples of 0.005
            case 3 -> Math.scalb(r.nextDouble(), r.nextInt(60) - 40) * (r.nextBoolean() ? 1 : -1);
            default -> Double.longBitsToDouble(r.nextLong());
          };
      assertEquals(
          String.format(java.util.Locale.ROOT, "%." + d + "f", v), FunnelSvg.fixed(v, d), "" + v);
    }
  }
}
