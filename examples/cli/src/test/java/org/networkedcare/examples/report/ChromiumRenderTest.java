package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders both example board packs (the BBMK A&amp;E network and the invented rheumatology hub) in
 * a real headless Chromium: each page loads without console errors, every chart is in the DOM after
 * load, no two labels of a chart overlap as the browser lays them out, and it prints to PDF.
 * Skipped only when no Chromium binary exists (.ci/run installs Debian's {@code chromium}).
 */
class ChromiumRenderTest {

  private static final long TIMEOUT_SECONDS = 60;

  @TempDir static Path dir;
  private static Path page;
  private static Path probed;

  /**
   * Recorded in a copy of the page (the page itself has no script): uncaught errors, failed
   * resource loads and console.error calls, written into the DOM on load. Chromium's stderr log
   * does not carry page console messages in the new headless mode.
   */
  private static final String PROBE =
      "<script>window.__errors=[];window.addEventListener('error',function(e){"
          + "window.__errors.push(e.message||('resource '+(e.target&&(e.target.src||e.target.href))));},true);"
          + "var ce=console.error;console.error=function(){window.__errors.push('console.error '+"
          + "Array.prototype.join.call(arguments,' '));ce.apply(console,arguments);};window.addEventListener('load',function(){"
          + "document.documentElement.setAttribute('data-errors',JSON.stringify(window.__errors));"
          // every pair of labels in a chart whose boxes, as laid out, overlap by more than a pixel
          // each way
          + "var overlaps=[];document.querySelectorAll('svg.chart').forEach(function(svg){var t=svg.querySelectorAll('text');"
          + "var b=Array.prototype.map.call(t,function(e){return e.getBoundingClientRect();});"
          + "for(var i=0;i<b.length;i++){for(var j=i+1;j<b.length;j++){var w=Math.min(b[i].right,b[j].right)-Math.max(b[i].left,b[j].left);"
          + "var h=Math.min(b[i].bottom,b[j].bottom)-Math.max(b[i].top,b[j].top);if(w>1&&h>1){overlaps.push(svg.id+': '+t[i].textContent+' / '+t[j].textContent);}}}"
          + "var r=svg.getBoundingClientRect();for(var k=0;k<b.length;k++){if(b[k].left<r.left-1||b[k].right>r.right+1){overlaps.push(svg.id+': '+t[k].textContent+' leaves the chart');}}});"
          + "document.documentElement.setAttribute('data-overlaps',JSON.stringify(overlaps));"
          + "document.documentElement.setAttribute('data-texts',String(document.querySelectorAll('svg.chart text').length));});</script>";

  private static BoardPack bbmk;
  private static BoardPack hub;

  @BeforeAll
  static void write() throws IOException {
    EvaluationDocument doc = org.networkedcare.examples.Examples.bbmk();
    bbmk = BoardPack.evaluate(doc, doc.asOf());
    BoardPackPage.write(bbmk, dir.resolve("pack"));
    page = dir.resolve("pack").resolve("index.html");
    probed = dir.resolve("pack").resolve("probed.html");
    Files.writeString(probed, Files.readString(page).replaceFirst("<head>", "<head>" + PROBE));
    EvaluationDocument h = org.networkedcare.examples.Examples.hub();
    hub = BoardPack.evaluate(h, h.asOf());
    BoardPackPage.write(hub, dir.resolve("hub"));
    Files.writeString(
        dir.resolve("hub").resolve("probed.html"),
        Files.readString(dir.resolve("hub").resolve("index.html"))
            .replaceFirst("<head>", "<head>" + PROBE));
  }

  static Optional<Path> chromium() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
    for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        if (!p.isEmpty()) {
          candidates.add(Path.of(p, name));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  private record Result(int code, String out, String err) {}

  private static Result run(Path file, String... action) throws IOException, InterruptedException {
    Optional<Path> binary = chromium();
    assumeTrue(binary.isPresent(), "no chromium binary (install it: apt-get install -y chromium)");
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
    command.addAll(List.of(action));
    command.add(file.toUri().toString());
    Path out = dir.resolve("out-" + System.nanoTime());
    Path err = dir.resolve("err-" + System.nanoTime());
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void loadsAndNoLabelsOverlap(BoardPack pack, Path probed, List<String> ids)
      throws Exception {
    Result r = run(probed, "--dump-dom");
    assertEquals(0, r.code(), r.err());
    String dom = r.out();
    assertTrue(
        dom.contains("data-errors=\"[]\""), () -> dom.substring(0, Math.min(600, dom.length())));
    assertTrue(
        dom.contains("data-overlaps=\"[]\""), () -> dom.substring(0, Math.min(4000, dom.length())));
    java.util.regex.Matcher texts =
        java.util.regex.Pattern.compile("data-texts=\"([0-9]+)\"").matcher(dom);
    assertTrue(
        texts.find() && Integer.parseInt(texts.group(1)) > 100,
        "the probe measured the charts' labels");
    for (BoardPack.Chart c : pack.charts()) {
      if (c.state() != BoardPack.State.NO_DATA) {
        assertTrue(dom.contains("id=\"spc-" + c.id() + "\""), c.id());
      }
    }
    for (String id : ids) {
      assertTrue(dom.contains("id=\"" + id + "\""), id);
    }
  }

  @Test
  void theBbmkPackLoadsWithoutConsoleErrorsEveryChartIsInTheDomAndNoLabelsOverlap()
      throws Exception {
    loadsAndNoLabelsOverlap(
        bbmk,
        probed,
        List.of(
            "tornado-buddying",
            "npsv-histogram-buddying",
            "ceac",
            "funnel-ae-4h",
            "matrix",
            "findings",
            "verdicts",
            "organisations-buddying",
            "budget-buddying",
            "realised",
            "methods"));
  }

  @Test
  void theHubPackLoadsWithoutConsoleErrorsEveryChartIsInTheDomAndNoLabelsOverlap()
      throws Exception {
    loadsAndNoLabelsOverlap(
        hub,
        dir.resolve("hub").resolve("probed.html"),
        List.of(
            "tornado-hub-clinics",
            "tornado-hub-virtual",
            "npsv-histogram-hub-clinics",
            "npsv-histogram-hub-virtual",
            "funnel-rtt-18wk",
            "funnel-dna",
            "matrix",
            "findings",
            "verdicts",
            "realised",
            "methods"));
  }

  @Test
  void printsToPdf() throws Exception {
    Path pdf = dir.resolve("pack.pdf");
    Result r = run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    assertEquals(0, r.code(), r.err());
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(bytes.length > 10_000, "PDF of " + bytes.length + " bytes");
    assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    // An error page also prints to a PDF of more than 10 KB: the pack's sections each start a page.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    long pages =
        java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    assertTrue(pages >= 5, pages + " pages");
  }
}
