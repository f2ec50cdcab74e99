package dev.lintel.rules.iam;

import dev.lintel.model.ScalarNode;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.data.IamCatalogue.ResourceType;
import dev.lintel.parse.data.IamCatalogue.Service;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The Resource ARN grammar of IAM_ARN_INVALID, shared with the rules that skip invalid entries. */
final class ArnChecks {

  private static final Set<String> PARTITIONS = Set.of(
      "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc", "*");
  private static final Pattern ACCOUNT = Pattern.compile("|\\d{12}|\\*|aws|\\$\\{[^}]+}");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9._*?-]*");

  private ArnChecks() {}

  /**
   * Why a Resource/NotResource entry is not a valid ARN, or null when it is valid, {@code *}, or
   * depends on template input that is not known.
   */
  static String problem(PolicyValue v, boolean standalone) {
    if (!v.known()) {
      return standalone && !(v.anchor() instanceof ScalarNode) ? "Resource entry is not a string" : null;
    }
    String text = v.text();
    if (text.equals("*")) {
      return null;
    }
    String[] f = text.split(":", 6);
    if (f.length < 6 || !f[0].equals("arn") || f[2].isEmpty() || f[5].isEmpty()) {
      return "Resource '" + text + "' is not an ARN of the form arn:<partition>:<service>:<region>:<account>:<resource>";
    }
    if (!PARTITIONS.contains(f[1])) {
      return "Resource '" + text + "' names an unknown partition '" + f[1] + "'";
    }
    if (!ACCOUNT.matcher(f[4]).matches()) {
      return "Resource '" + text + "' has an invalid account '" + f[4] + "' (12 digits, '*' or a policy variable)";
    }
    if (f[2].equals("s3") && f[3].isEmpty() && f[4].isEmpty()) {
      String bucket = VARIABLE.matcher(f[5].split("/", 2)[0]).replaceAll("*");
      if (!BUCKET.matcher(bucket).matches()) {
        return "Resource '" + text + "' has an invalid S3 bucket name '" + f[5].split("/", 2)[0] + "'";
      }
    }
    return fieldProblem(text, f);
  }

  /** Region or account filled where every matching catalogue format has it empty, or the reverse. */
  private static String fieldProblem(String text, String[] f) {
    Service service = IamActions.catalogue().service(f[2]);
    if (service == null) {
      return null;
    }
    List<ResourceType> formats = service.resourceTypes().stream()
        .filter(r -> r.arn().service().equalsIgnoreCase(f[2]) && r.arn().resourcePartMatches(f[5])).toList();
    if (formats.isEmpty()) {
      return null;
    }
    String names = String.join(", ", formats.stream().map(ResourceType::name).distinct().limit(3).toList());
    if (filled(f[3]) && formats.stream().noneMatch(r -> r.arn().hasRegion())) {
      return "Resource '" + text + "' has a region, but " + f[2] + " ARNs of this kind (" + names + ") have none";
    }
    if (f[3].isEmpty() && formats.stream().allMatch(r -> r.arn().hasRegion())) {
      return "Resource '" + text + "' has no region, but " + f[2] + " ARNs of this kind (" + names + ") need one";
    }
    if (filled(f[4]) && formats.stream().noneMatch(r -> r.arn().hasAccount())) {
      return "Resource '" + text + "' has an account, but " + f[2] + " ARNs of this kind (" + names + ") have none";
    }
    if (f[4].isEmpty() && formats.stream().allMatch(r -> r.arn().hasAccount())) {
      return "Resource '" + text + "' has no account, but " + f[2] + " ARNs of this kind (" + names + ") need one";
    }
    return null;
  }

  /** Non-empty and not only wildcards: {@code *} also matches an empty field. */
  private static boolean filled(String field) {
    return !field.isEmpty() && !field.chars().allMatch(c -> c == '*' || c == '?');
  }
}
