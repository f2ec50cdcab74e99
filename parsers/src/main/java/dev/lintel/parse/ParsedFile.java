package dev.lintel.parse;

import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.fstab.Fstab;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.model.policy.Policy;
import java.nio.file.Path;
import java.util.List;

/**
 * A file after parsing: its text, data tree (JSON/YAML documents), problems, and the typed
 * views rules subscribe to. Views a file does not have are empty lists or null.
 *
 * @param path the file on disk
 * @param uri the path relative to the scan root, with {@code /} separators (SARIF's uri)
 */
public record ParsedFile(
    Path path,
    String uri,
    String text,
    FileKind kind,
    List<Node> documents,
    List<Problem> problems,
    List<CfnTemplate> templates,
    List<Policy> policies,
    List<CorsConfiguration> corsConfigurations,
    NginxConfig nginx,
    Fstab fstab) {

  public ParsedFile {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    templates = List.copyOf(templates);
    policies = List.copyOf(policies);
    corsConfigurations = List.copyOf(corsConfigurations);
  }

  /** A file that could not be parsed into any view. */
  public static ParsedFile failed(Path path, String uri, String text, FileKind kind, List<Problem> problems) {
    return new ParsedFile(path, uri, text == null ? "" : text, kind, List.of(), problems, List.of(),
        List.of(), List.of(), null, null);
  }
}
