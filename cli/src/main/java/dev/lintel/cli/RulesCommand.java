package dev.lintel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.engine.RuleInfo;
import dev.lintel.engine.RuleRegistry;
import dev.lintel.rules.BuiltInRules;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lintel rules}: lists every rule with its severity and title. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rules: id, default severity, file kinds and title.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or markdown (default: text).")
  String format = "text";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleInfo> rules = new RuleRegistry(BuiltInRules.all()).all().stream()
        .sorted(Comparator.comparing(RuleInfo::id)).toList();
    switch (format) {
      case "text" -> {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleInfo r : rules) {
          out.printf("%-" + width + "s  %-7s  %s%n", r.id(), r.severity().id(), r.title());
        }
        out.println(rules.size() + " rules. 'lintel explain ID' shows one in full.");
      }
      case "markdown" -> {
        out.println("| Rule | Severity | Kinds | Title |");
        out.println("|---|---|---|---|");
        for (RuleInfo r : rules) {
          out.printf("| [%s](%s.md) | %s | %s | %s |%n", r.id(), r.id(), r.severity().id(), kinds(r), r.title());
        }
      }
      case "json" -> {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = mapper.createArrayNode();
        for (RuleInfo r : rules) {
          ObjectNode o = arr.addObject();
          o.put("id", r.id());
          o.put("title", r.title());
          o.put("severity", r.severity().id());
          o.put("category", r.category().name());
          r.kinds().forEach(k -> o.withArray("kinds").add(k.id()));
          r.tags().forEach(t -> o.withArray("tags").add(t));
          r.aliases().forEach(a -> o.withArray("aliases").add(a));
          o.put("helpUri", r.helpUri());
        }
        out.println(mapper.writeValueAsString(arr));
      }
      default -> {
        spec.commandLine().getErr().println("lintel: --format must be text, json or markdown, not '" + format + "'");
        return ExitCode.USAGE.code();
      }
    }
    out.flush();
    return ExitCode.CLEAN.code();
  }

  private static String kinds(RuleInfo r) {
    return r.kinds().isEmpty() ? "any" : String.join(", ", r.kinds().stream().map(k -> k.id()).toList());
  }
}
