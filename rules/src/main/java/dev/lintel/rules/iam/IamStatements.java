package dev.lintel.rules.iam;

import java.util.regex.Pattern;
import dev.lintel.model.MappingNode;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.cfn.LambdaPermissionStatements;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Action and resource tests on statements that need no catalogue (RULES.md §2.5): whether a
 * statement names a concrete action, and whether it applies to every resource. Unknown
 * (unresolved) values never grant, and may always exclude.
 */
public final class IamStatements {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");

  private IamStatements() {}

  /**
   * What makes {@code st} cover {@code action}: the first Action value matching it (IAM
   * wildcards, case-insensitive), or, for a NotAction statement whose known entries all miss
   * it, the {@code NotAction} key; null when the statement does not cover the action.
   */
  public static PolicyValue granting(Statement st, String action) {
    for (PolicyValue a : st.actions()) {
      if (a.known() && Statement.actionMatches(a.text(), action)) {
        return a;
      }
    }
    MappingNode.Entry not = st.node().entry("NotAction");
    if (not == null || st.has("Action")) {
      return null;
    }
    for (PolicyValue a : st.notActions()) {
      if (!a.known() || Statement.actionMatches(a.text(), action)) {
        return null;
      }
    }
    return new PolicyValue(not.key(), "NotAction", true, null);
  }

  /** True when the Resource list holds {@code *} or an effectively-{@code *} ARN. */
  public static boolean onAllResources(Statement st) {
    return allResourcesValue(st) != null;
  }

  /** The Resource value that is {@code *} or effectively {@code *}, or null. */
  public static PolicyValue allResourcesValue(Statement st) {
    for (PolicyValue r : st.resources()) {
      String shape = shape(r);
      if (shape != null && effectivelyAll(shape)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The text of a value for shape tests: a known value as is, a partial one (a template
   * {@code Fn::Sub} with unresolved parts) with each unresolved part as {@code #}, which is never
   * a wildcard, so an unknown account or name never looks like {@code *}; null when nothing is known.
   */
  public static String shape(PolicyValue v) {
    if (v.known() || v.text() == null) {
      return v.known() ? v.text() : null;
    }
    return VARIABLE.matcher(v.text()).replaceAll("#");
  }

  /**
   * {@code *}, or an ARN whose region, account and resource id are empty or only wildcards,
   * such as {@code arn:aws:s3:::*} or {@code arn:*:cloudtrail:*:*:trail/*}. A leading
   * resource-type word ({@code trail/}) is skipped, except in S3 ARNs, which start with the
   * bucket name.
   */
  public static boolean effectivelyAll(String resource) {
    if (resource.equals("*")) {
      return true;
    }
    String[] p = resource.split(":", 6);
    if (p.length < 6 || !p[0].equals("arn") || !wild(p[3]) || !wild(p[4])) {
      return false;
    }
    String id = p[2].equals("s3") ? p[5] : p[5].replaceFirst("^[A-Za-z0-9-]+[/:](?=.)", "");
    return !id.isEmpty() && id.chars().allMatch(c -> c == '*' || c == '?' || c == '/');
  }

  private static boolean wild(String field) {
    return field.chars().allMatch(c -> c == '*' || c == '?');
  }

  /** True when an unconditional Deny of the document covers {@code action} on {@code *}. */
  public static boolean deniedEverywhere(List<Statement> statements, String action) {
    for (Statement st : statements) {
      if (st.isDeny() && !st.has("Condition") && st.resources().stream().anyMatch(r -> r.is("*"))
          && granting(st, action) != null) {
        return true;
      }
    }
    return false;
  }

  /** {@code 'Sid'} or {@code #n} (1-based), for messages. */
  public static String name(Statement st) {
    return st.sid() != null ? "'" + st.sid() + "'" : "#" + (st.index() + 1);
  }

  /** "Statement 'Sid'", "Statement #n", or "Permission X" for a synthetic Lambda permission statement. */
  public static String subject(Statement st) {
    return LambdaPermissionStatements.isSynthetic(st.policy()) ? "Permission " + st.policy().owner().logicalId()
        : "Statement " + name(st);
  }

  /** Up to {@code max} values, quoted and comma-separated, with "and N more". */
  public static String list(List<String> values, int max) {
    String shown = values.stream().limit(max).map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    return values.size() > max ? shown + " and " + (values.size() - max) + " more" : shown;
  }

  /** The texts of the known values. */
  public static List<String> texts(List<PolicyValue> values) {
    return values.stream().filter(PolicyValue::known).map(PolicyValue::text).toList();
  }

  /** True for an identity policy. */
  public static boolean identity(Policy p) {
    return p.kind() == PolicyKind.IDENTITY;
  }
}
