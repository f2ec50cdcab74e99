package dev.lintel.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.lintel.engine.Severity;
import dev.lintel.engine.suppress.IgnoreEntry;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import dev.lintel.parse.SourceText;
import dev.lintel.parse.yaml.YamlTreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads {@code .lintel.yml} (DESIGN §6): validated against the JSON Schema shipped in
 * the jar; every error names the file, the line and the key.
 */
public final class ConfigLoader {

  public static final String FILE_NAME = ".lintel.yml";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static volatile Schema schema;

  private ConfigLoader() {}

  /** The nearest {@code .lintel.yml} (or {@code .lintel.yaml}) at or above {@code start}, or null. */
  public static Path find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      for (String name : List.of(FILE_NAME, ".lintel.yaml")) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  public static LintelConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = SourceText.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the configuration: " + e.getMessage());
    }
    Parsed<List<Node>> parsed = YamlTreeParser.parse(text, ParseLimits.DEFAULT);
    for (Problem p : parsed.problems()) {
      throw new ConfigException(where(file, p.range()) + ": " + p.message());
    }
    if (parsed.value() == null || parsed.value().isEmpty()) {
      return new LintelConfig(file, Map.of(), Map.of(), List.of(), null, null, null, List.of(), Map.of(),
          ParseLimits.DEFAULT);
    }
    Node root = parsed.value().get(0);
    List<Error> errors = schema().validate(toJson(root));
    if (!errors.isEmpty()) {
      Error e = errors.get(0);
      String key = keyPath(e);
      throw new ConfigException(where(file, locate(root, e)) + ": key '" + key + "': " + e.getMessage());
    }
    return read(file, root.asMapping());
  }

  private static LintelConfig read(Path file, MappingNode root) {
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, Map<String, Object>> options = new LinkedHashMap<>();
    MappingNode rules = root.mapping("rules");
    if (rules != null) {
      for (MappingNode.Entry e : rules.entries()) {
        String severity = e.value().text();
        if (e.value() instanceof MappingNode m) {
          severity = m.string("severity");
          Map<String, Object> opts = new LinkedHashMap<>();
          for (MappingNode.Entry o : m.entries()) {
            if (!o.name().equals("severity")) {
              opts.put(o.name(), plain(o.value()));
            }
          }
          options.put(e.name(), opts);
        }
        if (severity != null) {
          severities.put(e.name(), Severity.byId(severity));
        }
      }
    }
    List<IgnoreEntry> ignores = new ArrayList<>();
    Node ignore = root.get("ignore");
    if (ignore instanceof SequenceNode seq) {
      for (Node item : seq.items()) {
        MappingNode m = item.asMapping();
        ignores.add(new IgnoreEntry(m.string("path"), m.string("rule"), m.string("reason"), file, m.range()));
      }
    }
    Map<String, FileKind> types = new LinkedHashMap<>();
    MappingNode typeMap = root.mapping("types");
    if (typeMap != null) {
      typeMap.entries().forEach(e -> types.put(e.name(), FileKind.byId(e.value().text())));
    }
    Path dir = file.toAbsolutePath().getParent();
    String baseline = root.string("baseline");
    String prefix = root.string("nginx-prefix");
    return new LintelConfig(file, severities, options, strings(root.get("exclude")), root.string("fail-on"),
        baseline == null ? null : dir.resolve(baseline), prefix == null ? null : dir.resolve(prefix), ignores,
        types, limits(root.mapping("limits")));
  }

  private static ParseLimits limits(MappingNode m) {
    ParseLimits d = ParseLimits.DEFAULT;
    if (m == null) {
      return d;
    }
    return new ParseLimits(
        number(m, "max-file-size", d.maxFileBytes()),
        (int) number(m, "max-depth", d.maxDepth()),
        (int) number(m, "max-alias-expansion", d.maxAliasExpansion()),
        (int) number(m, "max-include-depth", d.maxIncludeDepth()),
        (int) number(m, "max-combinations", d.maxCombinations()));
  }

  private static long number(MappingNode m, String key, long fallback) {
    String s = m.string(key);
    return s == null ? fallback : Long.parseLong(s);
  }

  private static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    if (n instanceof SequenceNode seq) {
      seq.items().forEach(i -> out.add(i.text()));
    }
    return out;
  }

  private static Object plain(Node n) {
    if (n instanceof ScalarNode s) {
      JsonNode j = scalar(s);
      return j.isNumber() ? j.numberValue() : j.isBoolean() ? j.booleanValue() : s.value();
    }
    if (n instanceof SequenceNode seq) {
      return seq.items().stream().map(ConfigLoader::plain).toList();
    }
    if (n instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach(e -> out.put(e.name(), plain(e.value())));
      return out;
    }
    return null;
  }

  private static JsonNode toJson(Node n) {
    if (n instanceof MappingNode m) {
      ObjectNode o = JSON.objectNode();
      m.entries().forEach(e -> o.set(e.name(), toJson(e.value())));
      return o;
    }
    if (n instanceof SequenceNode s) {
      ArrayNode a = JSON.arrayNode();
      s.items().forEach(i -> a.add(toJson(i)));
      return a;
    }
    if (n instanceof ScalarNode s) {
      return scalar(s);
    }
    return JSON.textNode(String.valueOf(n));
  }

  private static JsonNode scalar(ScalarNode s) {
    if (s.isNull()) {
      return JSON.nullNode();
    }
    if (s.type() == ScalarNode.Type.PLAIN || s.type() == ScalarNode.Type.NUMBER || s.type() == ScalarNode.Type.BOOLEAN) {
      if (s.value().matches("-?\\d{1,18}")) {
        return JSON.numberNode(Long.parseLong(s.value()));
      }
      if (s.value().equals("true") || s.value().equals("false")) {
        return JSON.booleanNode(Boolean.parseBoolean(s.value()));
      }
    }
    return JSON.textNode(s.value());
  }

  /** The source range of the node an error is about (for unknown keys: the key itself). */
  private static TextRange locate(Node root, Error e) {
    Node node = root;
    TextRange range = root.range();
    var path = e.getInstanceLocation();
    for (int i = 0; path != null && i < path.getNameCount() && node != null; i++) {
      Object element = path.getElement(i);
      if (node instanceof MappingNode m && element instanceof String key && m.entry(key) != null) {
        range = m.entry(key).key().range();
        node = m.get(key);
      } else if (node instanceof SequenceNode s && element instanceof Integer idx && idx < s.items().size()) {
        node = s.items().get(idx);
        range = node.range();
      } else {
        break;
      }
    }
    if (e.getProperty() != null && node instanceof MappingNode m && m.entry(e.getProperty()) != null) {
      range = m.entry(e.getProperty()).key().range();
    }
    return range;
  }

  private static String keyPath(Error e) {
    StringBuilder sb = new StringBuilder();
    var path = e.getInstanceLocation();
    for (int i = 0; path != null && i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      if (el instanceof Integer idx) {
        sb.append('[').append(idx).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(el);
      }
    }
    if (e.getProperty() != null) {
      sb.append(sb.length() == 0 ? "" : ".").append(e.getProperty());
    }
    return sb.length() == 0 ? "(root)" : sb.toString();
  }

  private static String where(Path file, TextRange r) {
    return file + ":" + r.startLine() + ":" + r.startColumn();
  }

  private static Schema schema() {
    Schema s = schema;
    if (s == null) {
      try (InputStream in = ConfigLoader.class.getResourceAsStream("/lintel/config-schema.json")) {
        s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      } catch (IOException e) {
        throw new IllegalStateException("the config schema is missing from the jar", e);
      }
      schema = s;
    }
    return s;
  }
}
