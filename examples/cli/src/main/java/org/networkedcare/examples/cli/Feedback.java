package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * What a command tells the person running it, on standard error only (standard output stays the
 * command's data): progress lines while long work runs, and one summary line when files are
 * written.
 *
 * <p>Progress is shown when the work has run for more than {@value #QUIET_MILLIS} ms, at most once
 * a second, and only when standard error is a terminal (rewriting one line) or {@code --progress}
 * is given (one line each time); {@code --quiet} silences progress and the summary line (warnings
 * and errors are still printed). Thread-safe: workers may report progress at once.
 */
final class Feedback {

  /** Work shorter than this shows no progress. */
  static final long QUIET_MILLIS = 2000;

  private static final long EVERY_NANOS = 1_000_000_000L;

  /**
   * {@return how long work runs before progress shows: {@link #QUIET_MILLIS}, or the system
   * property {@code networkedcare.progress.after.ms} (for tests that need a line at once)}
   */
  static long quietMillis() {
    return Long.getLong("networkedcare.progress.after.ms", QUIET_MILLIS);
  }

  private final PrintWriter err;
  private final String command;
  private final boolean quiet;
  private final boolean progressLines;
  private final boolean terminal;
  private final long started;

  Feedback(
      PrintWriter err,
      String command,
      boolean quiet,
      boolean progressLines,
      boolean terminal,
      long started) {
    this.err = err;
    this.command = command;
    this.quiet = quiet;
    this.progressLines = progressLines;
    this.terminal = terminal;
    this.started = started;
  }

  /** {@return the feedback of a running command, from the top-level options} */
  static Feedback of(Arguments args) {
    boolean quiet = args.flag("--quiet");
    boolean progress = args.flag("--progress");
    boolean terminal = !quiet && !progress && Main.stderrIsTerminal();
    return new Feedback(
        args.err(), args.command(), quiet, progress && !quiet, terminal, args.started());
  }

  /** {@return seconds since the command started, to one decimal} */
  String seconds() {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
  }

  /**
   * Prints the summary line: {@code wrote WHAT to FILES in T s}.
   *
   * @param what how much, in the command's words ({@code 10000 facets, 600000 points})
   * @param files the file or folder names
   */
  void wrote(String what, List<Path> files) {
    if (quiet) {
      return;
    }
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      names.append(i == 0 ? "" : i == files.size() - 1 ? " and " : ", ").append(files.get(i));
    }
    err.println("wrote " + what + " to " + names + " in " + seconds() + " s");
    err.flush();
  }

  /**
   * {@return a progress of counted work} Nothing is printed unless it is shown (see the class).
   *
   * @param phase what is being done ({@code simulating})
   * @param unit what is counted, plural ({@code draws})
   * @param total how many there are
   */
  Progress progress(String phase, String unit, long total) {
    return new Progress(phase + ": ", unit, total);
  }

  /** Counted work in progress. Thread-safe. */
  final class Progress implements LongConsumer {
    private final String phase;
    private final String unit;
    private final long total;
    private final long from = System.nanoTime();
    private long done;
    private long lastPrinted;
    private boolean printed;

    private Progress(String phase, String unit, long total) {
      this.phase = phase;
      this.unit = unit;
      this.total = total;
    }

    /**
     * Counts finished work, printing a line when one is due. A count is also where long work stops
     * when its thread is interrupted (the HTTP service's request time ran out).
     *
     * @throws CancellationException if the calling thread is interrupted
     */
    @Override
    public synchronized void accept(long finished) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted after " + done + " " + unit);
      }
      done += finished;
      if (!(terminal || progressLines)) {
        return;
      }
      long now = System.nanoTime();
      if (now - started < quietMillis() * 1_000_000L
          || now - lastPrinted < EVERY_NANOS
          || done >= total) {
        return;
      }
      lastPrinted = now;
      double rate = done / ((now - from) / 1e9);
      String line =
          String.format(
              Locale.ROOT,
              "%s: %s%d of %d %s (%d%%), %.0f %s/s, about %.0f s left",
              command,
              phase,
              done,
              total,
              unit,
              done * 100 / total,
              rate,
              unit,
              (total - done) / rate);
      if (terminal) {
        err.print("\r" + line + "\u001b[K");
      } else {
        err.println(line);
      }
      err.flush();
      printed = true;
    }

    /** Ends the progress: on a terminal, the rewritten line is ended. */
    synchronized void end() {
      if (printed && terminal) {
        err.print("\r\u001b[K");
        err.flush();
      }
      printed = false;
    }
  }

  /**
   * Refuses work whose outputs would not fit on the disk, before it starts.
   *
   * @param bytes the expected size of the outputs
   * @param target the output file or folder (the nearest existing folder above it is asked)
   * @throws InputException naming both figures, when the free space is smaller
   */
  static void checkDisk(long bytes, Path target) {
    Path at = target.toAbsolutePath();
    while (at != null && !Files.exists(at)) {
      at = at.getParent();
    }
    if (at == null) {
      return;
    }
    long free;
    try {
      FileStore store = Files.getFileStore(at);
      free = store.getUsableSpace();
    } catch (IOException e) {
      return; // no figure to compare with; writing will say if the disk fills
    }
    if (bytes > free) {
      throw new InputException(
          target
              + ": the outputs would take about "
              + size(bytes)
              + ", but only "
              + size(free)
              + " is free there");
    }
  }

  /**
   * Refuses work whose data would not fit in the heap, before it starts.
   *
   * @param bytes the memory the work needs
   * @param what the work, for the message ({@code 10000000 draws})
   * @throws InputException naming both figures, when the heap is smaller
   */
  static void checkHeap(long bytes, String what) {
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max) {
      throw new InputException(
          what
              + " need about "
              + size(bytes)
              + " of memory, more than the "
              + size(max)
              + " Java heap (java -Xmx sets it)");
    }
  }

  /** {@return a size in bytes for a person: {@code 512 KB}, {@code 7.6 GB}} */
  static String size(long bytes) {
    if (bytes < 1L << 20) {
      return (bytes + 1023) / 1024 + " KB";
    }
    if (bytes < 1L << 30) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
  }
}
