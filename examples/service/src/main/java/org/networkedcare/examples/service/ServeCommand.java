package org.networkedcare.examples.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.networkedcare.examples.cli.AddedCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare serve [--port 8080] [--host 127.0.0.1]}: the HTTP service, until SIGTERM or
 * Ctrl-C, which stop it gracefully.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the calculators and the board pack over HTTP/1.1 (README \"HTTP service\"; GET /openapi.json).",
      "Bound to loopback unless --host says otherwise; no authentication of its own: put it behind",
      "the organisation's gateway. SIGTERM stops it gracefully: requests in flight finish, new ones get 503."
    })
public final class ServeCommand implements Callable<Integer>, AddedCommand {

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "P",
      description = "port (default ${DEFAULT-VALUE}; 0: any free one)")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "H",
      description = "address to bind (default ${DEFAULT-VALUE})")
  private String host;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      defaultValue = "networkedcare-work",
      description =
          "work folder, created if need be; nothing outside it is read or written (default ${DEFAULT-VALUE})")
  private Path work;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      description = "largest body, bytes (default 16 MiB)")
  private int maxBodyBytes = ServiceLimits.defaults().maxBodyBytes();

  @Option(
      names = "--max-draws",
      paramLabel = "N",
      description = "most draws a psa request may ask for (default 10000)")
  private int maxDraws = ServiceLimits.defaults().maxDraws();

  @Option(
      names = "--max-cycles",
      paramLabel = "N",
      description = "most cycles of a cohort model (default 10000)")
  private int maxCycles = ServiceLimits.defaults().maxCycles();

  @Option(
      names = "--request-timeout",
      paramLabel = "S",
      description = "longest computation, seconds, queueing included (default 30)")
  private long requestSeconds = ServiceLimits.defaults().requestTimeout().toSeconds();

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description = "computations at once (default: the processors)")
  private int maxConcurrent = ServiceLimits.defaults().maxConcurrent();

  @Option(
      names = "--max-queued",
      paramLabel = "N",
      description = "computations waiting (default 64); beyond: 503")
  private int maxQueued = ServiceLimits.defaults().maxQueued();

  @Option(
      names = "--idle-timeout",
      paramLabel = "S",
      description = "idle connections close after S seconds (default 30)")
  private long idleSeconds = ServiceLimits.defaults().idleTimeout().toSeconds();

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      description = "open connections at most (default 256)")
  private int maxConnections = ServiceLimits.defaults().maxConnections();

  @Option(
      names = "--shutdown-timeout",
      paramLabel = "S",
      description = "how long a stop waits for requests in flight, seconds (default 30)")
  private long shutdownSeconds = ServiceLimits.defaults().shutdownTimeout().toSeconds();

  @Option(
      names = "--no-access-log",
      description = "do not write an access log line per request to standard error")
  private boolean noAccessLog;

  /** Creates the command; picocli calls this. */
  public ServeCommand() {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServiceLimits limits;
    try {
      limits =
          new ServiceLimits(
              maxBodyBytes,
              maxDraws,
              maxCycles,
              Duration.ofSeconds(requestSeconds),
              maxConcurrent,
              maxQueued,
              Duration.ofSeconds(idleSeconds),
              maxConnections,
              Duration.ofSeconds(shutdownSeconds));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    NetworkedCareService service =
        NetworkedCareService.start(host, port, work, limits, !noAccessLog);
    PrintWriter err = spec.commandLine().getErr();
    Thread stop =
        new Thread(
            () -> {
              err.println(
                  "networkedcare serve: stopping; new requests get 503 while "
                      + service.inFlight()
                      + " in flight finish");
              err.flush();
              service.stop();
              err.println("networkedcare serve: stopped");
              err.flush();
            },
            "networkedcare-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "networkedcare serve: listening on http://"
            + host
            + ":"
            + service.port()
            + "/ (work folder "
            + work.toAbsolutePath().normalize()
            + "); GET /openapi.json describes it");
    out.flush();
    service.join();
    return 0;
  }
}
