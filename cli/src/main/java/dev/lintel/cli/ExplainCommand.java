package dev.lintel.cli;

import dev.lintel.engine.RuleInfo;
import dev.lintel.engine.RuleRegistry;
import dev.lintel.rules.BuiltInRules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lintel explain ID}: a rule's metadata and documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show a rule's documentation: why it matters, how to fix it, references.")
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A rule id or an alias (e.g. a checkov id).")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleInfo r = new RuleRegistry(BuiltInRules.all()).find(id);
    if (r == null) {
      spec.commandLine().getErr().println("lintel: unknown rule id '" + id + "' (see 'lintel rules')");
      return ExitCode.USAGE.code();
    }
    out.println(r.id() + " — " + r.title());
    out.println("severity: " + r.severity().id() + "   category: " + r.category()
        + (r.tags().isEmpty() ? "" : "   tags: " + String.join(", ", r.tags())));
    if (!r.aliases().isEmpty()) {
      out.println("aliases: " + String.join(", ", r.aliases()));
    }
    if (!r.helpUri().isEmpty()) {
      out.println("reference: " + r.helpUri());
    }
    out.println();
    out.println(r.docMarkdown().isEmpty() ? r.title() : r.docMarkdown().strip());
    out.flush();
    return ExitCode.CLEAN.code();
  }
}
