package org.networkedcare.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.Outcome;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.cli.Invocation;
import org.networkedcare.governance.agreement.AgreementTransfers;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * The endpoints: routing, media types, limits, the bounded computation pool, and the answers
 * (results, or RFC 9457 problem documents).
 */
final class ServiceApi extends Handler.Abstract {

  static final String JSON = "application/json";
  static final String PROBLEM = "application/problem+json";
  static final String CSV = "text/csv";
  static final String HTML = "text/html;charset=utf-8";
  static final String ZIP = "application/zip";
  static final String PROMETHEUS = "text/plain;version=0.0.4;charset=utf-8";

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern CAMEL = Pattern.compile("(?=[A-Z])");

  private final Path work;
  private final ServiceLimits limits;
  private final ThreadPoolExecutor computations;
  private final ServiceMetrics metrics;
  private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
  private final byte[] openApi;
  private final String version;
  private volatile boolean draining;

  ServiceApi(
      Path work, ServiceLimits limits, ThreadPoolExecutor computations, ServiceMetrics metrics) {
    super(InvocationType.BLOCKING);
    this.work = work;
    this.limits = limits;
    this.computations = computations;
    this.metrics = metrics;
    for (Endpoint e : Endpoint.all()) {
      endpoints.put(e.path(), e);
    }
    this.version = version();
    this.openApi = OpenApi.document(version).getBytes(StandardCharsets.UTF_8);
  }

  void drain() {
    draining = true;
  }

  boolean draining() {
    return draining;
  }

  long inFlight() {
    return metrics.inFlight();
  }

  /** An answer: status, media type, body, and how many problems of the input it reports. */
  private record Answer(int status, String type, byte[] body, int problems) {
    static Answer json(int status, JsonNode node) {
      return new Answer(status, JSON, Json.write(node).getBytes(StandardCharsets.UTF_8), 0);
    }
  }

