package dev.lintel.parse.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.Lazy;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.parse.LineIndex;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import dev.lintel.parse.data.SamPolicyTemplates;
import dev.lintel.parse.json.JsonTreeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every policy document embedded in a template (RULES.md §2.5). A document given as a
 * JSON string (a quoted or block scalar, or the text of {@code Fn::Sub}) is parsed as JSON and
 * its nodes are placed where their text is in the template, so findings inside it land on the
 * right line and column; its syntax errors are {@code PARSE_ERROR} problems at those places.
 * A SAM policy template in a function's or state machine's {@code Policies} becomes the policy
 * it expands to, every node placed on the template's name.
 */
public final class EmbeddedPolicies {

  /** The policies of a template and the problems of the policies written as JSON strings. */
  public record Found(List<Policy> policies, List<Problem> problems) {}

  /** Resource type → property holding one identity policy document. */
  private static final Map<String, String> IDENTITY_DOCUMENT = Map.of(
      "AWS::IAM::Policy", "PolicyDocument",
      "AWS::IAM::ManagedPolicy", "PolicyDocument",
      "AWS::IAM::RolePolicy", "PolicyDocument",
      "AWS::IAM::UserPolicy", "PolicyDocument",
      "AWS::IAM::GroupPolicy", "PolicyDocument");

  /** Resource type → {property, service} of its resource policy. */
  private static final Map<String, String[]> RESOURCE_DOCUMENT = Map.ofEntries(
      Map.entry("AWS::S3::BucketPolicy", new String[] {"PolicyDocument", "s3"}),
      Map.entry("AWS::S3::AccessPoint", new String[] {"Policy", "s3"}),
      Map.entry("AWS::SQS::QueuePolicy", new String[] {"PolicyDocument", "sqs"}),
      Map.entry("AWS::SNS::TopicPolicy", new String[] {"PolicyDocument", "sns"}),
      Map.entry("AWS::KMS::Key", new String[] {"KeyPolicy", "kms"}),
      Map.entry("AWS::ECR::Repository", new String[] {"RepositoryPolicyText", "ecr"}),
      Map.entry("AWS::SecretsManager::ResourcePolicy", new String[] {"ResourcePolicy", "secretsmanager"}),
      Map.entry("AWS::ApiGateway::RestApi", new String[] {"Policy", "execute-api"}),
      Map.entry("AWS::EFS::FileSystem", new String[] {"FileSystemPolicy", "elasticfilesystem"}),
      Map.entry("AWS::OpenSearchService::Domain", new String[] {"AccessPolicies", "es"}),
      Map.entry("AWS::Elasticsearch::Domain", new String[] {"AccessPolicies", "es"}),
      Map.entry("AWS::Logs::ResourcePolicy", new String[] {"PolicyDocument", "logs"}));

  /** The policies of a template whose source text is unknown (JSON strings are not mapped). */
  public static List<Policy> find(CfnTemplate template) {
    return find(template, null, ParseLimits.DEFAULT).policies();
  }

  /** The policies of {@code template}, read from {@code text} (the whole file). */
  public static Found find(CfnTemplate template, String text, ParseLimits limits) {
    EmbeddedPolicies finder = new EmbeddedPolicies(text, limits);
    finder.run(template);
    return new Found(List.copyOf(finder.out), List.copyOf(finder.problems));
  }

  private final String text;
  /** The template's line index, built only when a policy is written as a JSON string. */
  private final Lazy<LineIndex> lines;
  private final ParseLimits limits;
  private final List<Policy> out = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private EmbeddedPolicies(String text, ParseLimits limits) {
    this.text = text;
    this.lines = text == null ? null : Lazy.of(() -> LineIndex.of(text));
    this.limits = limits;
  }

  private void run(CfnTemplate template) {
    for (CfnResource r : template.resources()) {
      String type = r.type();
      if (type == null || r.properties() == null) {
        continue;
      }
      String identity = IDENTITY_DOCUMENT.get(type);
      if (identity != null) {
        add(out, r, identity, PolicyKind.IDENTITY, null);
      }
      String[] resource = RESOURCE_DOCUMENT.get(type);
      if (resource != null) {
        add(out, r, resource[0], PolicyKind.RESOURCE, resource[1]);
      }
      switch (type) {
        case "AWS::IAM::Role" -> {
          add(out, r, "AssumeRolePolicyDocument", PolicyKind.TRUST, null);
          inlinePolicies(out, r);
        }
        case "AWS::IAM::User", "AWS::IAM::Group" -> inlinePolicies(out, r);
        case "AWS::Serverless::Function", "AWS::Serverless::StateMachine" -> samPolicies(out, r);
        case "AWS::Lambda::Permission", "AWS::Lambda::LayerVersionPermission" -> lambdaPermission(out, r);
        default -> { }
      }
    }
  }

