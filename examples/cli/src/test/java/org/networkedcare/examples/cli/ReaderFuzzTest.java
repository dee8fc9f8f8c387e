package org.networkedcare.examples.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.report.EvaluationDocuments;
import org.networkedcare.governance.assurance.DecisionEngine;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelCsv;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.json.CohortJson;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcCsv;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * Coverage-guided fuzz targets (Jazzer), one per reader: each JSON document type, each CSV input
 * and the cohort expression language. A target passes when its input is read, or refused with
 * problems ({@link ValidationException}, or the command's {@link InputException}); anything else
 * (an unexpected exception, a stack overflow, running out of memory, a hang) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} each target runs as a regression test on the inputs kept in {@code
 * src/test/resources/org/networkedcare/examples/cli/ReaderFuzzTestInputs/TARGET/} (the corpus:
 * seeds, and every crash found, which thereby becomes a regression test). With it, one target is
 * fuzzed per JVM: {@code .ci/fuzz} fuzzes each for a few seconds in CI, and {@code .ci/fuzz 600
 * TARGET} for ten minutes on demand (README, "Robustness").
 */
class ReaderFuzzTest {

  private static final GovernanceReference REFERENCE = GovernanceReferenceJson.defaults();
  private static final byte[] DATA =
      ("period,org_code,type,attendances,breaches,admissions\n"
              + "2017-04-01,RC9,1,100,5,20\n2017-05-01,RC9,1,110,6,21\n")
          .getBytes(StandardCharsets.UTF_8);

  private static void refusedOrRead(Runnable read) {
    try {
      read.run();
    } catch (ValidationException | InputException refused) {
      // a refusal with problems is a correct outcome
    }
  }

  @FuzzTest(maxDuration = "10m")
  void network(byte[] input) {
    refusedOrRead(() -> NetworkJson.parse(input));
  }

  @FuzzTest(maxDuration = "10m")
  void governance(byte[] input) {
    refusedOrRead(
        () ->
            DecisionEngine.evaluate(
                AssuranceJson.parse(input, REFERENCE), REFERENCE, LocalDate.of(2018, 1, 20)));
  }

  @FuzzTest(maxDuration = "10m")
  void appraisal(byte[] input) {
    refusedOrRead(() -> AppraisalJson.evaluate(input));
  }

  @FuzzTest(maxDuration = "10m")
  void cohort(byte[] input) {
    refusedOrRead(() -> CohortJson.parse(input).run());
  }

  @FuzzTest(maxDuration = "10m")
  void evaluation(byte[] input) {
    try {
      EvaluationDocuments.parse(
          input,
          (name, limit) -> name.endsWith(".csv") ? DATA : "{}".getBytes(StandardCharsets.UTF_8));
    } catch (ValidationException refused) {
      // the evaluation document refuses bad input with every problem and its pointer
    }
  }

  @FuzzTest(maxDuration = "10m")
  void spc(byte[] input) {
    String csv = new String(input, StandardCharsets.UTF_8);
    refusedOrRead(
        () ->
            Spc.analyse(
                SpcCsv.read(new StringReader(csv), "date", "value", Optional.of("facet")),
                SpcOptions.builder().improvement(ImprovementDirection.INCREASE).build()));
  }

  @FuzzTest(maxDuration = "10m")
  void funnel(byte[] input) {
    String csv = new String(input, StandardCharsets.UTF_8);
    refusedOrRead(
        () ->
            Funnel.analyse(
                FunnelCsv.read(new StringReader(csv), "site", "numerator", "denominator"),
                FunnelOptions.builder().build()));
  }

  @FuzzTest(maxDuration = "10m")
  void cea(FuzzedDataProvider data) {
    String costs = data.consumeString(4_000);
    String effects = data.consumeRemainingAsString();
    refusedOrRead(
        () -> {
          CeaCommand.Matrix c = CeaCommand.read(new StringReader(costs), "costs.csv", "costs");
          CeaCommand.Matrix e =
              CeaCommand.read(new StringReader(effects), "effects.csv", "effects");
          if (c.options().equals(e.options()) && c.rows().size() == e.rows().size()) {
            CostEffectivenessSample sample =
                CostEffectivenessSample.of(
                    c.options(),
                    c.rows().toArray(double[][]::new),
                    e.rows().toArray(double[][]::new));
            FrontierIcers.of(sample);
            Acceptability.of(sample, WtpGrid.range(0, 100_000, 10_000));
          }
        });
  }

  /** The expression language: one cell of a transition matrix and one state value. */
  @FuzzTest(maxDuration = "10m")
  void expression(FuzzedDataProvider data) {
    String cell = data.consumeString(2_000);
    String value = data.consumeRemainingAsString();
    String model =
        "{\"schemaVersion\": 1, \"states\": [\"a\", \"b\"], \"cycles\": 3, \"initialCounts\": {\"a\": 1},"
            + " \"values\": [{\"name\": \"cost\", \"discountRate\": 0}], \"parameters\": {\"p\": {\"value\": \"0.25\"}},"
            + " \"stateValues\": {\"cost\": {\"a\": "
            + quoted(value)
            + ", \"b\": 0}},"
            + " \"strategies\": [{\"name\": \"x\", \"transitions\": {\"a\": {\"a\": \"C\", \"b\": "
            + quoted(cell)
            + "},"
            + " \"b\": {\"b\": 1}}}]}";
    refusedOrRead(() -> CohortJson.parse(model).run());
  }

  private static String quoted(String text) {
    return Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(text)).strip();
  }

  /** The targets, for {@code .ci/fuzz}. */
  static final List<String> TARGETS =
      List.of(
          "network",
          "governance",
          "appraisal",
          "cohort",
          "evaluation",
          "spc",
          "funnel",
          "cea",
          "expression");
}
