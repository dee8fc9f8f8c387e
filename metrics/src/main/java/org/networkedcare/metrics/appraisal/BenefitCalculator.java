package org.networkedcare.metrics.appraisal;

import java.nio.charset.StandardCharsets;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.ValidationException;

/**
 * The benefit calculator: a Green Book appraisal of network options against an explicit
 * counterfactual ({@code docs/appraisal.md}; method in {@code specs/appraisal.md} sections 1-6 and
 * 8).
 *
 * <pre>{@code
 * AppraisalResult result = new BenefitCalculator().evaluate(appraisal);
 * result.option("hub-and-host").npsv();      // GBP, exact pence
 * result.option("hub-and-host").explain();   // which lines, factors and adjustments made it
 * String out = new BenefitCalculator().evaluate(jsonText);   // JSON in, JSON out
 * }</pre>
 *
 * <p>Stateless and thread-safe. Where rounding happens is set out in {@link AppraisalResult}.
 */
public final class BenefitCalculator {

  /** Creates a calculator. */
  public BenefitCalculator() {}

  /**
   * {@return the appraisal's results: each network option against the counterfactual}
   *
   * @param appraisal a valid appraisal
   * @throws ValidationException with code {@code result.range} if a result is beyond the range of
   *     money (inputs of absurd magnitude)
   */
  public AppraisalResult evaluate(Appraisal appraisal) {
    return new Evaluator(new Compiled(appraisal)).evaluate();
  }

  /**
   * {@return the result document for an appraisal document, both JSON with {@code schemaVersion} 1}
   *
   * @param json the appraisal document
   * @throws ValidationException carrying every problem of the document, each with its JSON path
   */
  public String evaluate(String json) {
    Appraisal appraisal = Appraisal.parse(json);
    return Json.write(evaluate(appraisal).toJson());
  }

  /**
   * {@return the result document for an appraisal document given as UTF-8 bytes}
   *
   * @param json the appraisal document
   * @throws ValidationException carrying every problem of the document, each with its JSON path
   */
  public byte[] evaluate(byte[] json) {
    Appraisal appraisal = Appraisal.parse(json);
    return Json.write(evaluate(appraisal).toJson()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return the appraisal compiled for fast repeated NPSV evaluation with varied parameters}
   *
   * @param appraisal a valid appraisal
   */
  public PreparedAppraisal prepare(Appraisal appraisal) {
    return new PreparedAppraisal(appraisal);
  }
}
