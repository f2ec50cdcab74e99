package dev.lintel.rules.iam;

import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.rules.s3.S3ActionClasses;
import dev.lintel.rules.s3.S3ActionClasses.ActionClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Access classes (RULES.md §2.5: read, write, permissions management) of the actions a statement
 * allows, until the IAM catalogue's access levels replace this. S3 actions use
 * {@link S3ActionClasses}; other services are classified by the verb their name starts with:
 * policy, permission, grant and ACL changes are permissions management; {@code List},
 * {@code Get}, {@code Describe}, {@code Head}, {@code BatchGet}, {@code Query}, {@code Scan},
 * {@code Search}, {@code Lookup}, {@code Select}, {@code Receive} and {@code Read} are read;
 * the rest is write. A wildcard pattern takes the classes of the sample verbs it matches and of
 * its literal start.
 */
public final class ActionClasses {

  private static final Pattern PERMISSIONS = Pattern.compile(
      "(put|delete|set|attach|detach|create|update|add|remove)\\w*(policy|permission|acl)\\w*|(create|revoke|retire)grant");

  private static final List<String> READ_VERBS = List.of(
      "list", "get", "describe", "head", "batchget", "query", "scan", "search", "lookup", "select", "receive", "read");

  private static final List<String> SAMPLES = List.of(
      "ListItems", "GetItem", "DescribeItem", "ReceiveMessage", "PutItem", "DeleteItem", "CreateItem", "UpdateItem",
      "SendMessage", "Publish", "InvokeFunction", "Decrypt", "Encrypt", "PutPolicy", "SetPolicy", "AddPermission",
      "RemovePermission", "CreateGrant", "PutKeyPolicy", "SetTopicAttributes", "SetRepositoryPolicy");

  private ActionClasses() {}

  /** The classes a statement allows; every class for NotAction or when nothing is known. */
  public static EnumSet<ActionClass> of(Statement st) {
    if (st.has("NotAction")) {
      return EnumSet.allOf(ActionClass.class);
    }
    EnumSet<ActionClass> out = EnumSet.noneOf(ActionClass.class);
    for (PolicyValue a : st.actions()) {
      if (a.known()) {
        out.addAll(of(a.text()));
      }
    }
    return out.isEmpty() ? EnumSet.allOf(ActionClass.class) : out;
  }

  /** The classes one action value grants. */
  public static EnumSet<ActionClass> of(String action) {
    String lower = action.toLowerCase(Locale.ROOT);
    if (lower.equals("*") || lower.startsWith("s3:")) {
      EnumSet<ActionClass> s3 = S3ActionClasses.of(action);
      return lower.equals("*") ? EnumSet.allOf(ActionClass.class) : s3;
    }
    int colon = lower.indexOf(':');
    String service = colon < 0 ? "" : lower.substring(0, colon + 1);
    String name = lower.substring(colon + 1);
    int wild = firstWildcard(name);
    if (wild < 0) {
      return EnumSet.of(classify(name));
    }
    EnumSet<ActionClass> out = EnumSet.noneOf(ActionClass.class);
    for (String sample : SAMPLES) {
      if (Statement.actionMatches(lower, service + sample)) {
        out.add(classify(sample.toLowerCase(Locale.ROOT)));
      }
    }
    if (wild > 0) {
      out.add(classify(name.substring(0, wild)));
    } else if (out.isEmpty()) {
      return EnumSet.allOf(ActionClass.class);
    }
    return out;
  }

  private static ActionClass classify(String name) {
    if (PERMISSIONS.matcher(name).matches()) {
      return ActionClass.PERMISSIONS;
    }
    return READ_VERBS.stream().anyMatch(name::startsWith) ? ActionClass.READ : ActionClass.WRITE;
  }

  private static int firstWildcard(String s) {
    int star = s.indexOf('*');
    int q = s.indexOf('?');
    return star < 0 ? q : q < 0 ? star : Math.min(star, q);
  }
}
