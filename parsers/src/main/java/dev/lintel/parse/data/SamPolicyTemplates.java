package dev.lintel.parse.data;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.json.JsonTreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SAM policy templates (RULES.md §2.4): name → required parameters → the statements the SAM
 * transform expands the template to. Read once per process from
 * {@code lintel/data/sam-policy-templates.json}, which {@code ${Parameter}} and
 * {@code ${AWS::...}} placeholders resolve in like {@code Fn::Sub}.
 */
public final class SamPolicyTemplates {

  /** One policy template: its required parameters and statement list as data. */
  public record Template(String name, List<String> parameters, Node statements) {

    /**
     * The policy document this template becomes, every node placed at {@code at} (the template
     * item in the user's file) and each string with a placeholder an {@code Fn::Sub} whose
     * variables are {@code arguments} (the item's parameter mapping, or null). Null when the
     * template grants nothing effective (no statements).
     */
    public MappingNode expand(MappingNode arguments, TextRange at) {
      if (statements.asSequence() == null || statements.asSequence().items().isEmpty()) {
        return null;
      }
      List<MappingNode.Entry> vars = new ArrayList<>();
      if (arguments != null) {
        for (MappingNode.Entry e : arguments.entries()) {
          if (parameters.contains(e.name())) {
            vars.add(e);
          }
        }
      }
      MappingNode variables = new MappingNode(vars, at);
      return new MappingNode(List.of(
          new MappingNode.Entry(new ScalarNode("Version", ScalarNode.Type.STRING, at),
              new ScalarNode("2012-10-17", ScalarNode.Type.STRING, at)),
          new MappingNode.Entry(new ScalarNode("Statement", ScalarNode.Type.STRING, at),
              place(statements, variables, at))), at);
    }

    private static Node place(Node n, MappingNode variables, TextRange at) {
      if (n instanceof ScalarNode s) {
        ScalarNode moved = new ScalarNode(s.value(), s.type(), at);
        return s.value().contains("${")
            ? new IntrinsicNode("Fn::Sub", new SequenceNode(List.of(moved, variables), at), at) : moved;
      }
      if (n instanceof SequenceNode seq) {
        List<Node> items = new ArrayList<>();
        for (Node item : seq.items()) {
          items.add(place(item, variables, at));
        }
        return new SequenceNode(items, at);
      }
      MappingNode m = (MappingNode) n;
      List<MappingNode.Entry> entries = new ArrayList<>();
      for (MappingNode.Entry e : m.entries()) {
        entries.add(new MappingNode.Entry(new ScalarNode(e.name(), ScalarNode.Type.STRING, at),
            place(e.value(), variables, at)));
      }
      return new MappingNode(entries, at);
    }
  }

  private static final String RESOURCE = "/lintel/data/sam-policy-templates.json";

  private final Map<String, Template> templates;
  private final String updated;

  private static final class Holder {
    static final SamPolicyTemplates INSTANCE = load();
  }

  private SamPolicyTemplates(Map<String, Template> templates, String updated) {
    this.templates = templates;
    this.updated = updated;
  }

  /** The table, loaded on first call. */
  public static SamPolicyTemplates get() {
    return Holder.INSTANCE;
  }

  /** The template named exactly {@code name}, or null. */
  public Template template(String name) {
    return templates.get(name);
  }

  /** Every template name, sorted. */
  public List<String> names() {
    return List.copyOf(templates.keySet());
  }

  /** The date the table was last checked against the SAM documentation. */
  public String updated() {
    return updated;
  }

  private static SamPolicyTemplates load() {
    try (InputStream in = SamPolicyTemplates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("SAM policy templates missing from the classpath: " + RESOURCE);
      }
      MappingNode root = JsonTreeParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          ParseLimits.DEFAULT).value().asMapping();
      Map<String, Template> out = new LinkedHashMap<>();
      for (MappingNode.Entry e : root.mapping("templates").entries()) {
        MappingNode t = e.value().asMapping();
        List<String> params = new ArrayList<>();
        for (Node p : t.get("parameters").asSequence().items()) {
          params.add(p.text());
        }
        out.put(e.name(), new Template(e.name(), List.copyOf(params), t.get("statements")));
      }
      return new SamPolicyTemplates(Collections.unmodifiableMap(out), root.string("updated"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
