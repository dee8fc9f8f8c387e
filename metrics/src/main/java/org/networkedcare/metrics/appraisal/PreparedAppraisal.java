package org.networkedcare.metrics.appraisal;

import java.util.List;
import java.util.Objects;

/**
 * An appraisal compiled for fast repeated evaluation with varied parameters, the path one-way
 * sensitivity, switching values, scenarios and Monte Carlo use. Parameters are addressed by index in
 * {@link #parameterNames()} (sorted by name); NPSV is computed in doubles, unrounded, without
 * allocating. Immutable and safe to share between threads.
 */
public final class PreparedAppraisal {

  private final Compiled compiled;

  PreparedAppraisal(Appraisal appraisal) {
    this.compiled = new Compiled(Objects.requireNonNull(appraisal, "appraisal"));
  }

  /** {@return the appraisal compiled} */
  public Appraisal appraisal() {
    return compiled.appraisal;
  }

  /** {@return the names of the parameters, in the order of a parameter vector} */
  public List<String> parameterNames() {
    return List.of(compiled.names);
  }

  /** {@return a new vector of the parameters' central values} */
  public double[] centralValues() {
    return compiled.central.clone();
  }

  /**
   * {@return the index of a parameter in a parameter vector}
   *
   * @param name the parameter's name
   * @throws IllegalArgumentException if there is no such parameter
   */
  public int parameterIndex(String name) {
    Integer i = compiled.index.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no parameter '" + name + "'");
    }
    return i;
  }

  /** {@return the ids of the network options, in the order given} */
  public List<String> optionIds() {
    return compiled.networkOptions.stream().map(i -> compiled.appraisal.options().get(i).id()).toList();
  }

  /**
   * {@return the NPSV in pounds, unrounded, of a network option against the counterfactual}
   *
   * @param option the position of the network option in {@link #optionIds()}
   * @param parameters a value for every parameter, in the order of {@link #parameterNames()}
   * @throws IllegalArgumentException if the vector has the wrong length
   */
  public double npsv(int option, double[] parameters) {
    if (parameters.length != compiled.names.length) {
      throw new IllegalArgumentException("the vector has " + parameters.length + " values; the appraisal has "
          + compiled.names.length + " parameters");
    }
    return compiled.npsv(compiled.networkOptions.get(option), parameters);
  }
}
