package org.networkedcare.metrics.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.networkedcare.metrics.uncertainty.ParameterSampler;

/**
 * Monte Carlo over an appraisal (probabilistic sensitivity analysis): each draw sets every
 * parameter with a distribution from its own random stream ({@link ParameterSampler}) and evaluates
 * the prepared appraisal. Seeded and reproducible: draw {@code d} depends only on the seed and
 * {@code d}; threads take contiguous ranges of draws and write results by draw index, and every
 * reduction runs afterwards in index order, so results are identical to the bit on any number of
 * threads.
 *
 * <pre>{@code
 * PsaResult psa = MonteCarlo.run(appraisal, 20260101L, 10_000, 2);
 * psa.npsvSummary(0).mean();
 * }</pre>
 */
public final class MonteCarlo {

  /** The most draws a run may have. */
  public static final int MAX_DRAWS = 10_000_000;

  /** The most threads a run may use. */
  public static final int MAX_THREADS = 256;

  private MonteCarlo() {}

  /**
   * {@return the draws and their outputs for an appraisal}
   *
   * @param appraisal a valid appraisal
   * @param seed the seed
   * @param draws the number of draws, 1 to {@link #MAX_DRAWS}
   * @param threads the number of threads, 1 to {@link #MAX_THREADS}; the result does not depend on
   *     it
   * @throws IllegalArgumentException if draws or threads are out of range
   * @throws CancellationException if the calling thread is interrupted (looked at every {@value
   *     #PROGRESS_STEP} draws); its interrupt stays set
   */
  public static PsaResult run(Appraisal appraisal, long seed, int draws, int threads) {
    return run(appraisal, seed, draws, threads, done -> {});
  }

  /**
   * {@return the draws and their outputs for an appraisal, telling progress as draws finish}
   *
   * @param appraisal a valid appraisal
   * @param seed the seed
   * @param draws the number of draws, 1 to {@link #MAX_DRAWS}
   * @param threads the number of threads, 1 to {@link #MAX_THREADS}; the result does not depend on
   *     it
   * @param progress called with a number of draws just finished (every {@value #PROGRESS_STEP}
   *     draws and at the end of each thread's share, summing to {@code draws}), from the worker
   *     threads at once: it must be thread-safe and quick
   * @throws IllegalArgumentException if draws or threads are out of range
   * @throws CancellationException if the calling thread is interrupted (looked at every {@value
   *     #PROGRESS_STEP} draws); its interrupt stays set
   */
  public static PsaResult run(
      Appraisal appraisal, long seed, int draws, int threads, LongConsumer progress) {
    return run(
        new BenefitCalculator().prepare(appraisal),
        appraisal.psaSampler(),
        seed,
        draws,
        threads,
        progress);
  }

  /** How many draws a thread finishes between two calls of a progress listener. */
  public static final int PROGRESS_STEP = 4096;

  /**
   * {@return the draws and their outputs for a prepared appraisal and a sampler of its parameters}
   *
   * @param prepared the prepared appraisal
   * @param sampler the sampler, over the prepared appraisal's parameters in their order
   * @param seed the seed
   * @param draws the number of draws, 1 to {@link #MAX_DRAWS}
   * @param threads the number of threads, 1 to {@link #MAX_THREADS}; the result does not depend on
   *     it
   * @throws IllegalArgumentException if draws or threads are out of range, or the sampler's
   *     parameters are not the appraisal's
   * @throws CancellationException if the calling thread is interrupted (looked at every {@value
   *     #PROGRESS_STEP} draws); its interrupt stays set
   */
  public static PsaResult run(
      PreparedAppraisal prepared, ParameterSampler sampler, long seed, int draws, int threads) {
    return run(prepared, sampler, seed, draws, threads, done -> {});
  }

  /**
   * {@return the draws and their outputs for a prepared appraisal and a sampler of its parameters,
   * telling progress as draws finish}
   *
   * @param prepared the prepared appraisal
   * @param sampler the sampler, over the prepared appraisal's parameters in their order
   * @param seed the seed
   * @param draws the number of draws, 1 to {@link #MAX_DRAWS}
   * @param threads the number of threads, 1 to {@link #MAX_THREADS}; the result does not depend on
   *     it
   * @param progress as {@link #run(Appraisal, long, int, int, LongConsumer)}
   * @throws IllegalArgumentException if draws or threads are out of range, or the sampler's
   *     parameters are not the appraisal's
   * @throws CancellationException if the calling thread is interrupted (looked at every {@value
   *     #PROGRESS_STEP} draws); its interrupt stays set
   */
  public static PsaResult run(
      PreparedAppraisal prepared,
      ParameterSampler sampler,
      long seed,
      int draws,
      int threads,
      LongConsumer progress) {
    return run(prepared, sampler, seed, 0, draws, threads, progress);
  }

