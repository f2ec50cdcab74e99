package dev.lintel.parse.cfn;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the synthetic resource policy of an {@code AWS::Lambda::Permission} or
 * {@code AWS::Lambda::LayerVersionPermission} (RULES.md §2.5): one Allow statement whose
 * Principal, Action, Resource and Condition values are the resource's own property nodes, and
 * whose keys carry the ranges of the property keys, so findings land on the user's lines. Parts
 * with no property of their own (Version, Effect) sit on the resource's {@code Type} value.
 */
public final class LambdaPermissionStatements {

  /** The resource types that become a synthetic Lambda resource policy. */
  public static final Set<String> TYPES = Set.of("AWS::Lambda::Permission", "AWS::Lambda::LayerVersionPermission");

  /** Property → {condition operator, condition key}. */
  private static final Map<String, String[]> CONDITIONS = new LinkedHashMap<>();

  static {
    CONDITIONS.put("SourceArn", new String[] {"ArnLike", "aws:SourceArn"});
    CONDITIONS.put("SourceAccount", new String[] {"StringEquals", "aws:SourceAccount"});
    CONDITIONS.put("PrincipalOrgID", new String[] {"StringEquals", "aws:PrincipalOrgID"});
    CONDITIONS.put("OrganizationId", new String[] {"StringEquals", "aws:PrincipalOrgID"});
    CONDITIONS.put("FunctionUrlAuthType", new String[] {"StringEquals", "lambda:FunctionUrlAuthType"});
  }

  private LambdaPermissionStatements() {}

  /** True for the synthetic policy of a Lambda permission resource. */
  public static boolean isSynthetic(Policy p) {
    return p.owner() != null && TYPES.contains(p.owner().type());
  }

  /** The synthetic policy document of {@code r}, a resource of one of {@link #TYPES}. */
  public static MappingNode document(CfnResource r) {
    MappingNode props = r.properties();
    TextRange anchor = r.typeAnchor();
    List<MappingNode.Entry> st = new ArrayList<>();
    st.add(entry("Effect", anchor, new ScalarNode("Allow", ScalarNode.Type.STRING, anchor)));
    MappingNode.Entry principal = props.entry("Principal");
    if (principal != null) {
      MappingNode typed = new MappingNode(List.of(entry(principalType(r, principal.value()),
          principal.key().range(), principal.value())), principal.value().range());
      st.add(entry("Principal", principal.key().range(), typed));
    }
    copy(props, "Action", "Action", st);
    copy(props, "AWS::Lambda::Permission".equals(r.type()) ? "FunctionName" : "LayerVersionArn", "Resource", st);
    MappingNode condition = condition(props);
    if (condition != null) {
      st.add(entry("Condition", condition.range(), condition));
    }
    MappingNode statement = new MappingNode(st, props.range());
    return new MappingNode(List.of(
        entry("Version", anchor, new ScalarNode("2012-10-17", ScalarNode.Type.STRING, anchor)),
        entry("Statement", anchor, new SequenceNode(List.of(statement), props.range()))), r.node().range());
  }

  /** {@code Service} for {@code *.amazonaws.com}/{@code *.amazon.com} hosts, else {@code AWS}. */
  private static String principalType(CfnResource r, Node principal) {
    for (Candidate c : r.values(principal)) {
      String t = c.text() == null ? "" : c.text().toLowerCase(Locale.ROOT);
      if (t.endsWith(".amazonaws.com") || t.endsWith(".amazon.com")) {
        return "Service";
      }
    }
    return "AWS";
  }

  private static MappingNode condition(MappingNode props) {
    Map<String, List<MappingNode.Entry>> byOperator = new LinkedHashMap<>();
    Map<String, TextRange> operatorRanges = new LinkedHashMap<>();
    TextRange all = null;
    for (Map.Entry<String, String[]> c : CONDITIONS.entrySet()) {
      MappingNode.Entry e = props.entry(c.getKey());
      if (e == null) {
        continue;
      }
      String op = c.getValue()[0];
      byOperator.computeIfAbsent(op, k -> new ArrayList<>()).add(entry(c.getValue()[1], e.key().range(), e.value()));
      operatorRanges.putIfAbsent(op, e.key().range());
      TextRange span = e.key().range().union(e.value().range());
      all = all == null ? span : all.union(span);
    }
    if (all == null) {
      return null;
    }
    List<MappingNode.Entry> ops = new ArrayList<>();
    for (Map.Entry<String, List<MappingNode.Entry>> op : byOperator.entrySet()) {
      TextRange range = null;
      for (MappingNode.Entry e : op.getValue()) {
        TextRange span = e.key().range().union(e.value().range());
        range = range == null ? span : range.union(span);
      }
      ops.add(entry(op.getKey(), operatorRanges.get(op.getKey()), new MappingNode(op.getValue(), range)));
    }
    return new MappingNode(ops, all);
  }

  private static void copy(MappingNode props, String property, String key, List<MappingNode.Entry> out) {
    MappingNode.Entry e = props.entry(property);
    if (e != null) {
      out.add(entry(key, e.key().range(), e.value()));
    }
  }

  private static MappingNode.Entry entry(String key, TextRange keyRange, Node value) {
    return new MappingNode.Entry(new ScalarNode(key, ScalarNode.Type.STRING, keyRange), value);
  }
}
