package dev.lintel.rules.s3;

import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.rules.iam.PublicAccess;

/**
 * Tests on bucket-policy statements shared by the TLS and encryption rules. Unknown (unresolved)
 * actions and resources count as covering, so a statement is never judged on a value Lintel
 * cannot see.
 */
final class S3PolicyStatements {

  private S3PolicyStatements() {}

  /** A Deny for everyone whose actions include {@code s3:PutObject}. */
  static boolean publicDenyOfPutObject(Statement st) {
    return st.isDeny() && PublicAccess.isPublicPrincipal(st)
        && st.actions().stream().anyMatch(a -> !a.known() || Statement.actionMatches(a.text(), "s3:PutObject"));
  }

  /** True when an action value is {@code *} or {@code s3:*} (or unknown). */
  static boolean allS3Actions(PolicyValue a) {
    return !a.known() || a.is("*") || a.text().equalsIgnoreCase("s3:*");
  }

  /** True when a Resource value covers every object of a bucket ({@code …:bucket/*} or {@code *}). */
  static boolean coversObjects(PolicyValue r) {
    if (r.text() == null) {
      return !r.known();
    }
    String part = resourcePart(r.text());
    int slash = part.indexOf('/');
    return part.equals("*") || (slash < 0 && part.endsWith("*")) || (slash == part.length() - 2 && part.endsWith("/*"));
  }

  /** True when a Resource value covers the bucket itself ({@code …:bucket} or {@code *}). */
  static boolean coversBucket(PolicyValue r) {
    return r.text() == null ? !r.known() : resourcePart(r.text()).indexOf('/') < 0;
  }

  private static String resourcePart(String arn) {
    int i = arn.indexOf(":::");
    return i >= 0 ? arn.substring(i + 3) : arn;
  }
}
