package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.DrawSummary;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.uncertainty.PairwiseIcers;
import org.networkedcare.metrics.uncertainty.WtpGrid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare psa --input A.json --draws N --seed S [--threads T] --output DIR}: Monte
 * Carlo over a whole appraisal (docs/psa.md). Writes draws.csv, summary.csv and organisations.csv
 * and, when the appraisal has health effects, the cost-effectiveness files of {@code cea}
 * (icers.csv, acceptability.csv, evpi.csv, pairwise.csv against the reference). The files are the
 * same, byte for byte, for any number of threads.
 */
@Command(
    name = "psa",
    mixinStandardHelpOptions = true,
    description = {
      "Probabilistic sensitivity analysis of an appraisal: draws parameters from their distributions,",
      "writes every draw, NPSV and per-organisation summaries and, with health effects, frontier and",
      "pairwise ICERs, the acceptability curve and frontier, expected NMB and EVPI."
    })
public final class PsaCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "A.json",
      description = "The appraisal document.")
  private Path input;

  private int draws;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "The seed (a whole number).")
  private long seed;

  private int threads = 1;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Output directory, created if need be.")
  private Path output;

  @Option(
      names = "--wtp",
      paramLabel = "FROM:TO:STEP|V",
      description =
          "Willingness to pay in pounds per QALY for the cost-effectiveness outputs, a grid FROM:TO:STEP or one value; repeatable (default 0:100000:1000).")
  private List<String> wtp = List.of("0:100000:1000");

  @Option(
      names = "--reference",
      paramLabel = "OPTION",
      description = "The option pairwise ICERs are against (default: the counterfactual).")
  private Optional<String> reference = Optional.empty();

  @Option(
      names = "--governance",
      paramLabel = "G.json",
      description = AppraisalInputs.GOVERNANCE_HELP)
  private Optional<Path> governance = Optional.empty();

  /** Creates the command; picocli calls this. */
  public PsaCommand() {}

  @Option(
      names = "--draws",
      required = true,
      paramLabel = "N",
      description = "The number of draws, 1 to 10,000,000.")
  void setDraws(int n) {
    if (n < 1 || n > MonteCarlo.MAX_DRAWS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--draws must be 1 to " + MonteCarlo.MAX_DRAWS + ", not " + n);
    }
    this.draws = n;
  }

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "The number of threads, 1 to 256 (default 1); the output is the same bytes on any number.")
  void setThreads(int n) {
    if (n < 1 || n > MonteCarlo.MAX_THREADS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be 1 to " + MonteCarlo.MAX_THREADS + ", not " + n);
    }
    this.threads = n;
  }

  @Override
  public Integer call() {
    Appraisal appraisal = AppraisalInputs.read(input, governance);
    WtpGrid grid = CeaCommand.grid(wtp);
    Feedback feedback = Feedback.of(spec);
    preflight(MonteCarlo.run(appraisal, seed, 1, 1), grid);
    Feedback.Progress simulated = feedback.progress("simulating", "draws", draws);
    PsaResult psa = MonteCarlo.run(appraisal, seed, draws, threads, simulated);
    simulated.end();
    String ref =
        reference.orElse(
            appraisal.options().stream()
                .filter(o -> o.counterfactual())
                .findFirst()
                .orElseThrow()
                .id());
    if (!psa.allOptions().contains(ref)) {
      throw new InputException(
          "--reference "
              + ref
              + ": no such option; the options are "
              + String.join(", ", psa.allOptions()));
    }
    Optional<CostEffectivenessSample> sample = psa.costEffectiveness();
    Outputs.folder(
        output,
        out -> {
          Feedback.Progress written = feedback.progress("writing draws.csv", "draws", draws);
          writeDraws(psa, out.writer("draws.csv"), written);
          written.end();
          writeSummary(psa, out.writer("summary.csv"));
          writeOrganisations(psa, out.writer("organisations.csv"));
          if (sample.isPresent()) {
            Acceptability acceptability = Acceptability.of(sample.get(), grid);
            CeaWriter.writeIcers(FrontierIcers.of(sample.get()), out.writer("icers.csv"));
            CeaWriter.writeAcceptability(acceptability, out.writer("acceptability.csv"));
            CeaWriter.writeEvpi(acceptability, out.writer("evpi.csv"));
            CeaWriter.writePairwise(
                PairwiseIcers.against(sample.get(), ref), out.writer("pairwise.csv"));
          }
        });
    feedback.wrote(
        draws
            + " draws of "
            + psa.allOptions().size()
            + " options"
            + (sample.isPresent() ? ", " + grid.size() + " willingness-to-pay values" : ""),
        List.of(output));
    return 0;
  }

  /**
   * Refuses a run whose draws would not fit in the heap or whose files would not fit on the disk,
   * from the shape of one draw: the numbers kept per draw (parameters, NPSVs, net benefit per
   * organisation, costs and QALYs twice over for the cost-effectiveness sample) and about 20
   * characters a cell in draws.csv.
   */
  private void preflight(PsaResult one, WtpGrid grid) {
    int n = one.parameterNames().size();
    int k = one.options().size();
    int m = one.hasHealthEffects() ? one.allOptions().size() : 0;
    long perDraw =
        8L * (n + k + (long) k * one.organisations().size() + 2L * m)
            + (m > 0 ? 2L * (8L * m + 24) : 0)
            + 8;
    Feedback.checkHeap(perDraw * draws, draws + " draws");
    long cells = 1L + n + k + 2L * m;
    Feedback.checkDisk(
        (long) draws * (cells * 20 + 1) + 4096L * (1 + grid.size() * Math.max(1, m)), output);
  }

  private static void writeDraws(PsaResult r, Writer w, Feedback.Progress written)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add("draw");
    header.addAll(r.parameterNames());
    r.options().forEach(o -> header.add("npsv:" + o));
    if (r.hasHealthEffects()) {
      r.allOptions().forEach(o -> header.add("cost:" + o));
      r.allOptions().forEach(o -> header.add("qalys:" + o));
    }
    CsvTable out = CsvTable.start(w, header);
    int n = r.parameterNames().size();
    int k = r.options().size();
    int m = r.allOptions().size();
    for (int d = 0; d < r.draws(); d++) {
      out.number(d);
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
      if ((d + 1) % MonteCarlo.PROGRESS_STEP == 0) {
        written.accept(MonteCarlo.PROGRESS_STEP);
      }
    }
  }

  private static void writeSummary(PsaResult r, Writer w) throws IOException {
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
      DrawSummary s = r.npsvSummary(j);
      out.text(r.options().get(j))
          .number(r.draws())
          .number(r.seed())
          .number(Numbers.format(s.mean()))
          .number(Numbers.format(s.p2_5()))
          .number(Numbers.format(s.p50()))
          .number(Numbers.format(s.p97_5()))
          .number(Numbers.format(s.probabilityPositive()))
          .end();
    }
  }

  private static void writeOrganisations(PsaResult r, Writer w) throws IOException {
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
        DrawSummary s = r.netBenefitSummary(j, o);
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
