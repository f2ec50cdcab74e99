package dev.lintel.rules.net;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnPaths;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reports managed-service endpoints that are reachable from the internet, from a table of
 * resource types and the property (or default) that makes them public.
 */
@RuleMeta(id = "NET_RESOURCE_PUBLICLY_ACCESSIBLE", title = "Managed service endpoint is reachable from the internet",
    severity = Severity.WARNING, category = Category.NET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"amazon_dms_replication_instance_is_publicly_accessible", "redshift_publicly_accessible",
        "mq_broker_is_publicly_accessible", "msk_broker_is_publicly_accessible", "eks_node_group_remote_access",
        "sagemaker_enabling_internet_access", "CKV_AWS_89", "CKV_AWS_87", "CKV_AWS_69", "CKV_AWS_291",
        "CKV_AWS_100", "CKV_AWS_164"},
    helpUri = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html")
public final class NetResourcePubliclyAccessibleRule implements Rule {

  /** A public setting: the property path, the test on its values, and what it means. */
  private record Exposure(String type, List<String> path, Predicate<CfnPaths.Value> test, String meaning) {}

  private static final List<Exposure> TABLE = List.of(
      new Exposure("AWS::DMS::ReplicationInstance", List.of("PubliclyAccessible"),
          v -> v.missing() || v.isTrue(), "the replication instance gets a public IP address"),
      new Exposure("AWS::Redshift::Cluster", List.of("PubliclyAccessible"), CfnPaths.Value::isTrue,
          "the cluster can be reached from outside its VPC"),
      new Exposure("AWS::AmazonMQ::Broker", List.of("PubliclyAccessible"), CfnPaths.Value::isTrue,
          "the broker endpoints are reachable from the internet"),
      new Exposure("AWS::MSK::Cluster", List.of("BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"),
          v -> v.known() && !v.is("DISABLED"), "the brokers get public endpoints"),
      new Exposure("AWS::EKS::Nodegroup", List.of("RemoteAccess", "SourceSecurityGroups"),
          v -> v.missing() && v.anchor() instanceof MappingNode, "SSH to the nodes is open to anyone"),
      new Exposure("AWS::Transfer::Server", List.of("EndpointType"), v -> v.missing() || v.is("PUBLIC"),
          "the server has a public endpoint"),
      new Exposure("AWS::SageMaker::NotebookInstance", List.of("DirectInternetAccess"),
          v -> v.missing() || v.is("Enabled"), "the notebook has direct internet access"));

  @Override
  public void register(Subscriptions on) {
    for (Exposure e : TABLE) {
      on.cfnResource(e.type(), (ctx, r) -> {
        for (CfnPaths.Value v : CfnPaths.at(r, e.path().toArray(String[]::new))) {
          if (e.test().test(v)) {
            ctx.report(v.anchor() != null ? v.anchor().range() : r.typeAnchor(), describe(e, r, v));
            return;
          }
        }
      });
    }
  }

  private static String describe(Exposure e, CfnResource r, CfnPaths.Value v) {
    String property = String.join(".", e.path());
    String setting = v.missing() ? property + " is not set" : property + " is '" + v.text() + "'";
    return r.logicalId() + ": " + setting + ", so " + e.meaning() + v.originSuffix();
  }
}
