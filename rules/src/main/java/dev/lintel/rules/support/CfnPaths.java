package dev.lintel.rules.support;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidate values (RULES.md §2.2) of a nested resource property such as
 * {@code BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type}: every mapping on the way is
 * evaluated, so parameters and {@code Fn::If} branches at any level are followed and named.
 */
public final class CfnPaths {

  /**
   * One possible value at the end of a path. {@code anchor} is where a finding about it goes: the
   * value as written, or, when the value is missing ({@link Candidate#absent()}), the nearest
   * existing parent (null means the resource's {@code Type}).
   */
  public record Value(Candidate candidate, Node anchor) {

    public boolean missing() {
      return candidate.absent();
    }

    public boolean known() {
      return candidate.known() && !candidate.absent();
    }

    /** True for a known scalar equal to {@code s}, ignoring case. */
    public boolean is(String s) {
      return known() && candidate.text() != null && candidate.text().trim().equalsIgnoreCase(s);
    }

    /**
     * True for a known {@code true}, including the unquoted YAML 1.1 forms {@code yes}/{@code on},
     * which CloudFormation reads as booleans.
     */
    public boolean isTrue() {
      if (is("true")) {
        return true;
      }
      return known() && candidate.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.PLAIN
          && (is("yes") || is("on"));
    }

    public String text() {
      return candidate.text();
    }

    public String originSuffix() {
      return candidate.originSuffix();
    }
  }

  private CfnPaths() {}

  /** The values at {@code path} under the resource's {@code Properties}. */
  public static List<Value> at(CfnResource r, String... path) {
    List<Value> current = new ArrayList<>();
    current.add(new Value(Candidate.noValue(null), null));
    if (r.properties() == null) {
      return current;
    }
    current.set(0, new Value(Candidate.literal(r.properties()), r.properties()));
    return descend(r, current, path);
  }

  /** The values at {@code path} under {@code start} (a node inside the resource). */
  public static List<Value> under(CfnResource r, Node start, String... path) {
    List<Value> current = new ArrayList<>();
    for (Candidate c : r.values(start)) {
      current.add(new Value(c, c.value() != null ? c.value() : start));
    }
    return descend(r, current, path);
  }

  private static List<Value> descend(CfnResource r, List<Value> start, String... path) {
    List<Value> current = start;
    for (String key : path) {
      List<Value> next = new ArrayList<>();
      for (Value v : current) {
        Candidate c = v.candidate();
        if (c.absent() || !c.known()) {
          next.add(v);
        } else if (c.value() instanceof MappingNode m) {
          Node child = m.get(key);
          if (child == null) {
            next.add(new Value(Candidate.noValue(c.origin()), m == r.properties() ? null : v.anchor()));
          } else {
            for (Candidate cc : r.values(child)) {
              next.add(new Value(cc.within(c.origin()), cc.value() != null ? cc.value() : child));
            }
          }
        }
      }
      current = next;
    }
    return current;
  }
}
