package org.networkedcare.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.metrics.uncertainty.DrawSummary;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.uncertainty.PairwiseIcers;
import org.networkedcare.metrics.appraisal.PsaResult;
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

  @Option(names = "--input", required = true, paramLabel = "A.json", description = "the appraisal document")
  private Path input;

  private int draws;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "the seed (a whole number)")
  private long seed;

  private int threads = 1;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory, created if need be")
  private Path output;

  @Option(names = "--wtp", paramLabel = "FROM:TO:STEP|V",
      description = "willingness to pay per QALY for the CEA outputs; repeatable (default 0:100000:1000)")
  private List<String> wtp = List.of("0:100000:1000");

  @Option(names = "--reference", paramLabel = "OPTION",
      description = "the option pairwise ICERs are against (default: the counterfactual)")
  private Optional<String> reference = Optional.empty();

  /** Creates the command; picocli calls this. */
  public PsaCommand() {}

  @Option(names = "--draws", required = true, paramLabel = "N", description = "the number of draws, 1 to 10,000,000")
  void setDraws(int n) {
    if (n < 1 || n > MonteCarlo.MAX_DRAWS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--draws must be 1 to " + MonteCarlo.MAX_DRAWS + ", not " + n);
    }
    this.draws = n;
  }

  @Option(names = "--threads", paramLabel = "T", description = "threads (default 1); the output does not depend on it")
  void setThreads(int n) {
    if (n < 1 || n > MonteCarlo.MAX_THREADS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 to " + MonteCarlo.MAX_THREADS + ", not " + n);
    }
    this.threads = n;
  }

  @Override
  public Integer call() {
    Appraisal appraisal = Appraisal.parse(Inputs.bytes(input));
    WtpGrid grid = CeaCommand.grid(wtp);
    PsaResult psa = MonteCarlo.run(appraisal, seed, draws, threads);
    String ref = reference.orElse(appraisal.options().stream().filter(o -> o.counterfactual()).findFirst().orElseThrow().id());
    if (!psa.allOptions().contains(ref)) {
      throw new InputException("--reference " + ref + ": no such option; the options are " + String.join(", ", psa.allOptions()));
    }
    try {
      Files.createDirectories(output);
      writeDraws(psa);
      writeSummary(psa);
      writeOrganisations(psa);
      Optional<CostEffectivenessSample> sample = psa.costEffectiveness();
      if (sample.isPresent()) {
        CeaWriter writer = new CeaWriter(output);
        Acceptability acceptability = Acceptability.of(sample.get(), grid);
        writer.writeIcers(FrontierIcers.of(sample.get()));
        writer.writeAcceptability(acceptability);
        writer.writeEvpi(acceptability);
        writer.writePairwise(PairwiseIcers.against(sample.get(), ref));
      }
    } catch (FileAlreadyExistsException ex) {
      throw new InputException(output + ": exists and is not a directory", ex);
    } catch (IOException ex) {
      throw new InputException(output + ": cannot be written (" + ex.getMessage() + ")", ex);
    }
    return 0;
  }

  private BufferedWriter writer(String name) throws IOException {
    return Files.newBufferedWriter(output.resolve(name), StandardCharsets.UTF_8);
  }

  private void writeDraws(PsaResult r) throws IOException {
    try (BufferedWriter out = writer("draws.csv")) {
      StringBuilder h = new StringBuilder("draw");
      r.parameterNames().forEach(n -> h.append(',').append(CeaCommand.text(n)));
      r.options().forEach(o -> h.append(',').append(CeaCommand.text("npsv:" + o)));
      if (r.hasHealthEffects()) {
        r.allOptions().forEach(o -> h.append(',').append(CeaCommand.text("cost:" + o)));
        r.allOptions().forEach(o -> h.append(',').append(CeaCommand.text("qalys:" + o)));
      }
      out.write(h.append('\n').toString());
      int n = r.parameterNames().size();
      int k = r.options().size();
      int m = r.allOptions().size();
      for (int d = 0; d < r.draws(); d++) {
        StringBuilder row = new StringBuilder().append(d);
        for (int i = 0; i < n; i++) {
          row.append(',').append(Numbers.format(r.parameter(d, i)));
        }
        for (int j = 0; j < k; j++) {
          row.append(',').append(Numbers.format(r.npsv(d, j)));
        }
        if (r.hasHealthEffects()) {
          for (int j = 0; j < m; j++) {
            row.append(',').append(Numbers.format(r.cost(d, j)));
          }
          for (int j = 0; j < m; j++) {
            row.append(',').append(Numbers.format(r.qalys(d, j)));
          }
        }
        out.write(row.append('\n').toString());
      }
    }
  }

  private void writeSummary(PsaResult r) throws IOException {
    try (BufferedWriter out = writer("summary.csv")) {
      out.write("option,draws,seed,mean_npsv,p2_5,p50,p97_5,probability_npsv_positive\n");
      for (int j = 0; j < r.options().size(); j++) {
        DrawSummary s = r.npsvSummary(j);
        out.write(String.join(",", CeaCommand.text(r.options().get(j)), String.valueOf(r.draws()), String.valueOf(r.seed()),
            Numbers.format(s.mean()), Numbers.format(s.p2_5()), Numbers.format(s.p50()), Numbers.format(s.p97_5()),
            Numbers.format(s.probabilityPositive())) + "\n");
      }
    }
  }

  private void writeOrganisations(PsaResult r) throws IOException {
    try (BufferedWriter out = writer("organisations.csv")) {
      out.write("option,organisation,mean_net_benefit,p2_5,p50,p97_5,probability_positive\n");
      for (int j = 0; j < r.options().size(); j++) {
        for (int o = 0; o < r.organisations().size(); o++) {
          DrawSummary s = r.netBenefitSummary(j, o);
          out.write(String.join(",", CeaCommand.text(r.options().get(j)), CeaCommand.text(r.organisations().get(o)),
              Numbers.format(s.mean()), Numbers.format(s.p2_5()), Numbers.format(s.p50()), Numbers.format(s.p97_5()),
              Numbers.format(s.probabilityPositive())) + "\n");
        }
      }
    }
  }
}
