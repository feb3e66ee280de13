package de.buergerinfo.provisioning.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * Builds picocli command lines that behave the same in {@code bis} and the kiosk launcher: a wrong
 * option or value gives one line on stderr and exit code 2; a failure gives one line and exit 1.
 */
public final class CommandLines {

  /** Exit code for a command that failed while running. */
  public static final int FAILED = 1;

  /** Exit code for wrong usage: unknown option, bad value, missing argument. */
  public static final int USAGE = 2;

  private CommandLines() {}

  /** A command line for {@code command} with our error handling. */
  public static CommandLine create(Object command) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setParameterExceptionHandler(oneLineUsageError());
    commandLine.setExecutionExceptionHandler(oneLineFailure());
    commandLine.setExitCodeExceptionMapper(e -> FAILED);
    return commandLine;
  }

  private static IParameterExceptionHandler oneLineUsageError() {
    return (e, args) -> {
      CommandLine commandLine = e.getCommandLine();
      PrintWriter err = commandLine.getErr();
      String name = commandLine.getCommandSpec().qualifiedName();
      err.println(name + ": " + singleLine(e.getMessage()) + " (see '" + name + " --help')");
      err.flush();
      return USAGE;
    };
  }

  private static IExecutionExceptionHandler oneLineFailure() {
    return (e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println(commandLine.getCommandSpec().qualifiedName() + ": " + singleLine(describe(e)));
      err.flush();
      return e instanceof UsageException ? USAGE : FAILED;
    };
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  static String singleLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** Thrown by a command whose arguments parse but do not make sense together: exit code 2. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
