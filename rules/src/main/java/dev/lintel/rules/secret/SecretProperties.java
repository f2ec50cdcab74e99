package dev.lintel.rules.secret;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table SECRET-P of RULES.md §3.18: the template properties that carry a secret, as paths under
 * {@code Properties}. {@code Name[]} walks every item of a list, {@code *Suffix} every key ending
 * in the suffix.
 */
final class SecretProperties {

  static final Map<String, List<String>> PATHS = Map.ofEntries(
      Map.entry("AWS::RDS::DBInstance", List.of("MasterUserPassword")),
      Map.entry("AWS::RDS::DBCluster", List.of("MasterUserPassword")),
      Map.entry("AWS::DocDB::DBCluster", List.of("MasterUserPassword")),
      Map.entry("AWS::Redshift::Cluster", List.of("MasterUserPassword")),
      Map.entry("AWS::IAM::User", List.of("LoginProfile.Password")),
      Map.entry("AWS::DirectoryService::MicrosoftAD", List.of("Password")),
      Map.entry("AWS::DirectoryService::SimpleAD", List.of("Password")),
      Map.entry("AWS::DMS::Endpoint", List.of("Password", "*Settings.Password")),
      Map.entry("AWS::Amplify::App", List.of("AccessToken", "OauthToken", "BasicAuthConfig.Password")),
      Map.entry("AWS::Amplify::Branch", List.of("BasicAuthConfig.Password")),
      Map.entry("Alexa::ASK::Skill", List.of("AuthenticationConfiguration.ClientSecret",
          "AuthenticationConfiguration.RefreshToken")),
      Map.entry("AWS::ElastiCache::ReplicationGroup", List.of("AuthToken")),
      Map.entry("AWS::AmazonMQ::Broker", List.of("Users[].Password")),
      Map.entry("AWS::OpenSearchService::Domain", List.of("AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword")),
      Map.entry("AWS::SecretsManager::Secret", List.of("SecretString")),
      Map.entry("AWS::ApiGateway::ApiKey", List.of("Value")),
      Map.entry("AWS::ElasticLoadBalancingV2::Listener", List.of("DefaultActions[].AuthenticateOidcConfig.ClientSecret")),
      Map.entry("AWS::ElasticLoadBalancingV2::ListenerRule", List.of("Actions[].AuthenticateOidcConfig.ClientSecret")),
      Map.entry("AWS::CodeBuild::SourceCredential", List.of("Token")),
      Map.entry("AWS::Glue::Connection", List.of("ConnectionInput.ConnectionProperties.PASSWORD")));

  private SecretProperties() {}

  /** A written secret value and the property name to show in messages. */
  record Found(String property, Node value) {}

  /** The values written at {@code path} under {@code properties}. */
  static List<Found> at(MappingNode properties, String path) {
    List<Found> current = List.of(new Found(null, properties));
    for (String seg : path.split("\\.")) {
      List<Found> next = new ArrayList<>();
      for (Found f : current) {
        if (!(f.value() instanceof MappingNode m)) {
          continue;
        }
        String key = seg.endsWith("[]") ? seg.substring(0, seg.length() - 2) : seg;
        for (MappingNode.Entry e : m.entries()) {
          boolean match = key.startsWith("*") ? e.name().endsWith(key.substring(1)) : e.name().equals(key);
          if (!match) {
            continue;
          }
          String name = f.property() == null ? e.name() : f.property() + "." + e.name();
          if (seg.endsWith("[]") && e.value() instanceof SequenceNode seq) {
            seq.items().forEach(item -> next.add(new Found(name, item)));
          } else if (!seg.endsWith("[]")) {
            next.add(new Found(name, e.value()));
          }
        }
      }
      current = next;
    }
    return current;
  }
}
