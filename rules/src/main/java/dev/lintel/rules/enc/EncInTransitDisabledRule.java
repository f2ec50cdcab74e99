package dev.lintel.rules.enc;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import dev.lintel.rules.support.SettingTable;

/**
 * Table-driven check of encryption in transit (RULES.md §3.17): ElastiCache replication groups,
 * OpenSearch/Elasticsearch node-to-node and HTTPS enforcement, MSK client and in-cluster traffic,
 * and the TLS parameters of DocumentDB, Redshift and RDS parameter groups.
 */
@RuleMeta(id = "ENC_IN_TRANSIT_DISABLED", title = "Service traffic not encrypted in transit",
    severity = Severity.WARNING, category = Category.ENC, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_30", "CKV_AWS_31", "CKV_AWS_6", "CKV_AWS_83", "CKV_AWS_81", "CKV_AWS_90", "CKV_AWS_105",
        "CKV2_AWS_69", "elasticache_with_disabled_transit_encryption", "elasticsearch_with_https_disabled",
        "msk_cluster_encryption_disabled"},
    helpUri = "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_protect_data_transit_encrypt.html")
public final class EncInTransitDisabledRule implements Rule {

  private static final String DOMAINS = "AWS::OpenSearchService::Domain";
  private static final String ES_DOMAINS = "AWS::Elasticsearch::Domain";
  private static final String RDS_GROUPS = "AWS::RDS::DBParameterGroup";
  private static final String RDS_CLUSTER_GROUPS = "AWS::RDS::DBClusterParameterGroup";

  private static final SettingTable TABLE = new SettingTable()
      .row(r -> CfnFlags.notTrue(r, "TransitEncryptionEnabled"), "clients connect without TLS",
          "AWS::ElastiCache::ReplicationGroup")
      .row(r -> CfnFlags.notTrue(r, "NodeToNodeEncryptionOptions.Enabled"), "traffic between nodes is not encrypted",
          DOMAINS, ES_DOMAINS)
      .row(r -> CfnFlags.notTrue(r, "DomainEndpointOptions.EnforceHTTPS"), "the endpoint accepts plain HTTP",
          DOMAINS, ES_DOMAINS)
      .row(r -> CfnFlags.first(r, "EncryptionInfo.EncryptionInTransit.ClientBroker",
          s -> s.is("PLAINTEXT") || s.is("TLS_PLAINTEXT")), "clients may connect without TLS", "AWS::MSK::Cluster")
      .row(r -> CfnFlags.isFalse(r, "EncryptionInfo.EncryptionInTransit.InCluster"),
          "traffic between brokers is not encrypted", "AWS::MSK::Cluster")
      .row(r -> CfnFlags.first(r, "Parameters.tls", s -> s.is("disabled")), "clients connect without TLS",
          "AWS::DocDB::DBClusterParameterGroup")
      .row(EncInTransitDisabledRule::redshiftSsl, "clients may connect without TLS",
          "AWS::Redshift::ClusterParameterGroup")
      .row(r -> CfnFlags.atKeys(r, "Parameters", "rds.force_ssl").stream().filter(s -> s.is("0")).findFirst()
          .orElse(null), "clients may connect without TLS", RDS_GROUPS, RDS_CLUSTER_GROUPS)
      .row(r -> CfnFlags.first(r, "Parameters.require_secure_transport", s -> s.is("0") || s.is("OFF")),
          "clients may connect without TLS", RDS_GROUPS, RDS_CLUSTER_GROUPS);

  @Override
  public void register(Subscriptions on) {
    TABLE.register(on);
  }

  /** {@code require_ssl} absent (default false) or not true in a Redshift parameter group's list. */
  private static Setting redshiftSsl(CfnResource group) {
    for (MappingNode p : CfnFlags.items(group, "Parameters")) {
      if ("require_ssl".equals(p.string("ParameterName"))) {
        return CfnFlags.under(group, p, "ParameterValue").stream()
            .filter(s -> s.missing() || (s.known() && !s.isTrue())).findFirst()
            .map(s -> s.describedAs("require_ssl is '" + s.text() + "'")).orElse(null);
      }
    }
    return CfnFlags.whole(group, "Parameters", "require_ssl is not set");
  }
}
