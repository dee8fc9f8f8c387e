package org.networkedcare.metrics.appraisal;

import java.util.List;
import java.util.Objects;

/**
 * An appraisal compiled for fast repeated evaluation with varied parameters, the path one-way
 * sensitivity, switching values, scenarios and Monte Carlo use. Parameters are addressed by index
 * in {@link #parameterNames()} (sorted by name); NPSV is computed in doubles, unrounded, without
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
    return compiled.networkOptions.stream()
        .map(i -> compiled.appraisal.options().get(i).id())
        .toList();
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
      throw new IllegalArgumentException(
          "the vector has "
              + parameters.length
              + " values; the appraisal has "
              + compiled.names.length
              + " parameters");
    }
    return compiled.npsv(compiled.networkOptions.get(option), parameters);
  }

  /** {@return the ids of all the options, the counterfactual included, in the order given} */
  public List<String> allOptionIds() {
    return compiled.appraisal.options().stream().map(Option::id).toList();
  }

  /** {@return the organisations that bear or receive lines, sorted} */
  public List<String> organisations() {
    return List.of(compiled.organisations);
  }

  /** {@return whether any option has a health line (QALYs), so that cost-effectiveness applies} */
  public boolean hasHealthEffects() {
    return compiled.hasHealth;
  }

  /**
   * Adds each organisation's net benefit (pounds, unrounded) from a network option against the
   * counterfactual to {@code out}, indexed as {@link #organisations()}, after the payments between
   * parties (transfers, gain-shares and rewards: received less paid); the sum over organisations is
   * the NPSV up to rounding in the last bits, since those payments sum to zero. Allocates nothing.
   *
   * @param option the position of the network option in {@link #optionIds()}
   * @param parameters a value for every parameter
   * @param out one slot per organisation, added to
   * @throws IllegalArgumentException if an array has the wrong length
   */
  public void netBenefitByOrganisation(int option, double[] parameters, double[] out) {
    check(parameters);
    if (out.length != compiled.organisations.length) {
      throw new IllegalArgumentException(
          "out has "
              + out.length
              + " slots; there are "
              + compiled.organisations.length
              + " organisations");
    }
    compiled.byOrganisation(compiled.networkOptions.get(option), parameters, out);
  }

  /**
   * {@return the net cost in pounds of an option for cost-effectiveness: its costs minus its money
   * benefits (health lines excluded), discounted, unrounded, not relative to the counterfactual}
   *
   * @param option the position of the option in {@link #allOptionIds()}
   * @param parameters a value for every parameter
   */
  public double cost(int option, double[] parameters) {
    check(parameters);
    return compiled.cost(option, parameters);
  }

  /**
   * {@return the discounted QALYs of an option: its health benefits minus its health costs after
   * every adjustment, not relative to the counterfactual} Net monetary benefit at the appraisal's
   * QALY value {@code v} is {@code v x qalys - cost}, and NPSV is that of the option minus that of
   * the counterfactual.
   *
   * @param option the position of the option in {@link #allOptionIds()}
   * @param parameters a value for every parameter
   */
  public double qalys(int option, double[] parameters) {
    check(parameters);
    return compiled.qalys(option, parameters);
  }

  /**
   * {@return the pounds per QALY health lines are valued at, for a parameter vector}
   *
   * @param parameters a value for every parameter
   */
  public double qalyValue(double[] parameters) {
    check(parameters);
    return compiled.qalyTerm.v(parameters);
  }

  private void check(double[] parameters) {
    if (parameters.length != compiled.names.length) {
      throw new IllegalArgumentException(
          "the vector has "
              + parameters.length
              + " values; the appraisal has "
              + compiled.names.length
              + " parameters");
    }
  }
}
