package de.buergerinfo.provisioning.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Logback's start-up in a JVM of its own, as an application gets it: the configurator's line on
 * stderr, or, with {@code -Dlogback.configurationFile}, the format of IT's own file.
 */
class LogSetUpInAProcessTest {

  @TempDir Path folder;

  /** Logs one line and ends; run as the child process. */
  public static final class LogOneLine {
    public static void main(String[] args) {
      LoggerFactory.getLogger("child.Process").info("hello from {}", "erika@example.org");
    }
  }

  @Test
  void withoutAFileTheLineIsOursOnStderrAndRedacted() throws Exception {
    Output output = run(List.of());

    assertThat(output.stdout()).isEmpty();
    assertThat(output.stderr().lines())
        .singleElement()
        .asString()
        .matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d) INFO  \\[main\\] .*")
        .endsWith("child.Process - hello from <e-mail>");
  }

  @Test
  void aFileNamedOnTheCommandLineTakesOver() throws Exception {
    Path file = folder.resolve("logback.xml");
    Files.writeString(
        file,
        """
        <configuration>
          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
            <encoder><pattern>IT-FORMAT %level %msg%n</pattern></encoder>
          </appender>
          <root level="INFO"><appender-ref ref="OUT"/></root>
        </configuration>
        """);

    Output output = run(List.of("-Dlogback.configurationFile=" + file));

    assertThat(output.stdout().lines())
        .containsExactly("IT-FORMAT INFO hello from erika@example.org");
    assertThat(output.stderr()).doesNotContain("hello");
  }

  private record Output(String stdout, String stderr) {}

  private Output run(List<String> options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), LogOneLine.class.getName()));
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
    assertThat(process.exitValue()).isZero();
    return new Output(
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
