package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.bundle.ManifestKeys;
import de.buergerinfo.content.http.ManifestHandler;
import de.buergerinfo.provisioning.central.CentralServer;
import de.buergerinfo.provisioning.central.DemoContent;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code bis central}: runs the central server until it is stopped (SIGTERM or Ctrl+C). */
@Command(
    name = "central",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run the central server: content, booking, status and fleet over HTTP.")
public final class CentralCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(CentralCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      converter = PortConverter.class,
      description = "TCP port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "0.0.0.0",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, all interfaces).")
  String host;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      converter = DataFolderConverter.class,
      description = "Folder for the central server's database; created if missing.")
  Path data;

  @Option(
      names = "--demo",
      description = "Publish our built-in Bremen content (unless already served) and serve it.")
  boolean demo;

  @Option(
      names = "--requests-per-second",
      paramLabel = "N",
      defaultValue = "500",
      description =
          "Requests one client address may make per second before 429 (default:"
              + " ${DEFAULT-VALUE}).")
  int requestsPerSecond;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    if (requestsPerSecond < 1) {
      throw new CommandLines.UsageException("--requests-per-second must be at least 1");
    }
    CentralServer server =
        CentralServer.start(new CentralServer.Settings(host, port, data, requestsPerSecond));
    if (demo) {
      DemoContent.publish(server, Instant.now())
          .ifPresent(m -> log.info("published the demo content as version {}", m.version()));
    }
    Thread shutdown =
        new Thread(
            () -> {
              log.info("stopping the central server");
              server.close();
              stopped.countDown();
            },
            "central-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "BIS central server listening on "
            + server.listenAddress()
            + ", manifest at "
            + server.baseUri().resolve(ManifestHandler.PATH)
            + ", data in "
            + server.dataFolder()
            + "\nterminals trust it with: central.trusted-keys = "
            + ManifestKeys.publicKeyText(server.signingKey().publicKey()));
    out.flush();
    stopped.await();
    return 0;
  }

  /** A TCP port: a whole number from 0 to 65535. */
  static final class PortConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int port = Integer.parseInt(value.strip());
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a port number from 0 to 65535");
    }
  }

  /** A folder we can create or write to; an existing file or unwritable folder is refused. */
  static final class DataFolderConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("the data folder must not be empty");
      }
      Path path;
      try {
        path = Path.of(value).toAbsolutePath().normalize();
      } catch (RuntimeException e) {
        throw new TypeConversionException("'" + value + "' is not a valid path");
      }
      if (Files.exists(path) && !Files.isDirectory(path)) {
        throw new TypeConversionException("'" + value + "' is a file, not a folder");
      }
      if (Files.isDirectory(path) && !Files.isWritable(path)) {
        throw new TypeConversionException("the folder '" + value + "' is not writable");
      }
      return path;
    }
  }
}
