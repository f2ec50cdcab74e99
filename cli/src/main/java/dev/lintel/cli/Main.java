package dev.lintel.cli;

import dev.lintel.engine.Version;
import dev.lintel.parse.data.DataPrefetch;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lintel} command: wiring only, the analysis lives in the engine. */
@Command(name = "lintel", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = {"Static analyzer for cloud policy and configuration files: CloudFormation/SAM templates,",
        "IAM and resource policies, S3 CORS configurations, nginx configurations and fstab files."},
    subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration error,",
        "3 internal error.", "Run 'lintel check --help' for the options of a scan."})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; for tests and the build plugins. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && args[0].equals("check")) {
      DataPrefetch.start();
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("lintel: internal error: " + e);
      for (StackTraceElement el : e.getStackTrace()) {
        err.println("    at " + el);
      }
      err.println("This is a bug in Lintel. Please report it with the command line and, if you can, the file.");
      return ExitCode.INTERNAL.code();
    });
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("lintel: " + e.getMessage());
      err.println("Run 'lintel --help' or 'lintel check --help' for usage.");
      return ExitCode.USAGE.code();
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the build's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.NAME + " " + Version.version()};
    }
  }
}
