package dev.lintel.model.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a template value into its candidate values (RULES.md §2.2).
 *
 * <ul>
 *   <li>Literals are known; a string holding a dynamic reference ({@code {{resolve:...}}}) is
 *       unknown.
 *   <li>{@code Ref} to a parameter: its {@code AllowedValues}, else its {@code Default}, else
 *       unknown (list parameters: the {@code Default} split at commas; SSM parameter types are
 *       always unknown). Pseudo parameters: {@code AWS::Partition} and {@code AWS::URLSuffix}
 *       from {@link PseudoValues}, {@code AWS::Region}/{@code AWS::AccountId} when configured,
 *       {@code AWS::NoValue} absent, the rest unknown. {@code Ref} to a resource is unknown.
 *   <li>{@code Fn::If}: both branches, each tagged with its condition; when the condition is
 *       decidable from known candidates only the reachable branch is kept, and combinations
 *       that contradict the branch (a parameter value that makes the condition false inside its
 *       true branch) are dropped.
 *   <li>{@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 *       {@code Fn::FindInMap} (unknown top-level key: every row), {@code Fn::Base64}: computed;
 *       {@code Fn::Sub}/{@code Fn::Join} with unknown parts give a partial string.
 *   <li>Everything else ({@code Fn::GetAtt}, {@code Fn::ImportValue}, {@code Fn::GetAZs}, ...)
 *       is unknown.
 * </ul>
 *
 * <p>A value with more than {@code maxCombinations} candidates is one unknown, and the template
 * records the node ({@link CfnTemplate#evaluationLimits()}) so the engine reports it once.
 */
public final class Evaluator {

  /** Placeholder for an unresolved part of a partial string. */
  public static final String UNKNOWN_PART = "${?}";

  /** The pseudo parameters a {@code Ref} may name (case-sensitive). */
  public static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
      "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

  /** Configurable values of pseudo parameters; null means unknown. */
  public record PseudoValues(String partition, String region, String accountId) {
    public static final PseudoValues DEFAULT = new PseudoValues("aws", null, null);
  }

  private static final int MAX_NESTING = 32;
  private static final String DYNAMIC_REFERENCE = "{{resolve:";
  private static final Pattern DYNAMIC = Pattern.compile("\\{\\{resolve:.*?}}");

  /** Thrown inside one evaluation when it exceeds its combination or work budget. */
  private static final class TooManyCombinations extends RuntimeException {
    TooManyCombinations() {
      super(null, null, false, false);
    }
  }

  private final CfnTemplate template;
  private final int maxCombinations;
  private final int maxSteps;
  private final PseudoValues pseudo;
  private final Map<String, Boolean> decided = new HashMap<>();
  private int steps;

  Evaluator(CfnTemplate template, int maxCombinations, PseudoValues pseudo) {
    this.template = template;
    this.maxCombinations = Math.max(1, maxCombinations);
    this.maxSteps = this.maxCombinations * 4096;
    this.pseudo = pseudo == null ? PseudoValues.DEFAULT : pseudo;
  }

  /** An evaluator for values outside any template: literals only, intrinsics unknown. */
  public static Evaluator literal() {
    return new Evaluator(null, 64, PseudoValues.DEFAULT);
  }

  /** The possible values of {@code node}; never empty. */
  public synchronized List<Candidate> candidates(Node node) {
    steps = 0;
    try {
      return evaluate(node, 0, Map.of());
    } catch (TooManyCombinations e) {
      if (template != null) {
        template.recordLimit(node, maxCombinations);
      }
      return List.of(unknown());
    }
  }

  /**
   * The value of condition {@code name} whatever the parameters are, or null when it depends on
   * them, cannot be evaluated, or is not declared.
   */
  public synchronized Boolean condition(String name) {
    steps = 0;
    try {
      return condition(name, Map.of(), new HashSet<>());
    } catch (TooManyCombinations e) {
      return null;
    }
  }

  private List<Candidate> evaluate(Node node, int depth, Map<String, String> scope) {
    if (++steps > maxSteps) {
      throw new TooManyCombinations();
    }
    if (node instanceof ScalarNode s && s.value().contains(DYNAMIC_REFERENCE)) {
      return List.of(Candidate.unknown(DYNAMIC.matcher(s.value()).replaceAll(Matcher.quoteReplacement(UNKNOWN_PART)),
          null));
    }
    if (!(node instanceof IntrinsicNode fn)) {
      return List.of(Candidate.literal(node));
    }
    if (depth > MAX_NESTING) {
      return List.of(unknown());
    }
    List<Candidate> out = switch (fn.function()) {
      case "Ref" -> fn.argument().text() == null ? List.of(unknown()) : ref(fn.argument().text(), fn, scope);
      case "Fn::If" -> ifBranches(fn, depth, scope);
      case "Fn::Sub" -> sub(fn, depth, scope);
      case "Fn::Join" -> join(fn, depth, scope);
      case "Fn::Select" -> select(fn, depth, scope);
      case "Fn::Split" -> split(fn, depth, scope);
      case "Fn::FindInMap" -> findInMap(fn, depth, scope);
      case "Fn::Base64" -> base64(fn, depth, scope);
      default -> List.of(unknown());
    };
    return out.isEmpty() ? List.of(unknown()) : checked(out);
  }

  private List<Candidate> checked(List<Candidate> out) {
    if (out.size() > maxCombinations) {
      throw new TooManyCombinations();
    }
    return out;
  }

  private static Candidate unknown() {
    return Candidate.unknown(null, null);
  }

  private static Candidate known(String text) {
    return new Candidate(null, text, true, false, null);
  }

  // ---- Ref ----

  private List<Candidate> ref(String name, Node at, Map<String, String> scope) {
    switch (name) {
      case "AWS::NoValue":
        return List.of(Candidate.noValue(null));
      case "AWS::Partition":
        return List.of(pseudo.partition() == null ? Candidate.unknown("${" + name + "}", null)
            : known(pseudo.partition()));
      case "AWS::URLSuffix":
        return List.of(pseudo.partition() == null ? Candidate.unknown("${" + name + "}", null)
            : known(pseudo.partition().equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com"));
      case "AWS::Region":
        return List.of(pseudo.region() == null ? Candidate.unknown("${" + name + "}", null) : known(pseudo.region()));
      case "AWS::AccountId":
        return List.of(pseudo.accountId() == null ? Candidate.unknown("${" + name + "}", null)
            : known(pseudo.accountId()));
      default:
        break;
    }
    MappingNode param = template == null ? null : template.parameter(name);
    List<Candidate> values = param == null ? List.of() : parameterValues(name, param, at.range());
    String bound = scope.get(name);
    if (bound != null) {
      values = values.stream().filter(c -> bound.equals(c.bindings().get(name))).toList();
    }
    return values.isEmpty() ? List.of(Candidate.unknown("${" + name + "}", null)) : values;
  }

  private static List<Candidate> parameterValues(String name, MappingNode param, TextRange at) {
    String type = param.string("Type");
    if (type != null && type.startsWith("AWS::SSM::Parameter::Value")) {
      return List.of();
    }
    Node dflt = param.get("Default");
    if (type != null && (type.equals("CommaDelimitedList") || type.startsWith("List<"))) {
      if (dflt instanceof ScalarNode s) {
        List<Node> items = new ArrayList<>();
        for (String part : s.value().split(",", -1)) {
          items.add(new ScalarNode(part.trim(), ScalarNode.Type.STRING, at));
        }
        return List.of(new Candidate(new SequenceNode(items, at), null, true, false,
            "with parameter " + name + " at its default '" + s.value() + "'", Map.of(name, s.value())));
      }
      return dflt instanceof SequenceNode seq ? List.of(new Candidate(seq, null, true, false,
          "with parameter " + name + " at its default", Map.of(name, "[default]"))) : List.of();
    }
    List<Candidate> out = new ArrayList<>();
    Node allowed = param.get("AllowedValues");
    if (allowed instanceof SequenceNode seq) {
      for (Node v : seq.items()) {
        if (v instanceof ScalarNode s) {
          out.add(new Candidate(s, s.value(), true, false, "when parameter " + name + " is '" + s.value() + "'",
              Map.of(name, s.value())));
        }
      }
    } else if (dflt instanceof ScalarNode s) {
      out.add(new Candidate(s, s.value(), true, false, "with parameter " + name + " at its default '" + s.value()
          + "'", Map.of(name, s.value())));
    }
    return out;
  }

  // ---- Fn::If and conditions ----

  private List<Candidate> ifBranches(IntrinsicNode fn, int depth, Map<String, String> scope) {
    SequenceNode seq = fn.argument().asSequence();
    String name = seq == null || seq.items().size() != 3 ? null : seq.items().get(0).text();
    if (name == null) {
      return List.of(unknown());
    }
    String key = "?" + name;
    Boolean decision = scope.containsKey(key) ? Boolean.valueOf(scope.get(key))
        : condition(name, scope, new HashSet<>());
    List<Candidate> out = new ArrayList<>();
    for (boolean branch : new boolean[] {true, false}) {
      if (decision != null && decision != branch) {
        continue;
      }
      Map<String, String> tag = Map.of(key, String.valueOf(branch));
      Candidate tagged = new Candidate(null, null, true, false,
          "when condition " + name + " is " + branch, tag);
      Map<String, String> inner = Candidate.mergeBindings(scope, tag);
      for (Candidate c : evaluate(seq.items().get(branch ? 1 : 2), depth + 1, inner)) {
        Candidate cc = c.within(tagged);
        if (cc == null) {
          continue;
        }
        if (decision == null && !c.bindings().isEmpty()) {
          Map<String, String> without = new HashMap<>(cc.bindings());
          without.remove(key);
          Boolean holds = condition(name, without, new HashSet<>());
          if (holds != null && holds != branch) {
            continue;
          }
        }
        out.add(cc);
      }
    }
    return out;
  }

  private Boolean condition(String name, Map<String, String> scope, Set<String> inProgress) {
    String key = "?" + name;
    if (scope.containsKey(key)) {
      return Boolean.valueOf(scope.get(key));
    }
    if (scope.isEmpty() && decided.containsKey(name)) {
      return decided.get(name);
    }
    if (!inProgress.add(name)) {
      return null;
    }
    Boolean value;
    try {
      MappingNode conditions = template == null ? null : template.root().mapping("Conditions");
      Node expr = conditions == null ? null : conditions.get(name);
      value = expr == null ? null : conditionValue(expr, scope, inProgress);
    } finally {
      inProgress.remove(name);
    }
    if (scope.isEmpty() && inProgress.isEmpty()) {
      decided.put(name, value);
    }
    return value;
  }

  private Boolean conditionValue(Node node, Map<String, String> scope, Set<String> inProgress) {
    if (node instanceof MappingNode m && m.entries().size() == 1 && m.string("Condition") != null) {
      return condition(m.string("Condition"), scope, inProgress);
    }
    if (!(node instanceof IntrinsicNode fn)) {
      return null;
    }
    if (fn.function().equals("Condition")) {
      return fn.argument().text() == null ? null : condition(fn.argument().text(), scope, inProgress);
    }
    SequenceNode args = fn.argument().asSequence();
    if (args == null) {
      return null;
    }
    switch (fn.function()) {
      case "Fn::Equals":
        return args.items().size() == 2 ? equalsValue(args.items().get(0), args.items().get(1), scope) : null;
      case "Fn::Not": {
        Boolean v = args.items().size() == 1 ? conditionValue(args.items().get(0), scope, inProgress) : null;
        return v == null ? null : !v;
      }
      case "Fn::And":
      case "Fn::Or": {
        boolean and = fn.function().equals("Fn::And");
        boolean undecided = false;
        for (Node item : args.items()) {
          Boolean v = conditionValue(item, scope, inProgress);
          if (v == null) {
            undecided = true;
          } else if (v != and) {
            return !and;
          }
        }
        return undecided || args.items().isEmpty() ? null : and;
      }
      default:
        return null;
    }
  }

  private Boolean equalsValue(Node a, Node b, Map<String, String> scope) {
    boolean anyEqual = false;
    boolean anyDifferent = false;
    for (Candidate x : evaluate(a, 1, scope)) {
      for (Candidate y : evaluate(b, 1, scope)) {
        if (y.within(x) == null) {
          continue;
        }
        if (!x.known() || !y.known() || x.absent() || y.absent() || x.text() == null || y.text() == null) {
          return null;
        }
        if (x.text().equals(y.text())) {
          anyEqual = true;
        } else {
          anyDifferent = true;
        }
      }
    }
    return anyEqual == anyDifferent ? null : anyEqual;
  }

  // ---- strings ----

  private List<Candidate> sub(IntrinsicNode fn, int depth, Map<String, String> scope) {
    Node arg = fn.argument();
    Node text = arg;
    MappingNode variables = null;
    if (arg instanceof SequenceNode seq) {
      if (seq.items().isEmpty() || seq.items().size() > 2) {
        return List.of(unknown());
      }
      text = seq.items().get(0);
      variables = seq.items().size() > 1 ? seq.items().get(1).asMapping() : null;
    }
    if (text.text() == null) {
      return List.of(unknown());
    }
    List<List<Candidate>> parts = new ArrayList<>();
    for (SubString.Part p : SubString.parse(text.text())) {
      if (!p.variable()) {
        parts.add(List.of(known(p.text())));
      } else if (variables != null && variables.has(p.text())) {
        parts.add(evaluate(variables.get(p.text()), depth + 1, scope));
      } else if (p.text().contains(".")) {
        parts.add(List.of(Candidate.unknown("${" + p.text() + "}", null)));
      } else {
        parts.add(ref(p.text(), fn, scope));
      }
    }
    return concat(parts, "", false);
  }

  private List<Candidate> join(IntrinsicNode fn, int depth, Map<String, String> scope) {
    SequenceNode seq = fn.argument().asSequence();
    if (seq == null || seq.items().size() != 2) {
      return List.of(unknown());
    }
    String delimiter = single(evaluate(seq.items().get(0), depth + 1, scope));
    if (delimiter == null) {
      return List.of(unknown());
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate list : evaluate(seq.items().get(1), depth + 1, scope)) {
      if (!(list.value() instanceof SequenceNode items)) {
        out.add(Candidate.unknown(UNKNOWN_PART, list.origin()));
        continue;
      }
      List<List<Candidate>> parts = new ArrayList<>();
      for (Node item : items.items()) {
        parts.add(evaluate(item, depth + 1, scope));
      }
      for (Candidate c : concat(parts, delimiter, true)) {
        Candidate cc = c.within(list);
        if (cc != null) {
          out.add(cc);
        }
      }
    }
    return checked(out);
  }

  /**
   * Every consistent combination of one candidate per part, concatenated with {@code separator}.
   * With {@code skipAbsent} an {@code AWS::NoValue} part is left out (a list item); otherwise it
   * is an unknown part.
   */
  private List<Candidate> concat(List<List<Candidate>> parts, String separator, boolean skipAbsent) {
    record Acc(Candidate c, boolean started) {}
    List<Acc> acc = List.of(new Acc(known(""), false));
    for (List<Candidate> part : parts) {
      List<Acc> next = new ArrayList<>();
      for (Acc a : acc) {
        for (Candidate p : part) {
          Candidate merged = p.within(a.c());
          if (merged == null) {
            continue;
          }
          if (p.absent() && skipAbsent) {
            next.add(new Acc(a.c().within(merged), a.started()));
            continue;
          }
          boolean isString = p.known() && !p.absent() && p.text() != null && p.value() == null
              || p.value() instanceof ScalarNode;
          String piece = isString ? p.text() : p.text() != null && !p.known() ? p.text() : UNKNOWN_PART;
          String text = a.c().text() + (a.started() ? separator : "") + piece;
          next.add(new Acc(new Candidate(null, text, a.c().known() && isString, false, merged.origin(),
              merged.bindings()), true));
        }
      }
      if (next.size() > maxCombinations) {
        throw new TooManyCombinations();
      }
      acc = next;
    }
    List<Candidate> out = new ArrayList<>();
    for (Acc a : acc) {
      out.add(a.c().known() ? a.c() : Candidate.unknown(a.c().text(), a.c().origin()).within(a.c()));
    }
    return out;
  }

  /** The text of a single known scalar candidate, else null. */
  private static String single(List<Candidate> values) {
    return values.size() == 1 && values.get(0).known() && !values.get(0).absent() ? values.get(0).text() : null;
  }

  private List<Candidate> base64(IntrinsicNode fn, int depth, Map<String, String> scope) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : evaluate(fn.argument(), depth + 1, scope)) {
      boolean string = c.known() && !c.absent() && c.text() != null;
      out.add(string ? new Candidate(null, Base64.getEncoder().encodeToString(c.text().getBytes(StandardCharsets.UTF_8)),
          true, false, c.origin(), c.bindings()) : Candidate.unknown(null, null).within(c));
    }
    return out;
  }

  // ---- lists and maps ----

  private List<Candidate> select(IntrinsicNode fn, int depth, Map<String, String> scope) {
    SequenceNode seq = fn.argument().asSequence();
    if (seq == null || seq.items().size() != 2) {
      return List.of(unknown());
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate list : evaluate(seq.items().get(1), depth + 1, scope)) {
      for (Candidate index : evaluate(seq.items().get(0), depth + 1, scope)) {
        Candidate both = index.within(list);
        if (both == null) {
          continue;
        }
        Integer i = index.known() && index.text() != null && index.text().trim().matches("\\d{1,9}")
            ? Integer.valueOf(index.text().trim()) : null;
        if (list.value() instanceof SequenceNode items && i != null && i < items.items().size()) {
          for (Candidate c : evaluate(items.items().get(i), depth + 1, scope)) {
            Candidate cc = c.within(both);
            if (cc != null) {
              out.add(cc);
            }
          }
        } else {
          out.add(Candidate.unknown(null, null).within(both));
        }
      }
    }
    return checked(out);
  }

  private List<Candidate> split(IntrinsicNode fn, int depth, Map<String, String> scope) {
    SequenceNode seq = fn.argument().asSequence();
    String delimiter = seq == null || seq.items().size() != 2 ? null
        : single(evaluate(seq.items().get(0), depth + 1, scope));
    if (delimiter == null || delimiter.isEmpty()) {
      return List.of(unknown());
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : evaluate(seq.items().get(1), depth + 1, scope)) {
      if (c.known() && !c.absent() && c.text() != null) {
        List<Node> items = new ArrayList<>();
        for (String part : c.text().split(Pattern.quote(delimiter), -1)) {
          items.add(new ScalarNode(part, ScalarNode.Type.STRING, fn.range()));
        }
        out.add(new Candidate(new SequenceNode(items, fn.range()), null, true, false, c.origin(), c.bindings()));
      } else {
        out.add(Candidate.unknown(null, null).within(c));
      }
    }
    return out;
  }

  private List<Candidate> findInMap(IntrinsicNode fn, int depth, Map<String, String> scope) {
    SequenceNode seq = fn.argument().asSequence();
    MappingNode mappings = template == null ? null : template.root().mapping("Mappings");
    if (seq == null || seq.items().size() < 3 || seq.items().size() > 4 || mappings == null) {
      return List.of(unknown());
    }
    Node fallback = seq.items().size() == 4 && seq.items().get(3) instanceof MappingNode m
        ? m.get("DefaultValue") : null;
    List<Candidate> out = new ArrayList<>();
    for (Candidate mapName : evaluate(seq.items().get(0), depth + 1, scope)) {
      MappingNode map = mapName.known() && mapName.text() != null ? mappings.mapping(mapName.text()) : null;
      if (map == null) {
        out.add(Candidate.unknown(null, null).within(mapName));
        continue;
      }
      for (Candidate top : evaluate(seq.items().get(1), depth + 1, scope)) {
        for (Candidate second : evaluate(seq.items().get(2), depth + 1, scope)) {
          Candidate keys = second.within(top.within(mapName));
          if (keys == null) {
            continue;
          }
          if (!second.known() || second.text() == null) {
            out.add(Candidate.unknown(null, null).within(keys));
          } else if (top.known() && top.text() != null) {
            MappingNode row = map.mapping(top.text());
            Node value = row == null ? null : row.get(second.text());
            lookup(value != null ? value : fallback, keys, depth, scope, out);
          } else {
            boolean any = false;
            for (MappingNode.Entry row : map.entries()) {
              Node value = row.value() instanceof MappingNode m ? m.get(second.text()) : null;
              if (value != null) {
                any = true;
                lookup(value, keys.within("for " + mapName.text() + " key '" + row.name() + "'"), depth, scope, out);
              }
            }
            if (!any) {
              lookup(fallback, keys, depth, scope, out);
            }
          }
          if (out.size() > maxCombinations) {
            throw new TooManyCombinations();
          }
        }
      }
    }
    return out;
  }

  private void lookup(Node value, Candidate keys, int depth, Map<String, String> scope, List<Candidate> out) {
    if (value == null) {
      out.add(Candidate.unknown(null, null).within(keys));
      return;
    }
    for (Candidate c : evaluate(value, depth + 1, scope)) {
      Candidate cc = c.within(keys);
      if (cc != null) {
        out.add(cc);
      }
    }
  }
}
