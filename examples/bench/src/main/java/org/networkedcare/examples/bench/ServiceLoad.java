package org.networkedcare.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.networkedcare.examples.service.NetworkedCareService;
import org.networkedcare.examples.service.ServiceLimits;

/**
 * A bounded load test of the HTTP service on loopback: for each endpoint ({@code appraise} with the
 * BBMK appraisal, {@code spc} with one trust's type 1 A&amp;E attendances) and each number of
 * concurrent clients, every client sends requests one after another for the given seconds. Prints
 * requests per second, p50 and p99 latency, errors (any answer but 200, or a failed connection),
 * and the heap in use after a full collection before and after each run.
 *
 * <pre>{@code
 * java -cp examples/bench/target/networkedcare-bench.jar org.networkedcare.examples.bench.ServiceLoad [SECONDS [CLIENTS,... [WORK]]]
 * }</pre>
 *
 * <p>The service runs in this JVM (bound to 127.0.0.1, default limits but a queue of 256, so that
 * 128 clients are queued rather than refused); clients and server share the machine's processors.
 */
public final class ServiceLoad {

  private ServiceLoad() {}

  /**
   * Runs the load test.
   *
   * @param args seconds per run (default 30), the client counts (default 8,32,128), and the work
   *     folder (default: a new temporary folder)
   * @throws Exception if the service cannot start
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int[] clients =
        args.length > 1
            ? Arrays.stream(args[1].split(",", -1)).mapToInt(Integer::parseInt).toArray()
            : new int[] {8, 32, 128};
    if (seconds < 1 || seconds > 600 || Arrays.stream(clients).anyMatch(c -> c < 1 || c > 512)) {
      throw new IllegalArgumentException("seconds are 1 to 600 and clients 1 to 512");
    }
    ServiceLimits d = ServiceLimits.defaults();
    ServiceLimits limits =
        new ServiceLimits(
            d.maxBodyBytes(),
            d.maxDraws(),
            d.maxCycles(),
            d.requestTimeout(),
            d.maxConcurrent(),
            256,
            d.idleTimeout(),
            1024,
            d.shutdownTimeout());
    Path work =
        args.length > 2
            ? Files.createDirectories(Path.of(args[2]))
            : Files.createTempDirectory("networkedcare-load-");
    byte[] appraisal = resource("/org/networkedcare/examples/bbmk-appraisal.json");
    byte[] spc =
        oneTrust(
            new String(
                resource("/org/networkedcare/examples/data/ae_attendances.csv"),
                StandardCharsets.UTF_8));
    System.out.printf(
        Locale.ROOT,
        "%-9s %7s %9s %9s %9s %7s %12s %12s%n",
        "endpoint",
        "clients",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "heap MiB <",
        "heap MiB >");
    try (NetworkedCareService service =
        NetworkedCareService.start("127.0.0.1", 0, work, limits, false)) {
      URI base = URI.create("http://127.0.0.1:" + service.port());
      // Warm-up, not reported: the JIT compiles the paths first.
      run(base.resolve("/v1/appraise"), "application/json", appraisal, 4, 5);
      run(base.resolve("/v1/spc?dateColumn=period&valueColumn=attendances"), "text/csv", spc, 4, 5);
      for (String endpoint : List.of("appraise", "spc")) {
        for (int n : clients) {
          long before = heapAfterGc();
          Result r =
              endpoint.equals("appraise")
                  ? run(base.resolve("/v1/appraise"), "application/json", appraisal, n, seconds)
                  : run(
                      base.resolve("/v1/spc?dateColumn=period&valueColumn=attendances"),
                      "text/csv",
                      spc,
                      n,
                      seconds);
          long after = heapAfterGc();
          System.out.printf(
              Locale.ROOT,
              "%-9s %7d %9.1f %9.2f %9.2f %7d %12.1f %12.1f%n",
              endpoint,
              n,
              r.count / (double) seconds,
              r.p50 / 1e6,
              r.p99 / 1e6,
              r.errors,
              before / 1048576.0,
              after / 1048576.0);
        }
      }
      // The clients' idle connections (and the server's ends of them) close after the idle timeout.
      long start = heapAfterGc();
      Thread.sleep(limits.idleTimeout().toMillis() + 5_000);
      System.out.printf(
          Locale.ROOT,
          "heap in use after every run: %.1f MiB; after the idle timeout (%d s) as well: %.1f MiB%n",
          start / 1048576.0,
          limits.idleTimeout().toSeconds(),
          heapAfterGc() / 1048576.0);
    }
  }

  private record Result(long count, long errors, long p50, long p99) {}

  private static Result run(URI uri, String type, byte[] body, int clients, int seconds)
      throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", type)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    for (int i = 0; i < clients; i++) {
      long[] mine = new long[1 << 20];
      int[] n = new int[1];
      latencies.add(mine);
      counts.add(n);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end && n[0] < mine.length) {
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                      if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    mine[n[0]++] = System.nanoTime() - start;
                  }
                } finally {
                  done.countDown();
                }
              },
              "load-" + i);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    int total = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = new long[total];
    int at = 0;
    for (int i = 0; i < clients; i++) {
      System.arraycopy(latencies.get(i), 0, all, at, counts.get(i)[0]);
      at += counts.get(i)[0];
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), percentile(all, 0.50), percentile(all, 0.99));
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * The type 1 attendances of the file's first trust with type 1 rows, as a CSV file of their own.
   */
  private static byte[] oneTrust(String csv) {
    List<String> lines = csv.lines().toList();
    StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
    String trust = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells[2].equals("\"1\"") && (trust == null || trust.equals(cells[1]))) {
        trust = cells[1];
        out.append(line).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ServiceLoad.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
