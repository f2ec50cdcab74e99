package dev.lintel.rules.enc;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import dev.lintel.rules.support.SettingTable;
import dev.lintel.parse.cfn.TemplateStrings;
import java.util.Locale;

/**
 * Table-driven check of encryption at rest for data stores without a dedicated category
 * (RULES.md §3.17): ElastiCache, Redshift, Neptune, DocumentDB, OpenSearch/Elasticsearch, DAX,
 * WorkSpaces, SageMaker notebooks, CodeBuild artifacts, EKS secrets and the Glue Data Catalog.
 */
@RuleMeta(id = "ENC_AT_REST_DISABLED", title = "Data store without encryption at rest", severity = Severity.WARNING,
    category = Category.ENC, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_29", "CKV_AWS_64", "CKV_AWS_44", "CKV_AWS_74", "CKV_AWS_5", "CKV_AWS_47", "CKV_AWS_155",
        "CKV_AWS_156", "CKV_AWS_187", "CKV_AWS_78", "CKV_AWS_58", "CKV_AWS_94",
        "elasticache_with_disabled_at_rest_encryption", "redshift_not_encrypted",
        "neptune_database_cluster_encryption_disabled", "elasticsearch_not_encrypted_at_rest",
        "workspace_without_encryption", "sagemaker_data_encryption_disabled", "codebuild_not_encrypted"},
    helpUri = "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_protect_data_rest_encrypt.html")
public final class EncAtRestDisabledRule implements Rule {

  private static final String STORED = "its data is stored unencrypted";

  private static final SettingTable TABLE = new SettingTable()
      .row(r -> CfnFlags.notTrue(r, "AtRestEncryptionEnabled"), STORED, "AWS::ElastiCache::ReplicationGroup")
      .row(r -> CfnFlags.notTrue(r, "Encrypted"), STORED, "AWS::Redshift::Cluster")
      .row(r -> CfnFlags.notTrue(r, "StorageEncrypted"), STORED, "AWS::Neptune::DBCluster", "AWS::DocDB::DBCluster")
      .row(r -> CfnFlags.notTrue(r, "EncryptionAtRestOptions.Enabled"), STORED,
          "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain")
      .row(r -> CfnFlags.notTrue(r, "SSESpecification.SSEEnabled"), STORED, "AWS::DAX::Cluster")
      .row(r -> CfnFlags.notTrue(r, "RootVolumeEncryptionEnabled"), "the root volume is stored unencrypted",
          "AWS::WorkSpaces::Workspace")
      .row(r -> CfnFlags.notTrue(r, "UserVolumeEncryptionEnabled"), "the user volume is stored unencrypted",
          "AWS::WorkSpaces::Workspace")
      .row(r -> CfnFlags.unset(r, "KmsKeyId"), "the notebook's storage volume is not encrypted with a KMS key"
          + " you control", "AWS::SageMaker::NotebookInstance")
      .row(r -> CfnFlags.first(r, "Artifacts.EncryptionDisabled", Setting::isTrue),
          "build artifacts are stored unencrypted", "AWS::CodeBuild::Project")
      .row(EncAtRestDisabledRule::eksSecrets, "Kubernetes secrets are not envelope-encrypted with a KMS key",
          "AWS::EKS::Cluster")
      .row(r -> CfnFlags.first(r, "DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode",
          s -> s.missing() || (s.known() && !s.text().trim().toUpperCase(Locale.ROOT).startsWith("SSE-KMS"))),
          "Data Catalog metadata is not encrypted with KMS", "AWS::Glue::DataCatalogEncryptionSettings");

  @Override
  public void register(Subscriptions on) {
    TABLE.register(on);
  }

  private static Setting eksSecrets(CfnResource cluster) {
    Setting missing = CfnFlags.missing(cluster, "EncryptionConfig");
    if (missing != null) {
      return missing;
    }
    for (MappingNode config : CfnFlags.items(cluster, "EncryptionConfig")) {
      Node resources = config.get("Resources");
      if (resources != null && TemplateStrings.of(cluster.template().evaluator(), resources).stream()
          .anyMatch(t -> t.text().equals("secrets"))) {
        return null;
      }
    }
    return CfnFlags.whole(cluster, "EncryptionConfig", "EncryptionConfig does not cover 'secrets'");
  }
}
