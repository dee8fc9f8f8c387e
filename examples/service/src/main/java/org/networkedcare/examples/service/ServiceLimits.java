package org.networkedcare.examples.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.json.Json;

/**
 * The service's limits, each checked before the work it bounds begins; the defaults are safe for a
 * shared server.
 *
 * @param maxBodyBytes largest request body, bytes (default the JSON reader's 16 MiB); above it: 413
 * @param maxDraws most Monte Carlo draws a {@code /v1/psa} request may ask for (default 10,000; the
 *     answer carries every draw, some 600 bytes each); above it: 413
 * @param maxCycles most cycles a {@code /v1/cohort} model may have (default 10,000); above it: 413
 * @param requestTimeout longest a computation may take, queueing included (default 30 s); beyond
 *     it: 503
 * @param maxConcurrent computations running at once (default: the processors)
 * @param maxQueued computations waiting for one of those (default 64); when full: 503 with
 *     Retry-After
 * @param idleTimeout how long an idle connection stays open (default 30 s)
 * @param maxConnections open connections at most (default 256); further ones wait to be accepted
 * @param shutdownTimeout how long a graceful stop waits for requests in flight (default 30 s)
 */
public record ServiceLimits(
    int maxBodyBytes,
    int maxDraws,
    int maxCycles,
    Duration requestTimeout,
    int maxConcurrent,
    int maxQueued,
    Duration idleTimeout,
    int maxConnections,
    Duration shutdownTimeout) {

  /** The default largest body: the JSON reader's document limit. */
  public static final int DEFAULT_MAX_BODY_BYTES = Json.MAX_DOCUMENT_BYTES;

  /**
   * Checks every limit, naming each one that is out of range.
   *
   * @param maxBodyBytes largest request body, bytes (default the JSON reader's 16 MiB); above it:
   *     413
   * @param maxDraws most Monte Carlo draws a {@code /v1/psa} request may ask for (default 10,000;
   *     the
   * @param maxCycles most cycles a {@code /v1/cohort} model may have (default 10,000); above it:
   *     413
   * @param requestTimeout longest a computation may take, queueing included (default 30 s); beyond
   * @param maxConcurrent computations running at once (default: the processors)
   * @param maxQueued computations waiting for one of those (default 64); when full: 503 with
   * @param idleTimeout how long an idle connection stays open (default 30 s)
   * @param maxConnections open connections at most (default 256); further ones wait to be accepted
   * @param shutdownTimeout how long a graceful stop waits for requests in flight (default 30 s)
   */
  public ServiceLimits {
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    List<String> wrong = new ArrayList<>();
    if (maxBodyBytes < 1 || maxBodyBytes > BoundedInput.MAX_CSV_BYTES) {
      wrong.add(
          "the body limit is 1 to " + BoundedInput.MAX_CSV_BYTES + " bytes, not " + maxBodyBytes);
    }
    if (maxDraws < 1 || maxDraws > 10_000_000) {
      wrong.add("the draws limit is 1 to 10,000,000, not " + maxDraws);
    }
    if (maxCycles < 1 || maxCycles > 100_000) {
      wrong.add("the cycles limit is 1 to 100,000, not " + maxCycles);
    }
    if (maxConcurrent < 1 || maxConcurrent > 1024) {
      wrong.add("concurrent computations are 1 to 1024, not " + maxConcurrent);
    }
    if (maxQueued < 0 || maxQueued > 100_000) {
      wrong.add("queued computations are 0 to 100,000, not " + maxQueued);
    }
    if (maxConnections < 1 || maxConnections > 100_000) {
      wrong.add("connections are 1 to 100,000, not " + maxConnections);
    }
    for (Duration d : List.of(requestTimeout, idleTimeout, shutdownTimeout)) {
      if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(1)) > 0) {
        wrong.add("a time limit is above zero and at most an hour, not " + d);
      }
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", wrong));
    }
  }

  /** {@return the defaults} */
  public static ServiceLimits defaults() {
    return new ServiceLimits(
        DEFAULT_MAX_BODY_BYTES,
        10_000,
        10_000,
        Duration.ofSeconds(30),
        Runtime.getRuntime().availableProcessors(),
        64,
        Duration.ofSeconds(30),
        256,
        Duration.ofSeconds(30));
  }
}
