package org.networkedcare.examples.service;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The service's counters, written in the Prometheus text exposition format (version 0.0.4):
 * requests by route and status, problems of the input by route, and a latency histogram by route.
 * Thread-safe; routes are the fixed set of endpoints (an unknown path counts as {@code other}), so
 * the number of series is bounded.
 */
final class ServiceMetrics {

  /** Upper bounds of the latency buckets, seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> problems = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final AtomicLong inFlight = new AtomicLong();
  private final AtomicLong running = new AtomicLong();
  private final LongAdder timedOut = new LongAdder();
  private final LongAdder stopped = new LongAdder();
  private final IntSupplier queued;

  ServiceMetrics(IntSupplier queued) {
    this.queued = queued;
  }

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          counts[i].increment();
        }
      }
      count.increment();
      sumNanos.add(nanos);
    }
  }

  void started() {
    inFlight.incrementAndGet();
  }

  /** Counts a finished request. */
  void finished(String route, int status, int problemCount, long nanos) {
    inFlight.decrementAndGet();
    requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
    if (problemCount > 0) {
      problems.computeIfAbsent(route, k -> new LongAdder()).add(problemCount);
    }
    latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos);
  }

  /** Counts a computation a worker has begun. */
  void computationStarted() {
    running.incrementAndGet();
  }

  /**
   * Counts a computation whose worker is free again.
   *
   * @param interrupted whether it ended interrupted: stopped because its request time ran out
   */
  void computationEnded(boolean interrupted) {
    running.decrementAndGet();
    if (interrupted) {
      stopped.increment();
    }
  }

  /** Counts a computation whose request time ran out (answered 503). */
  void timedOut() {
    timedOut.increment();
  }

  /** {@return requests in flight} */
  long inFlight() {
    return inFlight.get();
  }

  /** {@return the counters in the Prometheus text format} */
  String render() {
    StringBuilder out = new StringBuilder(4096);
    out.append(
        "# HELP networkedcare_requests_total HTTP requests answered, by route and status.\n");
    out.append("# TYPE networkedcare_requests_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
      String[] parts = e.getKey().split("\u0000", 2);
      out.append("networkedcare_requests_total{route=\"")
          .append(parts[0])
          .append("\",status=\"")
          .append(parts[1])
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
    out.append(
        "# HELP networkedcare_problems_total Problems of the input reported in 400 answers, by route.\n");
    out.append("# TYPE networkedcare_problems_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(problems).entrySet()) {
      out.append("networkedcare_problems_total{route=\"")
          .append(e.getKey())
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
    out.append(
        "# HELP networkedcare_request_duration_seconds Time from a request's start to its answer, by route.\n");
    out.append("# TYPE networkedcare_request_duration_seconds histogram\n");
    for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
      Histogram h = e.getValue();
      String route = e.getKey();
      for (int i = 0; i < BUCKETS.length; i++) {
        out.append("networkedcare_request_duration_seconds_bucket{route=\"")
            .append(route)
            .append("\",le=\"")
            .append(number(BUCKETS[i]))
            .append("\"} ")
            .append(h.counts[i].sum())
            .append('\n');
      }
      long count = h.count.sum();
      out.append("networkedcare_request_duration_seconds_bucket{route=\"")
          .append(route)
          .append("\",le=\"+Inf\"} ")
          .append(count)
          .append('\n');
      out.append("networkedcare_request_duration_seconds_sum{route=\"")
          .append(route)
          .append("\"} ")
          .append(number(h.sumNanos.sum() / 1e9))
          .append('\n');
      out.append("networkedcare_request_duration_seconds_count{route=\"")
          .append(route)
          .append("\"} ")
          .append(count)
          .append('\n');
    }
    out.append("# HELP networkedcare_requests_in_flight Requests being answered now.\n");
    out.append("# TYPE networkedcare_requests_in_flight gauge\n");
    out.append("networkedcare_requests_in_flight ").append(inFlight.get()).append('\n');
    out.append("# HELP networkedcare_computations_running Computations a worker is running now.\n");
    out.append("# TYPE networkedcare_computations_running gauge\n");
    out.append("networkedcare_computations_running ").append(running.get()).append('\n');
    out.append(
        "# HELP networkedcare_computations_timed_out_total Computations whose request time ran out (answered 503).\n");
    out.append("# TYPE networkedcare_computations_timed_out_total counter\n");
    out.append("networkedcare_computations_timed_out_total ").append(timedOut.sum()).append('\n');
    out.append(
        "# HELP networkedcare_computations_stopped_total Timed-out computations stopped by their interrupt, their worker freed.\n");
    out.append("# TYPE networkedcare_computations_stopped_total counter\n");
    out.append("networkedcare_computations_stopped_total ").append(stopped.sum()).append('\n');
    out.append("# HELP networkedcare_computations_queued Computations waiting for a worker.\n");
    out.append("# TYPE networkedcare_computations_queued gauge\n");
    out.append("networkedcare_computations_queued ").append(queued.getAsInt()).append('\n');
    return out.toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }
}
