package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PreparedAppraisal;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.uncertainty.CostEffectivenessTally;
import org.networkedcare.metrics.uncertainty.DrawSummary;
import org.networkedcare.metrics.uncertainty.ParameterSampler;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * {@code networkedcare psa --input A.json --draws N --seed S [--threads T] --output DIR}: Monte
 * Carlo over a whole appraisal (docs/psa.md). Writes draws.csv, summary.csv and organisations.csv
 * and, when the appraisal has health effects, the cost-effectiveness files of {@code cea}
 * (icers.csv, acceptability.csv, evpi.csv, pairwise.csv against the reference). The files are the
 * same, byte for byte, for any number of threads.
 */
public final class PsaCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "psa",
          "Probabilistic sensitivity analysis of an appraisal: draws parameters "
              + "from their distributions, writes every draw, NPSV and per-organisation "
              + "summaries and, with health effects, frontier and pairwise ICERs, the "
              + "acceptability curve and frontier, expected NMB and EVPI.",
          PsaCommand::new,
          OptionSyntax.value("--input", "A.json", "The appraisal document.").required(),
          OptionSyntax.value("--seed", "S", "The seed (a whole number).").required(),
          OptionSyntax.value("--output", "DIR", "Output directory, created if need be.").required(),
          OptionSyntax.value(
                  "--wtp",
                  "FROM:TO:STEP|V",
                  "Willingness to pay in pounds per QALY for the cost-effectiveness outputs, a grid FROM:TO:STEP or one value; repeatable (default ${DEFAULT-VALUE}).")
              .byDefault("0:100000:1000")
              .repeatable(),
          OptionSyntax.value(
              "--reference",
              "OPTION",
              "The option pairwise ICERs are against (default: the counterfactual)."),
          OptionSyntax.value("--governance", "G.json", AppraisalInputs.GOVERNANCE_HELP),
          OptionSyntax.value("--draws", "N", "The number of draws, 1 to 10,000,000.").required(),
          OptionSyntax.value(
              "--threads",
              "T",
              "The number of threads, 1 to 256 (default 1); the output is the same bytes on any number."));

  private final Arguments args;
  private final Path input;
  private final long seed;
  private final Path output;
  private final List<String> wtp;
  private final Optional<String> reference;
  private final Optional<Path> governance;

  private PsaCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.seed = args.longInteger("--seed");
    this.output = args.path("--output");
    this.wtp = args.strings("--wtp");
    this.reference = args.optionalString("--reference");
    this.governance = args.optionalPath("--governance");
    this.draws = args.integer("--draws");
    if (draws < 1 || draws > MonteCarlo.MAX_DRAWS) {
      throw args.usage("--draws must be 1 to " + MonteCarlo.MAX_DRAWS + ", not " + draws);
    }
    this.threads = args.integer("--threads", 1);
    if (threads < 1 || threads > MonteCarlo.MAX_THREADS) {
      throw args.usage("--threads must be 1 to " + MonteCarlo.MAX_THREADS + ", not " + threads);
    }
  }

  private final int draws;
  private final int threads;

  /** Draws simulated, written and folded into the aggregates together. */
  static final int BLOCK = 1 << 16;

  @Override
  public Integer call() {
    Appraisal appraisal = AppraisalInputs.read(input, governance);
    WtpGrid grid = CeaCommand.grid(wtp);
    Feedback feedback = Feedback.of(args);
    PreparedAppraisal prepared = new BenefitCalculator().prepare(appraisal);
    ParameterSampler sampler = appraisal.psaSampler();
    PsaResult shape = MonteCarlo.run(prepared, sampler, seed, 1, 1);
    preflight(shape, grid);
    String ref =
        reference.orElse(
            appraisal.options().stream()
                .filter(o -> o.counterfactual())
                .findFirst()
                .orElseThrow()
                .id());
    if (!shape.allOptions().contains(ref)) {
      throw new InputException(
          "--reference "
              + ref
              + ": no such option; the options are "
              + String.join(", ", shape.allOptions()));
    }
    Outputs.folder(
        output,
        out -> {
          Feedback.Progress simulated = feedback.progress("simulating", "draws", draws);
          Aggregates all =
              stream(prepared, sampler, shape, grid, ref, out.writer("draws.csv"), simulated);
          simulated.end();
          writeSummary(shape, all, out.writer("summary.csv"));
          writeOrganisations(shape, all, out.writer("organisations.csv"));
          if (all.tally.isPresent()) {
            CostEffectivenessTally.Result ce = all.tally.get().finish();
            CeaWriter.writeIcers(ce.frontier(), out.writer("icers.csv"));
            CeaWriter.writeAcceptability(ce.acceptability(), out.writer("acceptability.csv"));
            CeaWriter.writeEvpi(ce.acceptability(), out.writer("evpi.csv"));
            CeaWriter.writePairwise(ce.pairwise().orElseThrow(), out.writer("pairwise.csv"));
          }
        });
    feedback.wrote(
        draws
            + " draws of "
            + shape.allOptions().size()
            + " options"
            + (shape.hasHealthEffects() ? ", " + grid.size() + " willingness-to-pay values" : ""),
        List.of(output));
    return 0;
  }

  /**
   * What is kept of the draws for the summaries: each option's NPSV and each organisation's net
   * benefit in every draw (the percentiles need them all), and the cost-effectiveness tally.
   */
  private static final class Aggregates {
    final double[][] npsv;
    final double[][] byOrganisation;
    final Optional<CostEffectivenessTally> tally;

    Aggregates(int k, int orgs, int draws, Optional<CostEffectivenessTally> tally) {
      this.npsv = new double[k][draws];
      this.byOrganisation = new double[k * orgs][draws];
      this.tally = tally;
    }
  }

  /**
   * Simulates the draws block by block, in draw order, writing each block's rows of draws.csv and
   * folding it into the aggregates before the next: memory holds one block and the aggregates,
   * whatever the number of draws. Each block's numbers are those of one run of every draw (a draw
   * depends only on the seed and its index), so the bytes do not depend on the block size or the
   * threads.
   */
  private Aggregates stream(
      PreparedAppraisal prepared,
      ParameterSampler sampler,
      PsaResult shape,
      WtpGrid grid,
      String ref,
      Writer w,
      Feedback.Progress simulated)
      throws IOException {
    int k = shape.options().size();
    int orgs = shape.organisations().size();
    int m = shape.allOptions().size();
    boolean health = shape.hasHealthEffects();
    Aggregates all =
        new Aggregates(
            k,
            orgs,
            draws,
            health
                ? Optional.of(CostEffectivenessTally.of(shape.allOptions(), grid, Optional.of(ref)))
                : Optional.empty());
    List<String> header = drawsHeader(shape);
    CsvTable table = CsvTable.start(w, header);
    double[] costs = new double[m];
    double[] qalys = new double[m];
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      for (int first = 0; first < draws; first += BLOCK) {
        int count = Math.min(BLOCK, draws - first);
        PsaResult block = MonteCarlo.run(prepared, sampler, seed, first, count, threads, simulated);
        if (pool == null) {
          writeDraws(block, 0, count, table);
        } else {
          writeDrawsInParallel(block, header, w, pool);
        }
        fold(block, all, costs, qalys);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return all;
  }

  /**
   * Writes a block's rows with every thread: each formats a contiguous share of the rows into text
   * of its own, and the shares are written in order, so the bytes are those of one thread.
   */
  private void writeDrawsInParallel(
      PsaResult block, List<String> header, Writer w, ExecutorService pool) throws IOException {
    int count = block.draws();
    int parts = Math.min(threads, count);
    List<Future<StringBuilder>> texts = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      int from = (int) ((long) count * i / parts);
      int to = (int) ((long) count * (i + 1) / parts);
      texts.add(
          pool.submit(
              () -> {
                Text text = new Text(64 * (to - from) + 256);
                CsvTable part = CsvTable.start(text, header);
                int skip = text.buffer.length(); // the header, which w already has
                writeDraws(block, from, to, part);
                return text.buffer.delete(0, skip);
              }));
    }
    try {
      for (Future<StringBuilder> text : texts) {
        w.append(text.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A writer into a StringBuilder (StringWriter's buffer is synchronized). Not thread-safe. */
  private static final class Text extends Writer {
    final StringBuilder buffer;

    Text(int capacity) {
      this.buffer = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
      buffer.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) {
      buffer.append((char) c);
    }

    @Override
    public Writer append(CharSequence text) {
      buffer.append(text);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Keeps what the summaries need of a block's draws. */
  private static void fold(PsaResult block, Aggregates all, double[] costs, double[] qalys) {
    int k = block.options().size();
    int orgs = block.organisations().size();
    int m = block.allOptions().size();
    int first = block.firstDraw();
    for (int d = 0; d < block.draws(); d++) {
      for (int j = 0; j < k; j++) {
        all.npsv[j][first + d] = block.npsv(d, j);
        for (int o = 0; o < orgs; o++) {
          all.byOrganisation[j * orgs + o][first + d] = block.netBenefit(d, j, o);
        }
      }
      if (all.tally.isPresent()) {
        for (int j = 0; j < m; j++) {
          costs[j] = block.cost(d, j);
          qalys[j] = block.qalys(d, j);
        }
        all.tally.get().add(costs, qalys);
      }
    }
  }

  /**
   * Refuses a run whose draws would not fit in the heap or whose files would not fit on the disk,
   * from the shape of one draw: the numbers kept per draw (NPSVs and net benefit per organisation,
   * for the percentiles, and a sorted copy of one of them at a time), one block of draws, and about
   * 20 characters a cell in draws.csv.
   */
  private void preflight(PsaResult one, WtpGrid grid) {
    int n = one.parameterNames().size();
    int k = one.options().size();
    int m = one.hasHealthEffects() ? one.allOptions().size() : 0;
    long perDraw = 8L * (k + (long) k * one.organisations().size() + 1);
    long block =
        8L * Math.min(draws, BLOCK) * (n + k + (long) k * one.organisations().size() + 2L * m);
    Feedback.checkHeap(perDraw * draws + block, draws + " draws");
    long cells = 1L + n + k + 2L * m;
    Feedback.checkDisk(
        (long) draws * (cells * 20 + 1) + 4096L * (1 + grid.size() * Math.max(1, m)), output);
  }

  private static List<String> drawsHeader(PsaResult r) {
    List<String> header = new ArrayList<>();
    header.add("draw");
    header.addAll(r.parameterNames());
    r.options().forEach(o -> header.add("npsv:" + o));
    if (r.hasHealthEffects()) {
      r.allOptions().forEach(o -> header.add("cost:" + o));
      r.allOptions().forEach(o -> header.add("qalys:" + o));
    }
    return header;
  }

  /** Writes rows {@code from} to {@code to - 1} of a block of draws.csv, numbered in the run. */
  private static void writeDraws(PsaResult r, int from, int to, CsvTable out) throws IOException {
    int n = r.parameterNames().size();
    int k = r.options().size();
    int m = r.allOptions().size();
    int first = r.firstDraw();
    for (int d = from; d < to; d++) {
      out.number(first + d);
      for (int i = 0; i < n; i++) {
        out.number(Numbers.format(r.parameter(d, i)));
      }
      for (int j = 0; j < k; j++) {
        out.number(Numbers.format(r.npsv(d, j)));
      }
      if (r.hasHealthEffects()) {
        for (int j = 0; j < m; j++) {
          out.number(Numbers.format(r.cost(d, j)));
        }
        for (int j = 0; j < m; j++) {
          out.number(Numbers.format(r.qalys(d, j)));
        }
      }
      out.end();
    }
  }

  private void writeSummary(PsaResult r, Aggregates all, Writer w) throws IOException {
    CsvTable out =
        CsvTable.start(
            w,
            "option",
            "draws",
            "seed",
            "mean_npsv",
            "p2_5",
            "p50",
            "p97_5",
            "probability_npsv_positive");
    for (int j = 0; j < r.options().size(); j++) {
      DrawSummary s = DrawSummary.of(all.npsv[j]);
      out.text(r.options().get(j))
          .number(draws)
          .number(seed)
          .number(Numbers.format(s.mean()))
          .number(Numbers.format(s.p2_5()))
          .number(Numbers.format(s.p50()))
          .number(Numbers.format(s.p97_5()))
          .number(Numbers.format(s.probabilityPositive()))
          .end();
    }
  }

  private static void writeOrganisations(PsaResult r, Aggregates all, Writer w) throws IOException {
    CsvTable out =
        CsvTable.start(
            w,
            "option",
            "organisation",
            "mean_net_benefit",
            "p2_5",
            "p50",
            "p97_5",
            "probability_positive");
    for (int j = 0; j < r.options().size(); j++) {
      for (int o = 0; o < r.organisations().size(); o++) {
        DrawSummary s = DrawSummary.of(all.byOrganisation[j * r.organisations().size() + o]);
        out.text(r.options().get(j))
            .text(r.organisations().get(o))
            .number(Numbers.format(s.mean()))
            .number(Numbers.format(s.p2_5()))
            .number(Numbers.format(s.p50()))
            .number(Numbers.format(s.p97_5()))
            .number(Numbers.format(s.probabilityPositive()))
            .end();
      }
    }
  }
}
