package dev.lintel.parse.cfn;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.Token;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.Evaluator;
import java.util.ArrayList;
import java.util.List;

/**
 * The known string values a template node can take, as tokens placed where the user wrote them
 * (the list item or the intrinsic that produced them). Unknown values are left out.
 */
public final class TemplateStrings {

  private TemplateStrings() {}

  public static List<Token> of(Evaluator evaluator, Node node) {
    List<Token> out = new ArrayList<>();
    for (Candidate c : evaluator.candidates(node)) {
      if (c.value() instanceof SequenceNode seq) {
        for (Node item : seq.items()) {
          for (Candidate ic : evaluator.candidates(item)) {
            add(out, ic, item);
          }
        }
      } else {
        add(out, c, node);
      }
    }
    return out;
  }

  private static void add(List<Token> out, Candidate c, Node written) {
    if (!c.known() || c.absent() || c.text() == null) {
      return;
    }
    Node anchor = written instanceof IntrinsicNode || c.value() == null ? written : c.value();
    if (anchor != written && !(written instanceof IntrinsicNode)) {
      anchor = written;
    }
    out.add(new Token(c.text(), anchor.range()));
  }
}