  private void add(List<Policy> out, CfnResource r, String property, PolicyKind kind, String service) {
    Node doc = r.property(property);
    if (doc != null) {
      addDocument(out, r, doc, "Properties." + property, kind, service, true);
    }
  }

  /**
   * Adds the document(s) {@code doc} can be. At a policy property ({@code explicit}) any mapping
   * or string is a policy, even a malformed one; in a SAM {@code Policies} list only a mapping
   * or JSON text with {@code Statement} is (other items name managed policies or templates).
   */
  private void addDocument(List<Policy> out, CfnResource r, Node doc, String path,
      PolicyKind kind, String service, boolean explicit) {
    if (doc instanceof IntrinsicNode fn && fn.function().equals("Fn::Sub")) {
      MappingNode m = subDocument(fn);
      if (m != null && (explicit || m.has("Statement"))) {
        out.add(new Policy(m, kind, service, r, r.logicalLocation() + "." + path, r.template().evaluator()));
      }
      return;
    }
    for (Candidate c : r.values(doc)) {
      MappingNode m = c.value() instanceof MappingNode mapping ? mapping
          : c.value() instanceof ScalarNode s && isJsonText(s, explicit) ? jsonDocument(s) : null;
      if (m != null && (explicit || m.has("Statement"))) {
        out.add(new Policy(m, kind, service, r, r.logicalLocation() + "." + path,
            r.template().evaluator()));
      }
    }
  }

  private static boolean isJsonText(ScalarNode s, boolean explicit) {
    if (s.type() != ScalarNode.Type.STRING && s.type() != ScalarNode.Type.PLAIN) {
      return false;
    }
    return explicit ? !s.isNull() : s.value().strip().startsWith("{");
  }

  /** Parses a string policy; its syntax errors become problems at their place in the template. */
  private MappingNode jsonDocument(ScalarNode s) {
    Parsed<Node> parsed = JsonTreeParser.parse(s.value(), limits);
    Remap remap = remap(s);
    for (Problem p : parsed.problems()) {
      problems.add(new Problem(p.ruleId(), "policy document string: " + p.message(), remap.range(p.range())));
    }
    return parsed.value() == null ? null : remap.node(parsed.value(), null).asMapping();
  }

  /**
   * The document written as the text of {@code Fn::Sub}: parsed before substitution (so
   * positions are exact) and each string with a {@code ${...}} becomes an {@code Fn::Sub} of its
   * own, evaluated like any template value. Text that is only JSON after substitution is skipped.
   */
  private MappingNode subDocument(IntrinsicNode fn) {
    Node arg = fn.argument();
    MappingNode variables = null;
    if (arg instanceof SequenceNode seq && !seq.items().isEmpty()) {
      variables = seq.items().size() > 1 ? seq.items().get(1).asMapping() : null;
      arg = seq.items().get(0);
    }
    if (!(arg instanceof ScalarNode s) || !s.value().strip().startsWith("{")) {
      return null;
    }
    Parsed<Node> parsed = JsonTreeParser.parse(s.value(), limits);
    if (!parsed.problems().isEmpty() || parsed.value() == null) {
      return null;
    }
    return remap(s).node(parsed.value(), variables == null ? SUB_PLAIN : variables).asMapping();
  }

  private Remap remap(ScalarNode s) {
    if (text == null) {
      return new Remap(null, null, s.range());
    }
    int start = lines.get().offset(s.range().startLine(), s.range().startColumn());
    int end = lines.get().offset(s.range().endLine(), s.range().endColumn());
    return new Remap(StringPositions.align(text, start, end, s.value()), LineIndex.of(s.value()), s.range());
  }

  /** Marks "wrap in Fn::Sub without a variable map". */
  private static final MappingNode SUB_PLAIN = new MappingNode(List.of(), TextRange.fileStart());

