package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Node;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports an S3 bucket-level permission (IAM-S3PE: {@code PutBucketPolicy}, {@code PutBucketAcl},
 * {@code PutLifecycleConfiguration}) allowed on a resource whose paired object permissions the same
 * document withholds: the holder can grant them to itself.
 */
@RuleMeta(id = "IAM_RESOURCE_POLICY_PRIVILEGE_ESCALATION",
    title = "Bucket-level permission can be used to grant withheld object permissions", severity = Severity.WARNING,
    category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"security"},
    aliases = {"RESOURCE_POLICY_PRIVILEGE_ESCALATION"},
    helpUri = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-policy-language-overview.html")
public final class IamResourcePolicyPrivilegeEscalationRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.policy((ctx, p) -> {
      if (p.kind() == PolicyKind.TRUST) {
        return;
      }
      List<Statement> statements = p.statements();
      Map<Node, List<String>> findings = new LinkedHashMap<>();
      Map<Node, PolicyValue> grants = new LinkedHashMap<>();
      for (Statement st : statements) {
        if (!st.isAllow()) {
          continue;
        }
        IamActionSets.S3_BUCKET_TO_OBJECT.forEach((bucketAction, objectActions) -> {
          PolicyValue g = IamStatements.granting(st, bucketAction);
          if (g == null) {
            return;
          }
          for (PolicyValue r : st.resources()) {
            if (!r.known() || covered(statements, bucketAction, r.text(), true)) {
              continue;
            }
            List<String> withheld = objectActions.stream()
                .filter(o -> !covered(statements, o, r.text(), false)).toList();
            if (!withheld.isEmpty()) {
              grants.putIfAbsent(g.anchor(), g);
              findings.computeIfAbsent(g.anchor(), k -> new ArrayList<>()).add(bucketAction + " on '" + r.text()
                  + "', which can grant the withheld " + String.join(", ", withheld));
            }
          }
        });
      }
      findings.forEach((anchor, what) -> ctx.report(anchor, "'" + grants.get(anchor).text() + "' allows "
          + String.join("; ", what) + grants.get(anchor).originSuffix()));
    });
  }

  /**
   * True when a statement of the document covers {@code action} on {@code resource} (or its
   * objects): an unconditional Deny when {@code deny}, else an Allow.
   */
  private static boolean covered(List<Statement> statements, String action, String resource, boolean deny) {
    for (Statement st : statements) {
      boolean fits = deny ? st.isDeny() && !st.has("Condition") : st.isAllow();
      if (!fits || IamStatements.granting(st, action) == null) {
        continue;
      }
      for (PolicyValue pattern : st.resources()) {
        if (!pattern.known() || Statement.wildcardMatches(pattern.text(), resource)
            || (!deny && Statement.wildcardMatches(pattern.text(), resource + "/*"))) {
          return true;
        }
      }
    }
    return false;
  }
}
