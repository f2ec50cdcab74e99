package dev.lintel.rules.support;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Setting tests on nested resource properties for the table-driven service rules (RULES.md
 * §3.14–3.17): "not true", "missing", "equals". Values come from {@link CfnPaths}, so parameters
 * and {@code Fn::If} branches at any level are followed; unknown values never fail a test.
 */
public final class CfnFlags {

  /**
   * One value at a property path. {@code range} is where a finding goes: the value as written in
   * the resource (the {@code Fn::If} branch when there is one; the key for a mapping or list
   * value), or for a missing value its nearest existing parent ({@code Type} for a missing
   * top-level property).
   */
  public record Setting(String path, Candidate candidate, TextRange range, boolean removed, String description) {

    Setting(String path, Candidate candidate, TextRange range, boolean removed) {
      this(path, candidate, range, removed, null);
    }

    /** The same setting described as {@code text} (the origin is appended). */
    public Setting describedAs(String text) {
      return new Setting(path, candidate, range, removed, text);
    }

    public boolean missing() {
      return candidate.absent();
    }

    public boolean known() {
      return candidate.known() && !candidate.absent() && candidate.text() != null;
    }

    public String text() {
      return candidate.text();
    }

    /** A known {@code true} ({@code yes}/{@code on} unquoted in YAML count too). */
    public boolean isTrue() {
      return known() && new CfnPaths.Value(candidate, null).isTrue();
    }

    /** A known value equal to {@code s}, ignoring case. */
    public boolean is(String s) {
      return known() && text().trim().equalsIgnoreCase(s);
    }

    /** "Path is not set", "Path is removed by AWS::NoValue" or "Path is 'value'", with the origin. */
    public String describe() {
      String what = description != null ? description : !missing() ? path + " is '" + text() + "'"
          : removed ? path + " is removed by AWS::NoValue" : path + " is not set";
      return what + candidate.originSuffix();
    }
  }

  private CfnFlags() {}

  /** Every value at {@code path} (dot-separated) under the resource's {@code Properties}. */
  public static List<Setting> at(CfnResource r, String path) {
    return atKeys(r, path.split("\\."));
  }

  /** Every value at the path of {@code keys}, for keys that contain dots ({@code rds.force_ssl}). */
  public static List<Setting> atKeys(CfnResource r, String... keys) {
    return settings(r, String.join(".", keys), CfnPaths.at(r, Arrays.copyOf(keys, keys.length - 1)),
        keys[keys.length - 1]);
  }

  /** Every value at {@code path} (dot-separated) under {@code start}, a mapping inside the resource. */
  public static List<Setting> under(CfnResource r, Node start, String path) {
    String[] keys = path.split("\\.");
    return settings(r, path, CfnPaths.under(r, start, Arrays.copyOf(keys, keys.length - 1)), keys[keys.length - 1]);
  }

  private static List<Setting> settings(CfnResource r, String path, List<CfnPaths.Value> parents, String last) {
    List<Setting> out = new ArrayList<>();
    for (CfnPaths.Value parent : parents) {
      Candidate pc = parent.candidate();
      if (!pc.known() || pc.absent() || !(pc.value() instanceof MappingNode m)) {
        if (pc.absent()) {
          out.add(new Setting(path, pc, anchor(r, parent.anchor()), false));
        }
        continue;
      }
      Node child = m.get(last);
      if (child == null) {
        out.add(new Setting(path, Candidate.noValue(pc.origin()),
            m == r.properties() ? r.typeAnchor() : anchor(r, parent.anchor()), false));
        continue;
      }
      TextRange key = m.entry(last).key().range();
      for (Candidate c : r.values(child)) {
        Node written = c.value() != null && inside(c.value().range(), child.range()) ? c.value() : child;
        boolean collection = written instanceof MappingNode || written instanceof SequenceNode;
        out.add(new Setting(path, c.within(pc.origin()), collection ? key : written.range(), c.absent()));
      }
    }
    return out;
  }

  /** The first value at {@code path} that is not a known true (missing counts); null when none. */
  public static Setting notTrue(CfnResource r, String path) {
    return first(r, path, s -> s.missing() || (s.known() && !s.isTrue()));
  }

  /** The first value at {@code path} that is a known false; missing and unknown values pass. */
  public static Setting isFalse(CfnResource r, String path) {
    return first(r, path, s -> s.known() && s.is("false"));
  }

  /**
   * The first value at {@code path} that is missing or a known blank string (an empty key id or
   * ARN means none); null when always set.
   */
  public static Setting unset(CfnResource r, String path) {
    return first(r, path, s -> s.missing() || (s.known() && s.text().isBlank()));
  }

  /** The first missing value at {@code path} ({@code AWS::NoValue} included); null when always set. */
  public static Setting missing(CfnResource r, String path) {
    return first(r, path, Setting::missing);
  }

  /**
   * The first value at {@code path} that is missing or a known list without an item equal to
   * {@code item} (ignoring case); null when every known list has it.
   */
  public static Setting lacking(CfnResource r, String path, String item) {
    for (Setting s : at(r, path)) {
      if (s.missing()) {
        return s;
      }
      if (s.candidate().known() && s.candidate().value() instanceof SequenceNode seq) {
        boolean has = seq.items().stream().anyMatch(i -> r.values(i).stream()
            .anyMatch(c -> !c.known() || (c.text() != null && c.text().trim().equalsIgnoreCase(item))));
        if (!has) {
          return s.describedAs(path + " does not include '" + item + "'");
        }
      }
    }
    return null;
  }

  /**
   * The value at {@code path}, described as {@code description}, when it is missing or a known
   * value (for a "something is wrong inside" finding); null when it is unknown.
   */
  public static Setting whole(CfnResource r, String path, String description) {
    Setting s = first(r, path, v -> v.missing() || v.candidate().known());
    return s == null ? null : s.describedAs(description);
  }

  /** The first value at {@code path} matching {@code test}, or null. */
  public static Setting first(CfnResource r, String path, Predicate<Setting> test) {
    return at(r, path).stream().filter(test).findFirst().orElse(null);
  }

  /** The mappings listed at {@code path} (dot-separated; every candidate list, every item candidate). */
  public static List<MappingNode> items(CfnResource r, String path) {
    return items(r, CfnPaths.at(r, path.split("\\.")));
  }

  /** The mappings listed at {@code path} under {@code start}, a mapping inside the resource. */
  public static List<MappingNode> itemsUnder(CfnResource r, Node start, String path) {
    return items(r, CfnPaths.under(r, start, path.split("\\.")));
  }

  private static List<MappingNode> items(CfnResource r, List<CfnPaths.Value> lists) {
    List<MappingNode> out = new ArrayList<>();
    for (CfnPaths.Value list : lists) {
      if (list.known() && list.candidate().value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate c : r.values(item)) {
            if (c.known() && c.value() instanceof MappingNode m) {
              out.add(m);
            }
          }
        }
      }
    }
    return out;
  }

  private static TextRange anchor(CfnResource r, Node node) {
    return node == null || !inside(node.range(), r.node().range()) ? r.typeAnchor() : node.range();
  }

  /** True when {@code inner} lies within {@code outer}. */
  public static boolean inside(TextRange inner, TextRange outer) {
    boolean startsAfter = inner.startLine() > outer.startLine()
        || (inner.startLine() == outer.startLine() && inner.startColumn() >= outer.startColumn());
    boolean endsBefore = inner.endLine() < outer.endLine()
        || (inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn());
    return startsAfter && endsBefore;
  }
}
