package dev.lintel.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.RuleMeta;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.FileParser;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.ParsedFile;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shared plumbing of the template peer-corpus tests (KICS, checkov): one analysis of every
 * template by all built-in rules, findings grouped by file, the resources of each file with their
 * line spans, and the peer map.
 */
final class PeerTemplates {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A resource of a template file with the lines it spans (its key to the end of its body). */
  record Span(CfnResource resource, int startLine, int endLine) {
    boolean contains(int line) {
      return startLine <= line && line <= endLine;
    }
  }

  private final Path root;
  private final Map<Path, List<Finding>> findings = new HashMap<>();
  private final Map<Path, List<Span>> spans = new HashMap<>();
  private final Map<Path, List<CfnTemplate>> templates = new HashMap<>();
  final List<String> internalErrors;

  /** Analyses {@code files} (paths under {@code root}) once, forced to the template kind. */
  PeerTemplates(Path root, List<Path> files) {
    this.root = root;
    AnalysisConfig.Builder config = AnalysisConfig.builder().paths(files).root(root).rules(BuiltInRules.all());
    for (String ext : List.of("yaml", "yml", "json", "template")) {
      config.type("**/*." + ext, FileKind.CLOUDFORMATION);
    }
    AnalysisResult result = Analysis.run(config.build());
    internalErrors = result.internalErrors();
    for (Finding f : result.findings()) {
      findings.computeIfAbsent(f.location().file().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(f);
    }
  }

  /** The findings of {@code ruleIds} in one file. */
  List<Finding> findings(Path file, List<String> ruleIds) {
    return findings.getOrDefault(file.toAbsolutePath().normalize(), List.of()).stream()
        .filter(f -> ruleIds.contains(f.ruleId())).toList();
  }

  /** The resources of every template document of the file, with their line spans. */
  List<Span> spans(Path file) {
    return spans.computeIfAbsent(file.toAbsolutePath().normalize(), f -> readSpans(templates(f)));
  }

  /**
   * The logical location of a line of the file, in the form of {@link Finding#logicalLocation}:
   * the path of the first key written on the line ({@code Resources.Trail.Properties.IsLogging}),
   * or of the deepest entry whose value spans the line; null outside {@code Resources}.
   */
  String pathAt(Path file, int line) {
    for (CfnTemplate t : templates(file)) {
      MappingNode resources = t.root().mapping("Resources");
      for (MappingNode.Entry e : resources == null ? List.<MappingNode.Entry>of() : resources.entries()) {
        if (e.key().range().startLine() <= line && line <= e.value().range().endLine()) {
          StringBuilder path = new StringBuilder("Resources.").append(e.name());
          if (e.key().range().startLine() != line) {
            descend(e.value(), line, path, 0);
          }
          return path.toString();
        }
      }
    }
    return null;
  }

  private static void descend(Node n, int line, StringBuilder path, int depth) {
    if (depth > 100) {
      return;
    }
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (e.key().range().startLine() == line) {
          path.append('.').append(e.name());
          return;
        }
      }
      for (MappingNode.Entry e : m.entries()) {
        if (e.key().range().startLine() < line && line <= e.value().range().endLine()) {
          path.append('.').append(e.name());
          descend(e.value(), line, path, depth + 1);
          return;
        }
      }
    } else if (n instanceof SequenceNode s) {
      for (int i = 0; i < s.items().size(); i++) {
        Node item = s.items().get(i);
        if (item.range().startLine() <= line && line <= item.range().endLine()) {
          path.append('[').append(i).append(']');
          descend(item, line, path, depth + 1);
          return;
        }
      }
    } else if (n instanceof IntrinsicNode fn) {
      descend(fn.argument(), line, path, depth + 1);
    }
  }

  /**
   * True when the finding points into {@code expected} (primary or related location): its line is
   * {@code line}, or lies in the same resource or in a resource linked to it by {@code Ref},
   * {@code Fn::GetAtt} or {@code Fn::Sub} either way (a bucket policy and its bucket, an ingress
   * resource and its group). A null {@code expected} (a line outside every resource) matches any
   * finding of the file.
   */
  boolean matches(Path file, Finding f, int line, Span expected) {
    List<Integer> lines = new ArrayList<>();
    lines.add(f.location().range().startLine());
    f.related().forEach(r -> lines.add(r.location().range().startLine()));
    for (int at : lines) {
      if (at == line || expected == null) {
        return true;
      }
      Span span = spanAt(file, at);
      if (span != null && (span.resource() == expected.resource() || linked(span.resource(), expected.resource())
          || linked(expected.resource(), span.resource()))) {
        return true;
      }
    }
    return false;
  }

  /** The type of the resource the finding's logical location is in, or null. */
  String typeOf(Path file, Finding f) {
    String loc = f.logicalLocation();
    String id = loc != null && loc.startsWith("Resources.") ? loc.substring(10).split("[.\\[]", 2)[0] : null;
    Span span = id == null ? null : resource(file, id);
    return span == null ? null : span.resource().type();
  }

  /** The resource {@code logicalId} of the file, or null. */
  Span resource(Path file, String logicalId) {
    return spans(file).stream().filter(s -> s.resource().logicalId().equals(logicalId)).findFirst().orElse(null);
  }

  /**
   * True when the finding's logical location is in resource {@code expected}
   * ({@code Resources.<LogicalId>} or below) or in a resource linked to it (see {@link #matches}).
   */
  boolean inResource(Path file, Finding f, Span expected) {
    String loc = f.logicalLocation();
    String prefix = "Resources." + expected.resource().logicalId();
    if (loc != null && (loc.equals(prefix) || loc.startsWith(prefix + ".") || loc.startsWith(prefix + "["))) {
      return true;
    }
    String id = loc != null && loc.startsWith("Resources.") ? loc.substring(10).split("[.\\[]", 2)[0] : null;
    Span at = id != null ? resource(file, id) : spanAt(file, f.location().range().startLine());
    return at != null && (linked(at.resource(), expected.resource()) || linked(expected.resource(), at.resource()));
  }

  /** True when {@code from} names {@code to} through Ref, GetAtt or Sub anywhere in its body. */
  static boolean linked(CfnResource from, CfnResource to) {
    if (to == null || from.template() != to.template()) {
      return false;
    }
    String name = to.properties() == null ? null : to.properties().string("BucketName");
    return names(from.node(), to.logicalId(), 0) || (name != null && names(from.node(), name, 0));
  }

  /** True when {@code n} refers to {@code id}, or holds a literal equal to it (the peers' loose link). */
  private static boolean names(Node n, String id, int depth) {
    if (n != null && id.equals(n.text())) {
      return true;
    }
    if (n == null || depth > 100) {
      return false;
    }
    if (n instanceof IntrinsicNode fn) {
      String text = fn.argument().text();
      if (text != null && (fn.function().equals("Ref") && text.equals(id)
          || fn.function().equals("Fn::GetAtt") && (text.equals(id) || text.startsWith(id + "."))
          || fn.function().equals("Fn::Sub") && text.contains("${" + id))) {
        return true;
      }
      return names(fn.argument(), id, depth + 1);
    }
    if (n instanceof MappingNode m) {
      return m.entries().stream().anyMatch(e -> names(e.value(), id, depth + 1));
    }
    if (n instanceof SequenceNode s) {
      return s.items().stream().anyMatch(i -> names(i, id, depth + 1));
    }
    return false;
  }

  /** The resource whose span contains {@code line}, or null. */
  Span spanAt(Path file, int line) {
    return spans(file).stream().filter(s -> s.contains(line)).findFirst().orElse(null);
  }

  /** The template documents of the file (parsed once). */
  private List<CfnTemplate> templates(Path file) {
    return templates.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        ParsedFile parsed = FileParser.parse(f, f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
            FileKind.CLOUDFORMATION, ParseLimits.DEFAULT, null);
        return parsed == null ? List.of() : parsed.templates();
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }

  private static List<Span> readSpans(List<CfnTemplate> templates) {
    List<Span> out = new ArrayList<>();
    for (CfnTemplate t : templates) {
      MappingNode resources = t.root().mapping("Resources");
      for (MappingNode.Entry e : resources == null ? List.<MappingNode.Entry>of() : resources.entries()) {
        CfnResource r = t.resource(e.name());
        if (r != null) {
          out.add(new Span(r, e.key().range().startLine(), e.value().range().endLine()));
        }
      }
    }
    return out;
  }

  /** The ids of the rules in {@link BuiltInRules}. */
  static Set<String> implementedRules() {
    return BuiltInRules.all().stream().map(r -> r.getClass().getAnnotation(RuleMeta.class).id())
        .collect(Collectors.toSet());
  }

  /** One section of {@code peer-map.json}: peer id to Lintel rule ids ({@code ~} stripped). */
  static Map<String, List<String>> peerMap(String section) throws IOException {
    Path peerMap = Corpus.root().resolveSibling("peer-map.json");
    JsonNode node = JSON.readTree(peerMap.toFile()).path(section);
    Map<String, List<String>> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      List<String> ids = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> ids.add(v.asText().replace("~", "").strip()));
      } else {
        ids.add(e.getValue().asText().replace("~", "").strip());
      }
      out.put(e.getKey(), ids);
    });
    return out;
  }

  Path root() {
    return root;
  }
}