  /**
   * {@return a block of consecutive draws of a run and their outputs, for a caller that handles a
   * long run block by block in bounded memory} Draw {@code firstDraw + i} of the block is draw
   * {@code firstDraw + i} of the whole run (a draw depends only on the seed and its index), so the
   * blocks of a run, taken in order, hold the same numbers to the bit as one call for all its
   * draws. The result's summaries are of the block's draws only.
   *
   * @param prepared the prepared appraisal
   * @param sampler the sampler, over the prepared appraisal's parameters in their order
   * @param seed the seed
   * @param firstDraw the index of the block's first draw in the run, 0 or more
   * @param draws the number of draws in the block, 1 or more, with {@code firstDraw + draws} at
   *     most {@link #MAX_DRAWS}
   * @param threads the number of threads, 1 to {@link #MAX_THREADS}; the result does not depend on
   *     it
   * @param progress as {@link #run(Appraisal, long, int, int, LongConsumer)}
   * @throws IllegalArgumentException if the draws or threads are out of range, or the sampler's
   *     parameters are not the appraisal's
   */
  public static PsaResult run(
      PreparedAppraisal prepared,
      ParameterSampler sampler,
      long seed,
      int firstDraw,
      int draws,
      int threads,
      LongConsumer progress) {
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new IllegalArgumentException("draws must be 1 to " + MAX_DRAWS + ", not " + draws);
    }
    if (firstDraw < 0 || firstDraw > MAX_DRAWS - draws) {
      throw new IllegalArgumentException(
          "the first draw must be 0 to " + (MAX_DRAWS - draws) + ", not " + firstDraw);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "threads must be 1 to " + MAX_THREADS + ", not " + threads);
    }
    if (!sampler.names().equals(prepared.parameterNames())) {
      throw new IllegalArgumentException(
          "the sampler's parameters "
              + sampler.names()
              + " are not the appraisal's "
              + prepared.parameterNames());
    }
    PsaResult.Builder out = new PsaResult.Builder(prepared, seed, firstDraw, draws);
    long[] seeds = sampler.seeds(seed);
    int t = Math.min(threads, draws);
    if (t == 1) {
      range(prepared, sampler, seeds, out, 0, draws, progress);
      return out.build();
    }
    // The caller runs the last range itself; the others go to the shared workers, so that a run
    // starts no thread (a new pool cost 0.5 to 1.6 ms a run here, the whole gain of a second
    // thread on 10,000 draws).
    List<Future<?>> tasks = new ArrayList<>();
    try {
      for (int i = 0; i < t - 1; i++) {
        int from = (int) ((long) draws * i / t);
        int to = (int) ((long) draws * (i + 1) / t);
        tasks.add(
            Workers.POOL.submit(() -> range(prepared, sampler, seeds, out, from, to, progress)));
      }
      range(prepared, sampler, seeds, out, (int) ((long) draws * (t - 1) / t), draws, progress);
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("interrupted");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      // a failed or cancelled run stops the ranges still running; a finished one has none
      tasks.forEach(task -> task.cancel(true));
    }
    return out.build();
  }

  /**
   * The worker threads every multi-threaded run shares: made when a run first needs one, kept while
   * runs use them and ended after a minute idle; daemon threads, so they never keep a program
   * alive.
   */
  private static final class Workers {
    private static final AtomicInteger COUNT = new AtomicInteger();

    static final ExecutorService POOL =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "networkedcare-psa-" + COUNT.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });

    private Workers() {}
  }

  /** Runs the block's draws {@code from} to {@code to - 1}, writing each by its index. */
  private static void range(
      PreparedAppraisal a,
      ParameterSampler sampler,
      long[] seeds,
      PsaResult.Builder out,
      int from,
      int to,
      LongConsumer progress) {
    double[] central = a.centralValues();
    int n = central.length;
    int k = out.options;
    int orgs = out.organisations;
    int all = out.allOptions;
    double[] p = new double[n];
    double[] org = new double[orgs];
    int first = out.firstDraw;
    ParameterSampler.Drawer drawer = sampler.drawer(seeds);
    for (int d = from; d < to; d++) {
      System.arraycopy(central, 0, p, 0, n);
      drawer.draw(first + d, p);
      System.arraycopy(p, 0, out.parameters, d * n, n);
      for (int j = 0; j < k; j++) {
        out.npsv[d * k + j] = a.npsv(j, p);
        java.util.Arrays.fill(org, 0.0);
        a.netBenefitByOrganisation(j, p, org);
        System.arraycopy(org, 0, out.byOrganisation, (d * k + j) * orgs, orgs);
      }
      if (out.health) {
        for (int j = 0; j < all; j++) {
          out.costs[d * all + j] = a.cost(j, p);
          out.qalys[d * all + j] = a.qalys(j, p);
        }
      }
      if ((d - from + 1) % PROGRESS_STEP == 0) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("interrupted after " + (d + 1) + " draws");
        }
        progress.accept(PROGRESS_STEP);
      }
    }
    progress.accept((to - from) % PROGRESS_STEP);
  }
}
