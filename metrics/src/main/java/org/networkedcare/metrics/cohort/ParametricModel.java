package org.networkedcare.metrics.cohort;

import java.util.List;

/**
 * The hook for probabilistic sensitivity analysis: a model prepared once and then evaluated for
 * many vectors of parameter values, fast and from any number of threads.
 *
 * <p>A Monte Carlo loop draws the parameters that have distributions, leaves the others at {@code
 * NaN} (meaning "as the model defines it": a base value, or an expression of the parameters drawn)
 * and collects the outputs:
 *
 * <pre>{@code
 * ParametricModel model = cohortModel.prepare();
 * double[] p = new double[model.parameterNames().size()];
 * double[] out = new double[model.outputNames().size()];
 * for (int draw = 0; draw < 10_000; draw++) {
 *   java.util.Arrays.fill(p, Double.NaN);
 *   p[iRelativeRisk] = drawn;            // from the uncertainty module's distributions
 *   model.evaluate(p, out);              // out[k] is outputNames().get(k)
 * }
 * }</pre>
 */
public interface ParametricModel {

  /** {@return the names of the parameters, in the order of the vectors {@link #evaluate} takes} */
  List<String> parameterNames();

  /**
   * {@return every parameter's base value (expressions evaluated), in the order of {@link
   * #parameterNames()}}
   */
  double[] baseValues();

  /** {@return the names of the outputs, in the order {@link #evaluate} writes them} */
  List<String> outputNames();

  /**
   * Evaluates the model for one vector of parameter values.
   *
   * @param parameters one value per parameter; {@code NaN} means the parameter as the model defines
   *     it (its base value, or its expression of the other parameters)
   * @param outputs where the outputs go, one per {@link #outputNames()}
   * @throws org.networkedcare.core.validation.ValidationException if the values make a transition
   *     matrix invalid (a row that does not sum to 1, a cell outside [0, 1]) or a value not finite
   */
  void evaluate(double[] parameters, double[] outputs);
}
