package dev.lintel.engine;

import dev.lintel.model.Node;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.parse.ParsedFile;
import java.nio.file.Path;
import java.util.Map;

/** What a rule handler may use: the file under analysis, its options, and reporting. */
public interface RuleContext {

  ParsedFile file();

  /** The rule's options from the config ({@code rules: {ID: {options...}}}); empty by default. */
  Map<String, Object> options();

  /** Reports at {@code range} in the file under analysis. */
  Report report(TextRange range, String message);

  /** Reports at a range of another file (an nginx include). */
  Report report(Path file, TextRange range, String message);

  default Report report(Node node, String message) {
    return report(node.range(), message);
  }

  default Report report(Token token, String message) {
    return report(token.range(), message);
  }

  /** A finding being built; its defaults are the rule's severity and no related locations. */
  interface Report {

    /** Reports this finding at another level (a rule's sub-case). */
    Report level(Severity level);

    /** Adds a secondary location in the same file. */
    Report related(TextRange range, String message);

    /** Overrides the logical location (normally derived from the template path). */
    Report logical(String logicalLocation);
  }
}
