package org.networkedcare.examples.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code POST} endpoint over one command: how its body becomes the command's input files, which
 * query parameters become which of its options, and how its outputs become the answer.
 *
 * @param path the path, such as {@code /v1/spc}
 * @param command the command's words, such as {@code [data, check]}
 * @param body how the body is read
 * @param inputs the command's input options and the file each is given (in the request's folder)
 * @param outputs the command's output options and the file or folder each is given
 * @param options query parameters (camelCase) that are the command's options of the same name in
 *     kebab case
 * @param switches query parameters that are the command's switches (present, or {@code true})
 * @param required query parameters that must be present
 * @param answer how the outputs become the response
 * @param resultSchema the OpenAPI component of the JSON answer
 */
record Endpoint(
    String path,
    List<String> command,
    Body body,
    Map<String, String> inputs,
    Map<String, String> outputs,
    Set<String> options,
    Set<String> switches,
    Set<String> required,
    Answer answer,
    Optional<String> resultSchema) {

  /**
   * Keeps the files in the order of their options' names, so that answers list them the same way
   * every run.
   */
  Endpoint {
    inputs = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(inputs));
    outputs = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(outputs));
  }

  /** How a body is read. */
  enum Body {
    /** A JSON document ({@code application/json}), given to the command as its one input file. */
    JSON,
    /**
     * A CSV file with a header row ({@code text/csv}), given to the command as its one input file.
     */
    CSV,
    /**
     * A CSV file ({@code text/csv}) as {@link #CSV}, or a measure dataset with its network document
     * ({@code application/json}, {@link DatasetRequest}).
     */
    SERIES,
    /**
     * A JSON object of files ({@code application/json}): each member's name a plain file name, its
     * value the file (a string is its text, any other JSON value is written as JSON).
     */
    FILES
  }

  /** How the command's outputs become the answer. */
  enum Answer {
    /** The one output file, a JSON document, is the answer. */
    JSON_FILE,
    /** A {@code CommandResult}: standard output, warnings, and every output file (CSV as rows). */
    FILES,
    /** The board pack: its self-contained HTML page, or the zip of its folder. */
    BOARD_PACK
  }

  /** The endpoints over commands ({@code /v1/appraise} calls the benefit calculator directly). */
  static List<Endpoint> all() {
    return List.of(
        new Endpoint(
            "/v1/assure",
            List.of("assure"),
            Body.JSON,
            Map.of("--input", "governance.json"),
            Map.of("--output", "assessment.json"),
            Set.of("asOf"),
            Set.of(),
            Set.of("asOf"),
            Answer.JSON_FILE,
            Optional.of("Assessment")),
        new Endpoint(
            "/v1/spc",
            List.of("spc"),
            Body.SERIES,
            Map.of("--input", "input.csv"),
            Map.of("--points", "points.csv", "--summary", "summary.csv"),
            Set.of(
                "dateColumn",
                "valueColumn",
                "numeratorColumn",
                "denominatorColumn",
                "filter",
                "chart",
                "facetColumn",
                "improvement",
                "target",
                "rebase",
                "fixAfter"),
            Set.of("noScreening"),
            Set.of("dateColumn"),
            Answer.FILES,
            Optional.empty()),
        new Endpoint(
            "/v1/funnel",
            List.of("funnel"),
            Body.SERIES,
            Map.of("--input", "input.csv"),
            Map.of("--output", "out"),
            Set.of(
                "siteColumn",
                "numeratorColumn",
                "denominatorColumn",
                "filter",
                "type",
                "srMethod",
                "limits",
                "target",
                "overdispersion",
                "trim",
                "title"),
            Set.of(),
            Set.of("siteColumn", "numeratorColumn", "denominatorColumn"),
            Answer.FILES,
            Optional.empty()),
        new Endpoint(
            "/v1/cea",
            List.of("cea"),
            Body.FILES,
            Map.of("--costs", "costs.csv", "--effects", "effects.csv"),
            Map.of("--output", "out"),
            Set.of("wtp", "reference"),
            Set.of(),
            Set.of("wtp"),
            Answer.FILES,
            Optional.empty()),
        new Endpoint(
            "/v1/psa",
            List.of("psa"),
            Body.JSON,
            Map.of("--input", "appraisal.json"),
            Map.of("--output", "out"),
            Set.of("seed", "draws", "wtp", "reference"),
            Set.of(),
            Set.of("seed", "draws"),
            Answer.FILES,
            Optional.empty()),
        new Endpoint(
            "/v1/cohort",
            List.of("cohort"),
            Body.JSON,
            Map.of("--input", "model.json"),
            Map.of("--output", "out"),
            Set.of(),
            Set.of(),
            Set.of(),
            Answer.FILES,
            Optional.empty()),
        new Endpoint(
            "/v1/data/check",
            List.of("data", "check"),
            Body.FILES,
            Map.of("--network", "network.json", "--data", "data.csv|data.json"),
            Map.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Answer.FILES,
            Optional.empty()),
        new Endpoint(
            "/v1/report",
            List.of("report"),
            Body.FILES,
            Map.of("--input", "evaluation.json"),
            Map.of("--output", "out"),
            Set.of("asOf"),
            Set.of(),
            Set.of(),
            Answer.BOARD_PACK,
            Optional.empty()));
  }
}
