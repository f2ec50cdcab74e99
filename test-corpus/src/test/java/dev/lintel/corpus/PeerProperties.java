package dev.lintel.corpus;

import dev.lintel.engine.Finding;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Property scoping of the template peer tests. One Lintel rule may cover several peer rules, each
 * about one property of a resource type: TRAIL_INSECURE_CONFIG reports logging, log file
 * validation, multi-region, the KMS key and CloudWatch Logs of a trail as separate findings, where
 * KICS and checkov have one query or check for each. A peer's clean file for one of them may then
 * rightly get a finding about another, and a positive may be matched by one; neither says anything
 * about the peer rule. checkov checks in {@link #CHECKOV} count only findings about their property;
 * KICS queries, whose property comes from the lines of their expected results, set aside findings
 * about another query's (or a {@link #CHECKOV} check's) property of the same rule that are not
 * about their own. {@link #about} decides what a finding is about.
 *
 * <p>A property is a resource type and a path below {@code Properties}, as {@link #path} gives it.
 */
final class PeerProperties {

  /** A property of a resource type: {@code path} as {@link #path} gives it. */
  record Property(String type, String path) {}

  private static final List<String> DOMAINS = List.of("AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain");

  /**
   * The property of each checkov check whose Lintel rule reports several properties of the check's
   * resource type as separate findings (the check's name and class say which one it reads).
   */
  static final Map<String, List<Property>> CHECKOV = Map.of(
      "CKV_AWS_35", List.of(new Property("AWS::CloudTrail::Trail", "KMSKeyId")),
      "CKV_AWS_36", List.of(new Property("AWS::CloudTrail::Trail", "EnableLogFileValidation")),
      "CKV_AWS_67", List.of(new Property("AWS::CloudTrail::Trail", "IsMultiRegionTrail")),
      "CKV_AWS_155", List.of(new Property("AWS::WorkSpaces::Workspace", "UserVolumeEncryptionEnabled")),
      "CKV_AWS_156", List.of(new Property("AWS::WorkSpaces::Workspace", "RootVolumeEncryptionEnabled")),
      "CKV_AWS_6", DOMAINS.stream().map(t -> new Property(t, "NodeToNodeEncryptionOptions")).toList(),
      "CKV_AWS_83", DOMAINS.stream().map(t -> new Property(t, "DomainEndpointOptions")).toList(),
      "CKV_AWS_197", List.of(new Property("AWS::AmazonMQ::Broker", "Logs.Audit")));

  private PeerProperties() {}

  /**
   * The property a logical location ({@link Finding#logicalLocation}) is about: its key path below
   * {@code Properties} (another section keeps its name: {@code Metadata.X}), cut before the first
   * list index, because the keys of one list item (a statement, an ingress rule, a listener)
   * describe one thing together; "" for the resource itself (its key, {@code Type} or
   * {@code Properties}); null outside {@code Resources}.
   */
  static String path(String logicalLocation) {
    if (logicalLocation == null || !logicalLocation.startsWith("Resources.")) {
      return null;
    }
    String rest = logicalLocation.substring("Resources.".length());
    int end = 0;
    while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
      end++;
    }
    rest = rest.substring(end);
    int index = rest.indexOf('[');
    rest = index < 0 ? rest : rest.substring(0, index);
    rest = rest.startsWith(".") ? rest.substring(1) : rest;
    if (rest.equals("Properties") || rest.equals("Type")) {
      return "";
    }
    return rest.startsWith("Properties.") ? rest.substring("Properties.".length()) : rest;
  }

  /**
   * True when the finding, in a resource of type {@code type}, is about one of {@code properties}:
   * its own path is the property's or lies below it; or it is reported above the property (on the
   * resource's {@code Type} for a missing property, or on an enclosing block) and its message
   * names the rest of the property's path ({@code Logs.Audit} on the resource, {@code Audit} on
   * {@code Logs}).
   */
  static boolean about(Finding f, String type, Collection<Property> properties) {
    String own = path(f.logicalLocation());
    if (own == null || type == null) {
      return false;
    }
    for (Property p : properties) {
      if (!type.equals(p.type())) {
        continue;
      }
      if (own.equals(p.path()) || own.startsWith(p.path() + ".")) {
        return true;
      }
      String rest = own.isEmpty() ? p.path() : p.path().startsWith(own + ".") ? p.path().substring(own.length() + 1)
          : null;
      if (rest != null && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(rest) + "(?![A-Za-z0-9_])")
          .matcher(f.message()).find()) {
        return true;
      }
    }
    return false;
  }
}
