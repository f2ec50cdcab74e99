package dev.lintel.model.policy;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.Evaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy document, wherever it was written: a standalone JSON file or a place inside a
 * template (RULES.md §2.5). One view serves every carrier, so one rule covers them all.
 *
 * @param service the service whose resource policy this is ({@code s3}, {@code sqs}, ...), or
 *     null for identity and trust policies and unknown services
 * @param owner the template resource holding the policy, or null for a standalone file
 * @param logicalPath where in the template the document sits, e.g.
 *     {@code Resources.BucketPolicy.Properties.PolicyDocument}; null for a standalone file
 */
public record Policy(MappingNode document, PolicyKind kind, String service, CfnResource owner,
    String logicalPath, Evaluator evaluator) {

  /** The view of a standalone policy file, classified by its content. */
  public static Policy standalone(MappingNode document) {
    PolicyKind kind = classify(document);
    return new Policy(document, kind, kind == PolicyKind.RESOURCE ? serviceOf(document) : null,
        null, null, Evaluator.literal());
  }

  /** True when {@code root} is a policy document: a mapping with a {@code Statement} key. */
  public static boolean looksLikePolicy(Node root) {
    MappingNode m = root == null ? null : root.asMapping();
    return m != null && m.has("Statement");
  }

  public List<Statement> statements() {
    Node s = document.get("Statement");
    List<Statement> out = new ArrayList<>();
    if (s instanceof MappingNode m) {
      out.add(new Statement(this, m, 0));
    } else if (s instanceof SequenceNode seq) {
      int i = 0;
      for (Node item : seq.items()) {
        if (item instanceof MappingNode m) {
          out.add(new Statement(this, m, i));
        }
        i++;
      }
    }
    return out;
  }

  /** The {@code Statement} key, or the document when it has none: the policy-level anchor. */
  public TextRange anchor() {
    MappingNode.Entry e = document.entry("Statement");
    return e != null ? e.key().range() : document.range();
  }

  public boolean isS3() {
    return "s3".equals(service);
  }

  private static PolicyKind classify(MappingNode document) {
    boolean hasPrincipal = false;
    boolean anyAllowAction = false;
    boolean allTrustActions = true;
    Policy probe = new Policy(document, PolicyKind.IDENTITY, null, null, null, Evaluator.literal());
    for (Statement st : probe.statements()) {
      if (st.has("Principal") || st.has("NotPrincipal")) {
        hasPrincipal = true;
      }
      if (!"Deny".equals(st.effect())) {
        for (PolicyValue a : st.actions()) {
          anyAllowAction = true;
          String t = a.text() == null ? "" : a.text().toLowerCase(Locale.ROOT);
          if (!(t.startsWith("sts:assumerole") || t.equals("sts:tagsession")
              || t.equals("sts:setsourceidentity") || t.equals("sts:setcontext"))) {
            allTrustActions = false;
          }
        }
      }
    }
    if (!hasPrincipal) {
      return PolicyKind.IDENTITY;
    }
    return anyAllowAction && allTrustActions ? PolicyKind.TRUST : PolicyKind.RESOURCE;
  }

  /** The service of the resource ARNs (e.g. {@code s3}), or null when they disagree or none. */
  private static String serviceOf(MappingNode document) {
    String service = null;
    Policy probe = new Policy(document, PolicyKind.RESOURCE, null, null, null, Evaluator.literal());
    for (Statement st : probe.statements()) {
      for (PolicyValue r : st.resources()) {
        String[] parts = r.text() == null ? new String[0] : r.text().split(":", 4);
        if (parts.length >= 3 && parts[0].equals("arn")) {
          if (service != null && !service.equals(parts[2])) {
            return null;
          }
          service = parts[2];
        }
      }
    }
    return service;
  }
}
