package org.networkedcare.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.agreement.AgreementTransfers;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * An appraisal document read for a command, with the governance document it meets when one is given
 * ({@code --governance}): every transfer that names a host agreement's money flow is resolved from
 * the agreement ({@link AgreementTransfers}). With two documents, each problem line names the file
 * it is in.
 */
final class AppraisalInputs {

  private AppraisalInputs() {}

  /** The help of the {@code --governance} option. */
  static final String GOVERNANCE_HELP =
      "The governance (network) document whose host agreements' money flows the appraisal's"
          + " transfers name (\"flow\"): their amounts, years and indexation come from the"
          + " agreement, and a mismatch is a problem.";

  /** {@return the appraisal, resolved against the governance document's agreements if given} */
  static Appraisal read(Path input, Optional<Path> governance) {
    byte[] bytes = Inputs.bytes(input);
    if (governance.isEmpty()) {
      return AppraisalJson.parse(bytes);
    }
    Path g = governance.get();
    byte[] governanceBytes = Inputs.bytes(g);
    Optional<Appraisal> appraisal = Optional.empty();
    ValidationException first = null;
    try {
      appraisal = Optional.of(AppraisalJson.parse(bytes));
    } catch (ValidationException e) {
      first = e;
    }
    GovernanceDocument document;
    try {
      document = AssuranceJson.parse(governanceBytes, GovernanceReferenceJson.defaults());
    } catch (ValidationException e) {
      throw placed(first == null ? Optional.empty() : Optional.of(first), input, Optional.of(e), g);
    }
    if (first != null) {
      throw placed(Optional.of(first), input, Optional.empty(), g);
    }
    Appraisal read = appraisal.orElseThrow();
    return in(input, () -> AgreementTransfers.resolve(read, document.agreements()));
  }

  private static <T> T in(Path file, Supplier<T> step) {
    try {
      return step.get();
    } catch (ValidationException e) {
      throw placed(Optional.of(e), file, Optional.empty(), file);
    }
  }

  /** Every problem of both documents, each line prefixed with its file. */
  private static InputException placed(
      Optional<ValidationException> appraisal,
      Path input,
      Optional<ValidationException> governance,
      Path g) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    appraisal.ifPresent(e -> e.problems().forEach(p -> lines.add(input + ":" + p)));
    governance.ifPresent(e -> e.problems().forEach(p -> lines.add(g + ":" + p)));
    return InputException.placed(lines, appraisal.or(() -> governance).orElseThrow());
  }
}