  /** A request that cannot be answered with a result: answered with its problem document. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ProblemDocument problem;

    Refused(ProblemDocument problem) {
      super(problem.detail(), null, false, false);
      this.problem = problem;
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    metrics.started();
    String path = Request.getPathInContext(request);
    String route = route(path);
    Answer answer;
    boolean close = false;
    try {
      answer =
          draining
              ? problem(
                  ProblemDocument.of(
                      503,
                      "shutting-down",
                      "The service is shutting down",
                      "The service is stopping and takes no new requests; retry against another instance."),
                  path)
              : answer(request, path);
    } catch (Refused r) {
      answer = problem(r.problem, path);
      close = r.problem.status() == 413 || !drained(request);
    } catch (RuntimeException | IOException e) {
      // A defect: logged here with its trace, answered without one.
      System.err.println("networkedcare serve: " + request.getMethod() + " " + path + " failed:");
      e.printStackTrace();
      answer =
          problem(
              ProblemDocument.of(
                  500,
                  "internal",
                  "Internal error",
                  "The service could not answer this request; the server's log has the details."),
              path);
    }
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.type());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    if (answer.status() == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    if (draining || close) {
      // A body left unread (above the limit, or refused before it was read) ends the connection,
      // so that no client sends its next request on a connection the server is closing.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    Answer sent = answer;
    response.write(
        true,
        ByteBuffer.wrap(answer.body()),
        Callback.from(
            () -> {
              metrics.finished(route, sent.status(), sent.problems(), System.nanoTime() - start);
              callback.succeeded();
            },
            x -> {
              metrics.finished(route, sent.status(), sent.problems(), System.nanoTime() - start);
              callback.failed(x);
            }));
    return true;
  }

  /**
   * Reads and discards what is left of a refused request's body, up to the body limit: whether it
   * all was.
   */
  private boolean drained(Request request) {
    try (InputStream in = Content.Source.asInputStream(request)) {
      long left =
          BoundedInput.limited(in, limits.maxBodyBytes())
              .transferTo(java.io.OutputStream.nullOutputStream());
      return left <= limits.maxBodyBytes();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The route a metric counts a path under: an endpoint's path, or {@code other}. */
  private String route(String path) {
    return endpoints.containsKey(path)
            || List.of("/v1/appraise", "/v1/health", "/v1/metrics", "/openapi.json").contains(path)
        ? path
        : "other";
  }

  private Answer answer(Request request, String path) throws IOException {
    String method = request.getMethod();
    switch (path) {
      case "/v1/health" -> {
        requireMethod(method, "GET");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("status", "ok");
        o.put("version", version);
        return Answer.json(200, o);
      }
      case "/v1/metrics" -> {
        requireMethod(method, "GET");
        return new Answer(200, PROMETHEUS, metrics.render().getBytes(StandardCharsets.UTF_8), 0);
      }
      case "/openapi.json" -> {
        requireMethod(method, "GET");
        return new Answer(200, JSON, openApi, 0);
      }
      case "/v1/appraise" -> {
        requireMethod(method, "POST");
        noParameters(request, List.of());
        byte[] body = body(request, Endpoint.Body.JSON);
        return compute(() -> appraise(body));
      }
      default -> {
        Endpoint endpoint = endpoints.get(path);
        if (endpoint == null) {
          throw new Refused(
              ProblemDocument.of(
                  404,
                  "not-found",
                  "Not found",
                  "There is no endpoint " + path + "; GET /openapi.json lists them."));
        }
        requireMethod(method, "POST");
        requireMedia(request, endpoint.body());
        boolean dataset = endpoint.body() == Endpoint.Body.SERIES && isJson(media(request));
        List<String> options = options(request, endpoint, dataset);
        byte[] body = body(request, endpoint.body());
        if (dataset) {
          Map<String, String> query = new java.util.HashMap<>();
          for (Fields.Field f : Request.extractQueryParameters(request)) {
            query.putIfAbsent(f.getName(), f.getValue());
          }
          return compute(() -> runOnDataset(endpoint, options, body, query));
        }
        boolean zip = endpoint.answer() == Endpoint.Answer.BOARD_PACK && accepts(request, ZIP);
        return compute(() -> run(endpoint, options, body, zip));
      }
    }
  }

  /**
   * Runs spc or funnel on the figures of a measure dataset: read and chosen by {@link
   * DatasetRequest}, then given to the command as the CSV it reads.
   */
  private Answer runOnDataset(
      Endpoint endpoint, List<String> options, byte[] body, Map<String, String> query)
      throws IOException {
    DatasetRequest.Series series;
    try {
      series =
          endpoint.path().equals("/v1/funnel")
              ? DatasetRequest.funnel(body, query)
              : DatasetRequest.spc(body, query);
    } catch (ValidationException e) {
      throw new Refused(
          ProblemDocument.invalid(e.problems().stream().map(DatasetRequest::item).toList()));
    }
    List<String> args = new ArrayList<>(series.options());
    args.addAll(options);
    return run(endpoint, args, series.csv(), false);
  }

  private static Answer appraise(byte[] body) {
    Optional<JsonNode> envelope = appraisalEnvelope(body);
    if (envelope.isPresent()) {
      return appraiseWithAgreements(envelope.get());
    }
    Outcome<byte[]> outcome = AppraisalJson.evaluateOutcome(body);
    if (outcome.succeeded()) {
      return new Answer(200, JSON, outcome.value().orElseThrow(), 0);
    }
    throw new Refused(
        ProblemDocument.invalid(
            outcome.problems().stream().map(ProblemDocument.Item::of).toList()));
  }

  /**
   * Appraises the envelope's appraisal with its transfers resolved from the governance document's
   * host agreements, as {@code appraise --governance} does; every problem of both documents at
   * once, placed at {@code /appraisal/...} and {@code /governance/...}.
   */
  private static Answer appraiseWithAgreements(JsonNode envelope) {
    List<ProblemDocument.Item> problems = new ArrayList<>();
    Optional<Appraisal> appraisal =
        member(
            problems,
            "/" + APPRAISAL,
            () ->
                AppraisalJson.parse(
                    Json.write(envelope.get(APPRAISAL)).getBytes(StandardCharsets.UTF_8)));
    Optional<GovernanceDocument> governance =
        member(
            problems,
            "/" + GOVERNANCE,
            () ->
                AssuranceJson.parse(
                    Json.write(envelope.get(GOVERNANCE)).getBytes(StandardCharsets.UTF_8),
                    GovernanceReferenceJson.defaults()));
    Optional<Appraisal> resolved = Optional.empty();
    if (problems.isEmpty()) {
      Appraisal read = appraisal.orElseThrow();
      GovernanceDocument agreements = governance.orElseThrow();
      resolved =
          member(
              problems,
              "/" + APPRAISAL,
              () -> AgreementTransfers.resolve(read, agreements.agreements()));
    }
    Optional<byte[]> result = Optional.empty();
    if (problems.isEmpty()) {
      Appraisal ready = resolved.orElseThrow();
      result =
          member(
              problems,
              "/" + APPRAISAL,
              () ->
                  AppraisalJson.write(new BenefitCalculator().evaluate(ready))
                      .getBytes(StandardCharsets.UTF_8));
    }
    if (!problems.isEmpty()) {
      throw new Refused(ProblemDocument.invalid(problems));
    }
    return new Answer(200, JSON, result.orElseThrow(), 0);
  }

  /** One step on a member of an envelope; its problems are added, placed under the member. */
  private static <T> Optional<T> member(
      List<ProblemDocument.Item> problems, String at, java.util.function.Supplier<T> step) {
    try {
      return Optional.of(step.get());
    } catch (ValidationException e) {
      e.problems()
          .forEach(
              p ->
                  problems.add(
                      ProblemDocument.Item.of(new Problem(at + p.path(), p.code(), p.message()))));
      return Optional.empty();
    }
  }

  /**
   * Runs a computation on the bounded pool, within the request time. When the time runs out the
   * computation is cancelled: taken off the queue if it has not started, else its worker is
   * interrupted, and the long loops it runs (draws, cycles, series, sites, rows) stop at their next
   * look at the interrupt, freeing the worker for the next request.
   */
  private Answer compute(java.util.concurrent.Callable<Answer> task) throws IOException {
    Future<Answer> future;
    try {
      future =
          computations.submit(
              () -> {
                metrics.computationStarted();
                try {
                  return task.call();
                } finally {
                  metrics.computationEnded(Thread.currentThread().isInterrupted());
                }
              });
    } catch (RejectedExecutionException e) {
      throw new Refused(
          ProblemDocument.of(
              503,
              "busy",
              "The service is busy",
              "Every worker is busy and the queue of "
                  + limits.maxQueued()
                  + " computations is full; retry shortly."));
    }
    try {
      return future.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      if (future instanceof Runnable queued) {
        computations.remove(queued); // not started yet: its place in the queue is freed now
      }
      metrics.timedOut();
      throw new Refused(
          ProblemDocument.of(
              503,
              "timeout",
              "The computation took too long",
              "The computation did not finish within the request time limit of "
                  + limits.requestTimeout().toSeconds()
                  + " s; ask for less (fewer draws, cycles or rows)."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while computing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Refused r) {
        throw r;
      }
      if (cause instanceof ValidationException invalid) {
        throw new Refused(
            ProblemDocument.invalid(
                invalid.problems().stream().map(ProblemDocument.Item::of).toList()));
      }
      throw new IOException("the computation failed", cause);
    }
  }

  private static void requireMethod(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw new Refused(
          ProblemDocument.of(
              405,
              "method-not-allowed",
              "Method not allowed",
              "This endpoint answers " + allowed + ", not " + method + "."));
    }
  }

  private static boolean accepts(Request request, String type) {
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(type);
  }

  /**
   * Reads the body, refusing a wrong media type (415) or a body above the limit (413) before
   * reading it all.
   */
  private byte[] body(Request request, Endpoint.Body kind) throws IOException {
    requireMedia(request, kind);
    long length = request.getLength();
    if (length > limits.maxBodyBytes()) {
      throw tooLarge(
          "The body is "
              + length
              + " bytes, above the limit of "
              + limits.maxBodyBytes()
              + " bytes.");
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      return BoundedInput.readAll(in, limits.maxBodyBytes());
    } catch (ValidationException e) {
      throw tooLarge("The body is above the limit of " + limits.maxBodyBytes() + " bytes.");
    }
  }

  /** Refuses a body of a media type the endpoint does not take (415). */
  private static void requireMedia(Request request, Endpoint.Body kind) {
    String media = media(request);
    boolean ok =
        switch (kind) {
          case CSV -> media.equals(CSV);
          case SERIES -> media.equals(CSV) || isJson(media);
          case JSON, FILES -> isJson(media);
        };
    if (!ok) {
      throw new Refused(
          ProblemDocument.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "The body is "
                  + (media.isEmpty() ? "of no stated type" : media)
                  + "; this endpoint takes "
                  + switch (kind) {
                    case CSV -> CSV;
                    case SERIES -> CSV + ", or " + JSON + " (a measure dataset with its network)";
                    case JSON, FILES -> JSON;
                  }
                  + "."));
    }
  }

  /** {@return the body's media type, lower case without parameters; empty when none is stated} */
  private static String media(Request request) {
    String type = Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("");
    return type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String media) {
    return media.equals(JSON) || media.matches("application/[a-z0-9.-]+\\+json");
  }

  private static Refused tooLarge(String detail) {
    return new Refused(ProblemDocument.of(413, "too-large", "Content too large", detail));
  }

  private static void noParameters(Request request, List<String> allowed) {
    for (Fields.Field f : Request.extractQueryParameters(request)) {
      if (!allowed.contains(f.getName())) {
        throw new Refused(
            ProblemDocument.invalid(
                List.of(
                    new ProblemDocument.Item(
                        Optional.empty(),
                        Optional.empty(),
                        "unknown-parameter",
                        "query parameter '" + f.getName() + "' is not one of this endpoint's"))));
      }
    }
  }

  /**
   * The command's options from the query parameters; unknown ones, missing required ones and limits
   * refused.
   */
  private List<String> options(Request request, Endpoint endpoint, boolean dataset) {
    Fields query = Request.extractQueryParameters(request);
    List<ProblemDocument.Item> problems = new ArrayList<>();
    List<String> args = new ArrayList<>();
    boolean funnel = endpoint.path().equals("/v1/funnel");
    Set<String> csvOnly =
        dataset
            ? (funnel ? DatasetRequest.FUNNEL_CSV_ONLY : DatasetRequest.SPC_CSV_ONLY)
            : Set.of();
    Set<String> chosen =
        dataset
            ? (funnel ? DatasetRequest.FUNNEL_PARAMETERS : DatasetRequest.SPC_PARAMETERS)
            : Set.of();
    Set<String> required =
        dataset ? (funnel ? Set.of("measure", "period") : Set.of("measure")) : endpoint.required();
    for (Fields.Field f : query) {
      String name = f.getName();
      String flag = "--" + String.join("-", CAMEL.split(name)).toLowerCase(Locale.ROOT);
      if (chosen.contains(name)) {
        continue; // read by DatasetRequest
      }
      if (csvOnly.contains(name)) {
        problems.add(
            item(
                "unknown-parameter",
                "query parameter '"
                    + name
                    + "' names a CSV column; a measure dataset's columns are fixed (choose its"
                    + " figures with "
                    + String.join(", ", new java.util.TreeSet<>(chosen))
                    + ")"));
      } else if (endpoint.options().contains(name)) {
        for (String value : f.getValues()) {
          args.add(flag + "=" + value);
        }
      } else if (endpoint.switches().contains(name)) {
        String value = f.getValue();
        if (value.isEmpty() || value.equals("true")) {
          args.add(flag);
        } else if (!value.equals("false")) {
          problems.add(
              item(
                  "parameter.value",
                  "query parameter '" + name + "' is true or false, not '" + value + "'"));
        }
      } else {
        problems.add(
            item(
                "unknown-parameter",
                "query parameter '"
                    + name
                    + "' is not one of this endpoint's: "
                    + String.join(", ", allowed(endpoint, csvOnly, chosen))));
      }
    }
    for (String name : new java.util.TreeSet<>(required)) {
      if (query.get(name) == null) {
        problems.add(item("required", "query parameter '" + name + "' is required"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(ProblemDocument.invalid(problems));
    }
    Fields.Field draws = query.get("draws");
    if (endpoint.path().equals("/v1/psa") && draws != null) {
      try {
        long n = Long.parseLong(draws.getValue().strip());
        if (n > limits.maxDraws()) {
          throw tooLarge("draws=" + n + " is above the limit of " + limits.maxDraws() + " draws.");
        }
      } catch (NumberFormatException e) {
        // Not a whole number: the command says so.
      }
    }
    return args;
  }

  /** {@return the query parameters an endpoint takes with this body, in order} */
  private static java.util.SortedSet<String> allowed(
      Endpoint e, Set<String> csvOnly, Set<String> chosen) {
    java.util.SortedSet<String> all = new java.util.TreeSet<>(e.options());
    all.addAll(e.switches());
    all.removeAll(csvOnly);
    all.addAll(chosen);
    return all;
  }

  private static ProblemDocument.Item item(String code, String message) {
    return new ProblemDocument.Item(Optional.empty(), Optional.empty(), code, message);
  }

  /**
   * Runs the endpoint's command in a folder of its own under the work folder, removed afterwards.
   */
  private Answer run(Endpoint endpoint, List<String> options, byte[] body, boolean zip)
      throws IOException {
    Path dir = Files.createTempDirectory(work, "request-");
    try {
      List<String> args = new ArrayList<>(endpoint.command());
      Map<String, String> places = writeInputs(endpoint, body, dir, args);
      for (Map.Entry<String, String> out : endpoint.outputs().entrySet()) {
        args.add(out.getKey() + "=" + dir.resolve(out.getValue()));
      }
      Path problemsFile = dir.resolve("problems.txt");
      args.add("--problems=" + problemsFile);
      args.add("--quiet"); // no progress or summary lines (their timings would vary); warnings stay
      args.addAll(options);
      Invocation run = Invocation.run(args);
      String prefix = dir + java.io.File.separator;
      if (run.unexpected().isPresent()) {
        throw new IOException(endpoint.path() + " failed", run.unexpected().get());
      }
      if (run.exitCode() != 0) {
        List<ProblemDocument.Item> problems;
        // psa with its governance document prints each problem line after its file's name: the
        // lines place them; otherwise the readers' problems are the main input's
        boolean twoDocuments = endpoint.path().equals("/v1/psa") && places.size() > 1;
        if (run.problems().isPresent() && !twoDocuments) {
          // The readers' problems are the main input's, placed in the body when it is a member.
          String at = places.getOrDefault(endpoint.inputs().get("--input"), "");
          problems =
              run.problems().get().problems().stream()
                  .map(
                      p ->
                          ProblemDocument.Item.of(
                              new Problem(
                                  at + p.path(), p.code(), p.message().replace(prefix, ""))))
                  .toList();
        } else {
          List<String> lines =
              Files.exists(problemsFile)
                  ? Files.readAllLines(problemsFile, StandardCharsets.UTF_8)
                  : run.lines().isEmpty() ? run.err().lines().toList() : run.lines();
          problems =
              run.usage()
                  ? run.lines().stream().map(l -> item("usage", l.replace(prefix, ""))).toList()
                  : lines.stream().map(l -> placed(l.replace(prefix, ""), places)).toList();
        }
        if (problems.isEmpty()) {
          problems = List.of(item("input", run.err().replace(prefix, "").strip()));
        }
        throw new Refused(ProblemDocument.invalid(problems));
      }
      return switch (endpoint.answer()) {
        case JSON_FILE ->
            new Answer(
                200,
                JSON,
                Files.readAllBytes(dir.resolve(endpoint.outputs().values().iterator().next())),
                0);
        case FILES -> Answer.json(200, result(endpoint, run, dir, prefix));
        case BOARD_PACK ->
            zip
                ? new Answer(200, ZIP, zip(dir.resolve("out")), 0)
                : new Answer(
                    200, HTML, Files.readAllBytes(dir.resolve("out").resolve("index.html")), 0);
      };
    } finally {
      delete(dir);
    }
  }

  /**
   * A problem line as the command printed it ({@code data.json:/rows/3/value: message [code]}),
   * placed in the body when its file is a member of it ({@code /data/rows/3/value}).
   */
  private static ProblemDocument.Item placed(String line, Map<String, String> places) {
    ProblemDocument.Item item = ProblemDocument.Item.ofLine(line);
    for (Map.Entry<String, String> place : places.entrySet()) {
      if (line.startsWith(place.getKey() + ":")) {
        return new ProblemDocument.Item(
            Optional.of(place.getValue() + item.pointer().orElse("")),
            item.line(),
            item.code(),
            item.message());
      }
    }
    return item;
  }

  /** The members of {@code /v1/assure}'s envelope, the governance document with its dataset. */
  static final String GOVERNANCE = "governance";

  static final String DATA = "data";

  /** The member of {@code /v1/appraise}'s and {@code /v1/psa}'s envelope holding the appraisal. */
  static final String APPRAISAL = "appraisal";

  /**
   * {@return the body of {@code /v1/appraise} or {@code /v1/psa} as an envelope, {@code
   * {"appraisal": A, "governance": G}}, when it is one} A body with no member {@code appraisal} is
   * the appraisal document itself (empty), and so is a body that is not JSON. G is the governance
   * document whose host agreements' money flows A's transfers name.
   */
  private static Optional<JsonNode> appraisalEnvelope(byte[] body) {
    return envelope(
        body,
        APPRAISAL,
        GOVERNANCE,
        "it has appraisal (the appraisal document) and governance (the governance document whose"
            + " agreements its transfers name)",
        (root, problems) -> {
          for (String member : List.of(APPRAISAL, GOVERNANCE)) {
            JsonNode v = root.get(member);
            if (v == null || !v.isObject()) {
              problems.add(
                  new ProblemDocument.Item(
                      Optional.of("/" + member),
                      Optional.empty(),
                      v == null ? "required" : "type",
                      member + " is the " + member + " document, an object"));
            }
          }
        });
  }

  /**
   * {@return a JSON body as an envelope of two members, when it has its main member} A body that is
   * not JSON, not an object or without the main member is the document itself (empty). A member
   * other than the two is refused, with the problems {@code check} adds, all at once.
   *
   * @param members what the envelope has, in words, for the unknown-member message
   * @param check adds the problems of the members themselves
   */
  private static Optional<JsonNode> envelope(
      byte[] body,
      String main,
      String other,
      String members,
      java.util.function.BiConsumer<JsonNode, List<ProblemDocument.Item>> check) {
    JsonNode root;
    try {
      root = Json.parse(body);
    } catch (ValidationException e) {
      return Optional.empty();
    }
    if (!root.isObject() || !root.has(main)) {
      return Optional.empty();
    }
    List<ProblemDocument.Item> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : root.properties()) {
      if (!m.getKey().equals(main) && !m.getKey().equals(other)) {
        problems.add(
            new ProblemDocument.Item(
                Optional.of(Problem.token(m.getKey())),
                Optional.empty(),
                "unknown-field",
                "'" + m.getKey() + "' is not a member of the body; " + members));
      }
    }
    check.accept(root, problems);
    if (!problems.isEmpty()) {
      throw new Refused(ProblemDocument.invalid(problems));
    }
    return Optional.of(root);
  }

  /**
   * Writes the request's input files into its folder and adds their options; {@return the files
   * that were members of a JSON body, by name, with the member's pointer}
   */
  private Map<String, String> writeInputs(
      Endpoint endpoint, byte[] body, Path dir, List<String> args) throws IOException {
    if (endpoint.body() != Endpoint.Body.FILES) {
      if (endpoint.path().equals("/v1/cohort")) {
        checkCycles(body);
      }
      Map.Entry<String, String> input = endpoint.inputs().entrySet().iterator().next();
      Path file = dir.resolve(input.getValue());
      Optional<JsonNode> envelope =
          endpoint.path().equals("/v1/assure")
              ? assureEnvelope(body)
              : endpoint.path().equals("/v1/psa") ? appraisalEnvelope(body) : Optional.empty();
      if (envelope.isEmpty()) {
        Files.write(file, body);
        args.add(input.getKey() + "=" + file);
        return Map.of();
      }
      if (endpoint.path().equals("/v1/psa")) {
        Files.writeString(file, Json.write(envelope.get().get(APPRAISAL)), StandardCharsets.UTF_8);
        args.add(input.getKey() + "=" + file);
        Path governance = dir.resolve("governance.json");
        Files.writeString(
            governance, Json.write(envelope.get().get(GOVERNANCE)), StandardCharsets.UTF_8);
        args.add("--governance=" + governance);
        Map<String, String> places = new LinkedHashMap<>();
        places.put(input.getValue(), "/" + APPRAISAL);
        places.put("governance.json", "/" + GOVERNANCE);
        return places;
      }
      Files.writeString(file, Json.write(envelope.get().get(GOVERNANCE)), StandardCharsets.UTF_8);
      args.add(input.getKey() + "=" + file);
      Map<String, String> places = new LinkedHashMap<>();
      places.put(input.getValue(), "/" + GOVERNANCE);
      JsonNode data = envelope.get().get(DATA);
      if (data != null) {
        String name = data.isTextual() ? DatasetRequest.CSV_NAME : DatasetRequest.JSON_NAME;
        Path dataFile = dir.resolve(name);
        Files.writeString(
            dataFile,
            data.isTextual() ? data.textValue() : Json.write(data),
            StandardCharsets.UTF_8);
        args.add("--data=" + dataFile);
        places.put(name, "/" + DATA);
      }
      return places;
    }
    JsonNode files = Json.parse(body);
    List<ProblemDocument.Item> problems = new ArrayList<>();
    if (!files.isObject()) {
      throw new Refused(
          ProblemDocument.invalid(
              List.of(
                  new ProblemDocument.Item(
                      Optional.of(""),
                      Optional.empty(),
                      "type",
                      "the body is a JSON object of files: each member's name a file name, its value the file"))));
    }
    for (Map.Entry<String, JsonNode> f : files.properties()) {
      if (!FILE_NAME.matcher(f.getKey()).matches()
          || f.getKey().equals("problems.txt")
          || f.getKey().equals("out")) {
        problems.add(
            new ProblemDocument.Item(
                Optional.of(Problem.token(f.getKey())),
                Optional.empty(),
                "file.name",
                "'"
                    + f.getKey()
                    + "' is not a plain file name (letters, digits, '.', '_', '-'; at most 100)"));
        continue;
      }
      JsonNode v = f.getValue();
      Files.writeString(
          dir.resolve(f.getKey()),
          v.isTextual() ? v.textValue() : Json.write(v),
          StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, String> input : endpoint.inputs().entrySet()) {
      Optional<String> present =
          Stream.of(input.getValue().split("\\|")).filter(files::has).findFirst();
      if (present.isEmpty()) {
        problems.add(
            new ProblemDocument.Item(
                Optional.of(""),
                Optional.empty(),
                "required",
                "the body has no file "
                    + String.join(" or ", input.getValue().split("\\|"))
                    + " (for "
                    + input.getKey()
                    + ")"));
      } else {
        args.add(input.getKey() + "=" + dir.resolve(present.get()));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(ProblemDocument.invalid(problems));
    }
    return Map.of();
  }

  /**
   * {@return the body of {@code /v1/assure} as an envelope, {@code {"governance": G, "data": D}},
   * when it is one} A body with no member {@code governance} is the governance document itself
   * (empty), and so is a body that is not JSON (the command reports it). D is the measure dataset's
   * JSON form or its CSV text; without it, the document's own dataset (if it names one) is used.
   */
  private static Optional<JsonNode> assureEnvelope(byte[] body) {
    return envelope(
        body,
        GOVERNANCE,
        DATA,
        "it has governance (the governance document) and data (the measure dataset)",
        (root, problems) -> {
          if (!root.get(GOVERNANCE).isObject()) {
            problems.add(
                new ProblemDocument.Item(
                    Optional.of("/" + GOVERNANCE),
                    Optional.empty(),
                    "type",
                    "governance is the governance document, an object"));
          }
          JsonNode data = root.get(DATA);
          if (data != null && !data.isObject() && !data.isTextual()) {
            problems.add(
                new ProblemDocument.Item(
                    Optional.of("/" + DATA),
                    Optional.empty(),
                    "type",
                    "data is the measure dataset: its JSON form (an object with rows) or its CSV"
                        + " text"));
          }
        });
  }

  private void checkCycles(byte[] body) {
    JsonNode model;
    try {
      model = Json.parse(body);
    } catch (ValidationException e) {
      return; // the command reports it
    }
    JsonNode cycles = model.path("cycles");
    if (cycles.canConvertToLong()
        && cycles.isIntegralNumber()
        && cycles.longValue() > limits.maxCycles()) {
      throw tooLarge(
          "The model has "
              + cycles.longValue()
              + " cycles, above the limit of "
              + limits.maxCycles()
              + ".");
    }
  }

  /** A {@code CommandResult}: the command's standard output, warnings, and output files. */
  private static ObjectNode result(Endpoint endpoint, Invocation run, Path dir, String prefix)
      throws IOException {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("command", String.join(" ", endpoint.command()));
    o.put("output", run.out().replace(prefix, ""));
    ArrayNode warnings = o.putArray("warnings");
    run.err().replace(prefix, "").lines().filter(l -> !l.isBlank()).forEach(warnings::add);
    ObjectNode files = o.putObject("files");
    for (String out : endpoint.outputs().values()) {
      Path p = dir.resolve(out);
      if (Files.isDirectory(p)) {
        try (Stream<Path> list = Files.list(p)) {
          for (Path f :
              list.filter(Files::isRegularFile)
                  .sorted(Comparator.comparing(Path::toString))
                  .toList()) {
            files.set(f.getFileName().toString(), file(f));
          }
        }
      } else if (Files.isRegularFile(p)) {
        files.set(p.getFileName().toString(), file(p));
      }
    }
    return o;
  }

  /**
   * A file of the answer: a CSV file as its rows (objects of its header's cells), JSON as itself,
   * other text as a string.
   */
  private static JsonNode file(Path f) throws IOException {
    String name = f.getFileName().toString();
    String text = Files.readString(f, StandardCharsets.UTF_8);
    if (name.endsWith(".json")) {
      return Json.parse(text);
    }
    if (!name.endsWith(".csv")) {
      return JsonNodeFactory.instance.textNode(text);
    }
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    List<String> header = null;
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(text)) {
      if (header == null) {
        header = r.getFields();
        continue;
      }
      if ((rows.size() & 1023) == 1023 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted after " + rows.size() + " rows of " + name);
      }
      ObjectNode row = rows.addObject();
      for (int i = 0; i < header.size() && i < r.getFieldCount(); i++) {
        row.put(header.get(i), r.getField(i));
      }
    }
    return rows;
  }

  private static byte[] zip(Path folder) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        ZipEntry entry = new ZipEntry(folder.relativize(p).toString().replace('\\', '/'));
        entry.setTime(0);
        zip.putNextEntry(entry);
        Files.copy(p, zip);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println("networkedcare serve: cannot remove " + dir + ": " + e.getMessage());
    }
  }

  private static Answer problem(ProblemDocument p, String path) {
    return new Answer(
        p.status(),
        PROBLEM,
        Json.write(p.toJson(path)).getBytes(StandardCharsets.UTF_8),
        p.problems().size());
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        ServiceApi.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
