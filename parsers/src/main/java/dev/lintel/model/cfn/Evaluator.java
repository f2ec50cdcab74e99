package dev.lintel.model.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a template value into its candidate values (RULES.md §2.2): literals, {@code Ref} to
 * parameters (AllowedValues, else Default) and pseudo parameters, both branches of
 * {@code Fn::If}, and {@code Fn::Sub}/{@code Fn::Join} over single known inputs. Everything else
 * is unknown. Never returns more than {@code maxCombinations} candidates: past that the value
 * is one unknown.
 */
public final class Evaluator {

  /** Placeholder for an unresolved part of a partial string. */
  public static final String UNKNOWN_PART = "${?}";

  private static final int MAX_NESTING = 32;

  private final CfnTemplate template;
  private final int maxCombinations;

  Evaluator(CfnTemplate template, int maxCombinations) {
    this.template = template;
    this.maxCombinations = Math.max(1, maxCombinations);
  }

  /** An evaluator for values outside any template: literals only, intrinsics unknown. */
  public static Evaluator literal() {
    return new Evaluator(null, 64);
  }

  /** The possible values of {@code node}; never empty. */
  public List<Candidate> candidates(Node node) {
    List<Candidate> out = evaluate(node, 0);
    return out.size() > maxCombinations ? List.of(Candidate.unknown(null, null)) : out;
  }

  private List<Candidate> evaluate(Node node, int depth) {
    if (!(node instanceof IntrinsicNode fn)) {
      return List.of(Candidate.literal(node));
    }
    if (depth > MAX_NESTING) {
      return List.of(Candidate.unknown(null, null));
    }
    return switch (fn.function()) {
      case "Ref" -> ref(fn.argument());
      case "Fn::If" -> ifBranches(fn.argument(), depth);
      case "Fn::Sub" -> sub(fn.argument());
      case "Fn::Join" -> join(fn.argument(), depth);
      default -> List.of(Candidate.unknown(null, null));
    };
  }

  private List<Candidate> ref(Node arg) {
    String name = arg.text();
    if (name == null) {
      return List.of(Candidate.unknown(null, null));
    }
    switch (name) {
      case "AWS::NoValue":
        return List.of(Candidate.noValue(null));
      case "AWS::Partition":
        return List.of(new Candidate(null, "aws", true, false, null));
      case "AWS::URLSuffix":
        return List.of(new Candidate(null, "amazonaws.com", true, false, null));
      default:
        break;
    }
    MappingNode param = template == null ? null : template.parameter(name);
    if (param == null) {
      return List.of(Candidate.unknown("${" + name + "}", null));
    }
    SequenceNode allowed = param.get("AllowedValues") == null ? null : param.get("AllowedValues").asSequence();
    List<Candidate> out = new ArrayList<>();
    if (allowed != null) {
      for (Node v : allowed.items()) {
        if (v instanceof ScalarNode s) {
          out.add(new Candidate(s, s.value(), true, false,
              "when parameter " + name + " is '" + s.value() + "'"));
        }
      }
    } else if (param.get("Default") instanceof ScalarNode s) {
      out.add(new Candidate(s, s.value(), true, false,
          "with parameter " + name + " at its default '" + s.value() + "'"));
    }
    return out.isEmpty() ? List.of(Candidate.unknown("${" + name + "}", null)) : out;
  }

  private List<Candidate> ifBranches(Node arg, int depth) {
    SequenceNode seq = arg.asSequence();
    if (seq == null || seq.items().size() != 3) {
      return List.of(Candidate.unknown(null, null));
    }
    String condition = seq.items().get(0).text();
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : evaluate(seq.items().get(1), depth + 1)) {
      out.add(c.within("when condition " + condition + " is true"));
    }
    for (Candidate c : evaluate(seq.items().get(2), depth + 1)) {
      out.add(c.within("when condition " + condition + " is false"));
    }
    return out;
  }

  private List<Candidate> sub(Node arg) {
    Node templateText = arg;
    MappingNode variables = null;
    if (arg instanceof SequenceNode seq && !seq.items().isEmpty()) {
      templateText = seq.items().get(0);
      variables = seq.items().size() > 1 ? seq.items().get(1).asMapping() : null;
    }
    String text = templateText.text();
    if (text == null) {
      return List.of(Candidate.unknown(null, null));
    }
    StringBuilder sb = new StringBuilder();
    boolean known = true;
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      int end = start < 0 ? -1 : text.indexOf('}', start);
      if (start < 0 || end < 0) {
        sb.append(text, i, text.length());
        break;
      }
      sb.append(text, i, start);
      String name = text.substring(start + 2, end);
      if (name.startsWith("!")) {
        sb.append("${").append(name.substring(1)).append('}');
      } else {
        String value = singleKnownText(name, variables);
        if (value == null) {
          known = false;
          sb.append("${").append(name).append('}');
        } else {
          sb.append(value);
        }
      }
      i = end + 1;
    }
    return List.of(known
        ? new Candidate(null, sb.toString(), true, false, null)
        : Candidate.unknown(sb.toString(), null));
  }

  private String singleKnownText(String name, MappingNode variables) {
    Node source;
    if (variables != null && variables.has(name)) {
      source = variables.get(name);
    } else if (name.contains(".")) {
      return null;
    } else {
      source = new IntrinsicNode("Ref", new ScalarNode(name, ScalarNode.Type.STRING, dev.lintel.model.TextRange.fileStart()),
          dev.lintel.model.TextRange.fileStart());
    }
    List<Candidate> values = evaluate(source, MAX_NESTING);
    return values.size() == 1 && values.get(0).known() ? values.get(0).text() : null;
  }

  private List<Candidate> join(Node arg, int depth) {
    SequenceNode seq = arg.asSequence();
    if (seq == null || seq.items().size() != 2 || seq.items().get(0).text() == null
        || !(seq.items().get(1) instanceof SequenceNode parts)) {
      return List.of(Candidate.unknown(null, null));
    }
    String delimiter = seq.items().get(0).text();
    StringBuilder sb = new StringBuilder();
    boolean known = true;
    for (int i = 0; i < parts.items().size(); i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      List<Candidate> part = evaluate(parts.items().get(i), depth + 1);
      if (part.size() == 1 && part.get(0).known() && part.get(0).text() != null) {
        sb.append(part.get(0).text());
      } else {
        known = false;
        sb.append(part.size() == 1 && part.get(0).text() != null ? part.get(0).text() : UNKNOWN_PART);
      }
    }
    return List.of(known
        ? new Candidate(null, sb.toString(), true, false, null)
        : Candidate.unknown(sb.toString(), null));
  }
}