  /** Moves ranges of a tree parsed from a string to the string's place in the template. */
  private final class Remap {
    private final StringPositions.Alignment map;
    private final LineIndex inner;
    private final TextRange whole;

    Remap(StringPositions.Alignment map, LineIndex inner, TextRange whole) {
      this.map = map;
      this.inner = inner;
      this.whole = whole;
    }

    TextRange range(TextRange r) {
      if (map == null) {
        return whole;
      }
      int n = map.start().length;
      if (n == 0) {
        return whole;
      }
      int s = Math.min(inner.offset(r.startLine(), r.startColumn()), n - 1);
      int e = Math.min(inner.offset(r.endLine(), r.endColumn()), n);
      int from = map.start()[s];
      int to = e > s ? map.end()[e - 1] : from;
      return lines.get().range(from, Math.max(from, to));
    }

    /** The tree with template ranges; with {@code sub}, strings holding ${...} become Fn::Sub. */
    Node node(Node n, MappingNode sub) {
      TextRange r = range(n.range());
      if (n instanceof ScalarNode s) {
        ScalarNode moved = new ScalarNode(s.value(), s.type(), r);
        if (sub == null || s.type() != ScalarNode.Type.STRING || !s.value().contains("${")) {
          return moved;
        }
        Node arg = sub == SUB_PLAIN ? moved : new SequenceNode(List.of(moved, sub), r);
        return new IntrinsicNode("Fn::Sub", arg, r);
      }
      if (n instanceof SequenceNode seq) {
        List<Node> items = new ArrayList<>();
        for (Node item : seq.items()) {
          items.add(node(item, sub));
        }
        return new SequenceNode(items, r);
      }
      if (n instanceof MappingNode m) {
        List<MappingNode.Entry> entries = new ArrayList<>();
        for (MappingNode.Entry e : m.entries()) {
          ScalarNode k = e.key();
          entries.add(new MappingNode.Entry(new ScalarNode(k.value(), k.type(), range(k.range())),
              node(e.value(), sub)));
        }
        return new MappingNode(entries, r);
      }
      IntrinsicNode fn = (IntrinsicNode) n;
      return new IntrinsicNode(fn.function(), node(fn.argument(), sub), r);
    }
  }

  private void inlinePolicies(List<Policy> out, CfnResource r) {
    SequenceNode policies = r.property("Policies") == null ? null : r.property("Policies").asSequence();
    if (policies == null) {
      return;
    }
    for (int i = 0; i < policies.items().size(); i++) {
      MappingNode item = policies.items().get(i).asMapping();
      if (item != null && item.get("PolicyDocument") != null) {
        addDocument(out, r, item.get("PolicyDocument"),
            "Properties.Policies[" + i + "].PolicyDocument", PolicyKind.IDENTITY, null, true);
      }
    }
  }

  private void samPolicies(List<Policy> out, CfnResource r) {
    Node policies = r.property("Policies");
    if (policies == null) {
      return;
    }
    if (policies instanceof MappingNode m && m.has("Statement")) {
      addDocument(out, r, m, "Properties.Policies", PolicyKind.IDENTITY, null, false);
      return;
    }
    SequenceNode seq = policies.asSequence();
    if (seq == null) {
      return;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      Node item = seq.items().get(i);
      MappingNode.Entry only = item instanceof MappingNode m && m.entries().size() == 1 ? m.entries().get(0) : null;
      SamPolicyTemplates.Template template = only == null ? null : SamPolicyTemplates.get().template(only.name());
      MappingNode expanded = template == null ? null : template.expand(only.value().asMapping(), only.key().range());
      if (expanded != null) {
        out.add(new Policy(expanded, PolicyKind.IDENTITY, null, r,
            r.logicalLocation() + ".Properties.Policies[" + i + "]." + only.name(), r.template().evaluator()));
      } else if (template != null) {
        continue;
      } else if (item instanceof MappingNode || item instanceof ScalarNode) {
        addDocument(out, r, item, "Properties.Policies[" + i + "]", PolicyKind.IDENTITY, null, false);
      }
    }
  }

  /** A Lambda permission as the one-statement resource policy it adds to the function or layer. */
  private static void lambdaPermission(List<Policy> out, CfnResource r) {
    out.add(new Policy(LambdaPermissionStatements.document(r), PolicyKind.RESOURCE, "lambda", r,
        r.logicalLocation() + ".Properties", r.template().evaluator()));
  }
}
