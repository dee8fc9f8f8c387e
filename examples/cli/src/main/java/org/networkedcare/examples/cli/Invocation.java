package org.networkedcare.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.networkedcare.core.validation.ValidationException;

/**
 * One run of the command line in this process, with what it printed and, when it failed, why: for
 * programs (the HTTP service) that give the command's results and problems another form. Each run
 * builds its own commands, so runs on several threads at once are independent.
 *
 * @param exitCode 0 success, 1 the input has problems, 2 a usage error
 * @param out what the command printed on standard output
 * @param err what it printed on standard error (problems, warnings)
 * @param usage whether it failed on its options (exit code 2)
 * @param lines the lines its failure printed (empty on success), one per problem, as the command
 *     prints them
 * @param problems the problems of the failure with their JSON pointers, when the input's readers
 *     reported them so
 * @param unexpected the exception of a failure that is not a problem of the input (a defect), if
 *     any
 */
public record Invocation(
    int exitCode,
    String out,
    String err,
    boolean usage,
    List<String> lines,
    Optional<ValidationException> problems,
    Optional<Exception> unexpected) {

  /**
   * Copies the lines.
   *
   * @param exitCode the command's exit code
   * @param out what it wrote to standard output
   * @param err what it wrote to standard error
   * @param usage whether it failed as a usage error
   * @param lines the lines its failure printed
   * @param problems the problems of the failure
   * @param unexpected the exception of a failure that is not a problem of the input
   */
  public Invocation {
    lines = List.copyOf(lines);
  }

  /**
   * {@return the run of {@code networkedcare ARGS}}
   *
   * @param args the arguments, as on the command line
   */
  public static Invocation run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicReference<Exception> failure = new AtomicReference<>();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.execute(args.toArray(String[]::new), o, e, failure::set);
    }
    Exception e = failure.get();
    List<String> lines = List.of();
    Optional<ValidationException> problems = Optional.empty();
    if (e instanceof ValidationException invalid) {
      problems = Optional.of(invalid);
      lines = invalid.problems().stream().map(Object::toString).toList();
    } else if (e instanceof InputException input) {
      lines = input.lines();
      if (input.getCause() instanceof ValidationException invalid
          && invalid.problems().size() == lines.size()) {
        problems = Optional.of(invalid);
      }
    } else if (e instanceof UsageException usage) {
      lines = List.of(usage.getMessage());
    }
    boolean expected =
        e == null
            || e instanceof ValidationException
            || e instanceof InputException
            || e instanceof UsageException;
    return new Invocation(
        code,
        out.toString(),
        err.toString(),
        e instanceof UsageException,
        lines,
        problems,
        expected ? Optional.empty() : Optional.ofNullable(e));
  }
}
