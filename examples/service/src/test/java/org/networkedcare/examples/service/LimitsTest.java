package org.networkedcare.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits, each with its answer, and the graceful stop. */
class LimitsTest {

  static final String JSON = "application/json";

  private static ServiceLimits limits(
      int body, int concurrent, int queued, Duration timeout, Duration shutdown) {
    return new ServiceLimits(
        body, 100, 5, timeout, concurrent, queued, Duration.ofSeconds(5), 16, shutdown);
  }

  private static void assertProblem(Http.Answer a, int status, String type) {
    assertEquals(status, a.status(), a::text);
    assertEquals("application/problem+json", a.type());
    assertEquals("urn:networkedcare:problem:" + type, a.json().get("type").asText(), a::text);
  }

  @Test
  void bodyDrawsAndCyclesAboveTheirLimitsAre413(@TempDir Path work) throws IOException {
    try (NetworkedCareService service =
        NetworkedCareService.start(
            "127.0.0.1",
            0,
            work,
            limits(5000, 2, 4, Duration.ofSeconds(30), Duration.ofSeconds(5)),
            false)) {
      Http http = new Http(service);
      byte[] appraisal = ServiceTest.example("bbmk-appraisal.json");
      Http.Answer declared = http.post("/v1/appraise", JSON, appraisal);
      assertProblem(declared, 413, "too-large");
      assertTrue(declared.json().get("detail").asText().contains("5000"), declared::text);
      assertProblem(
          http.postChunked("/v1/appraise", JSON, new ByteArrayInputStream(appraisal)),
          413,
          "too-large");
      assertProblem(http.post("/v1/psa?seed=1&draws=101", JSON, "{}"), 413, "too-large");
      String model =
          new String(ServiceTest.example("cohort/small-service.json"), StandardCharsets.UTF_8);
      Http.Answer cycles =
          http.post("/v1/cohort", JSON, model.replaceFirst("\"cycles\": *10", "\"cycles\": 6"));
      assertProblem(cycles, 413, "too-large");
      assertTrue(
          cycles.json().get("detail").asText().contains("6 cycles, above the limit of 5"),
          cycles::text);
    }
  }

  @Test
  void limitsOutOfRangeAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> limits(0, 0, -1, Duration.ZERO, Duration.ofSeconds(1)));
    assertTrue(
        e.getMessage().contains("body limit")
            && e.getMessage().contains("concurrent")
            && e.getMessage().contains("queued")
            && e.getMessage().contains("time limit"),
        e.getMessage());
  }

  /**
   * One worker, no queue, 3 s of request time. While a long computation runs (2,000,000 draws: far
   * more than 3 s, some 16 s of draws alone unstopped on a quiet machine, then as long again to
   * write them), the next request is refused at once with 503 "busy". When the time runs out the
   * client is answered 503 "timeout", and the computation must stop: the worker is free again long
   * before the draws could have finished (the bound is generous), /v1/metrics counts it stopped,
   * and the next request is answered.
   */
  @Test
  void aFullQueueIs503AndATimedOutComputationStopsAndFreesItsWorker(@TempDir Path work)
      throws Exception {
    byte[] appraisal = ServiceTest.example("bbmk-appraisal.json");
    try (NetworkedCareService service =
        NetworkedCareService.start(
            "127.0.0.1",
            0,
            work,
            new ServiceLimits(
                ServiceLimits.DEFAULT_MAX_BODY_BYTES,
                10_000_000,
                5,
                Duration.ofSeconds(3),
                1,
                0,
                Duration.ofSeconds(30),
                16,
                Duration.ofSeconds(5)),
            false)) {
      Http http = new Http(service);
      assertEquals(0, metric(http, "networkedcare_computations_running"));
      CompletableFuture<Http.Answer> slow =
          CompletableFuture.supplyAsync(
              () -> http.post("/v1/psa?seed=1&draws=2000000", JSON, appraisal));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (metric(http, "networkedcare_computations_running") < 1
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(1, metric(http, "networkedcare_computations_running"));
      assertProblem(http.post("/v1/appraise", JSON, appraisal), 503, "busy");

      assertProblem(slow.get(60, TimeUnit.SECONDS), 503, "timeout");
      long answered = System.nanoTime();
      while (metric(http, "networkedcare_computations_running") > 0
          && System.nanoTime() - answered < TimeUnit.SECONDS.toNanos(10)) {
        Thread.sleep(5);
      }
      assertEquals(
          0,
          metric(http, "networkedcare_computations_running"),
          "the timed-out computation still holds the worker 10 s after its 503");
      assertEquals(1, metric(http, "networkedcare_computations_timed_out_total"));
      assertEquals(1, metric(http, "networkedcare_computations_stopped_total"));
      Http.Answer next = http.post("/v1/appraise", JSON, appraisal);
      assertEquals(200, next.status(), next::text);
      try (Stream<Path> left = Files.list(work)) {
        assertEquals(0, left.count(), "the stopped computation's folder is removed");
      }
    }
  }

  /** {@return the value of an unlabelled series of /v1/metrics} */
  static long metric(Http http, String name) {
    String text = http.get("/v1/metrics").text();
    return text.lines()
        .filter(l -> l.startsWith(name + " "))
        .mapToLong(l -> Long.parseLong(l.substring(name.length() + 1).strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in /v1/metrics: " + text));
  }

  @Test
  void idleConnectionsAreClosed(@TempDir Path work) throws Exception {
    try (NetworkedCareService service =
            NetworkedCareService.start(
                "127.0.0.1",
                0,
                work,
                new ServiceLimits(
                    1000,
                    100,
                    5,
                    Duration.ofSeconds(5),
                    1,
                    1,
                    Duration.ofMillis(300),
                    4,
                    Duration.ofSeconds(5)),
                false);
        Socket idle = new Socket("127.0.0.1", service.port())) {
      idle.setSoTimeout(10_000);
      long start = System.nanoTime();
      assertEquals(-1, idle.getInputStream().read(), "closed by the server, nothing sent");
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }
  }

  /**
   * A request in flight (its body half sent) when the stop begins is answered in full; a request
   * that arrives during the stop is answered 503.
   */
  @Test
  void gracefulStop(@TempDir Path work) throws Exception {
    byte[] appraisal = ServiceTest.example("bbmk-appraisal.json");
    NetworkedCareService service =
        NetworkedCareService.start(
            "127.0.0.1",
            0,
            work,
            limits(
                ServiceLimits.DEFAULT_MAX_BODY_BYTES,
                2,
                4,
                Duration.ofSeconds(30),
                Duration.ofSeconds(20)),
            false);
    Http http = new Http(service);
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/appraise HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                  + appraisal.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(appraisal, 0, 100);
      out.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (service.inFlight() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(1, service.inFlight());
      CompletableFuture<Void> stop = CompletableFuture.runAsync(service::stop);
      while (!service.draining() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Http.Answer refused = http.get("/v1/health");
      assertProblem(refused, 503, "shutting-down");
      out.write(appraisal, 100, appraisal.length - 100);
      out.flush();
      String answer = head(socket.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      stop.get(20, TimeUnit.SECONDS);
      assertTrue(service.stopped());
    }
  }

  private static String head(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && b.length() < 200) {
      b.append((char) c);
      if (b.toString().endsWith("\r\n\r\n")) {
        break;
      }
    }
    return b.toString();
  }
}
