package dev.lintel.rules.log;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import dev.lintel.rules.support.SettingTable;

/**
 * Table-driven check of access and audit logging (RULES.md §3.17): load balancers, OpenSearch and
 * Elasticsearch domains, DocumentDB, Neptune, Redshift, MSK, Amazon MQ, AppSync and RDS.
 */
@RuleMeta(id = "LOG_ACCESS_LOGGING_DISABLED", title = "Service access or audit logging is off", severity = Severity.NOTE,
    category = Category.LOG, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_91", "CKV_AWS_92", "CKV_AWS_84", "CKV_AWS_317", "CKV_AWS_85", "CKV_AWS_101", "CKV_AWS_71",
        "CKV_AWS_80", "CKV_AWS_197", "CKV_AWS_193", "CKV_AWS_194", "CKV_AWS_104", "CKV2_AWS_25",
        "elb_v2_alb_access_log_disabled", "elb_access_log_disabled", "elasticsearch_logs_disabled",
        "docdb_logging_disabled", "redshift_cluster_logging_disabled", "msk_cluster_logging_disabled",
        "mq_broker_logging_disabled"},
    helpUri = "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_detect_investigate_events_app_service_logging.html")
public final class LogAccessLoggingDisabledRule implements Rule {

  private static final String REQUESTS = "requests to it are not recorded";
  private static final String AUDIT = "database activity is not audited";

  private static final SettingTable TABLE = new SettingTable()
      .row(LogTests::albAccessLogs, REQUESTS, "AWS::ElasticLoadBalancingV2::LoadBalancer")
      .row(r -> CfnFlags.notTrue(r, "AccessLoggingPolicy.Enabled"), REQUESTS, "AWS::ElasticLoadBalancing::LoadBalancer")
      .row(LogTests::domainLogs, "domain activity is not recorded", "AWS::OpenSearchService::Domain",
          "AWS::Elasticsearch::Domain")
      .row(r -> CfnFlags.lacking(r, "EnableCloudwatchLogsExports", "audit"), AUDIT, "AWS::DocDB::DBCluster",
          "AWS::Neptune::DBCluster")
      .row(r -> CfnFlags.missing(r, "LoggingProperties"), "connections and queries are not audited",
          "AWS::Redshift::Cluster")
      .row(LogTests::mskBrokerLogs, "broker activity is not recorded", "AWS::MSK::Cluster")
      .row(r -> CfnFlags.notTrue(r, "Logs.General"), "broker activity is not recorded", "AWS::AmazonMQ::Broker")
      .row(LogTests::mqAudit, "management actions on the broker are not audited", "AWS::AmazonMQ::Broker")
      .row(LogTests::appSyncLogs, "resolver activity is not recorded", "AWS::AppSync::GraphQLApi")
      .row(LogAccessLoggingDisabledRule::rdsExports, "database logs are not exported to CloudWatch Logs",
          "AWS::RDS::DBInstance", "AWS::RDS::DBCluster")
      .row(r -> CfnFlags.first(r, "Parameters.audit_logs", s -> s.is("disabled")), AUDIT,
          "AWS::DocDB::DBClusterParameterGroup");

  @Override
  public void register(Subscriptions on) {
    TABLE.register(on);
  }

  private static Setting rdsExports(CfnResource db) {
    if (CfnFlags.first(db, "DBClusterIdentifier", s -> !s.missing()) != null) {
      return null;
    }
    return CfnFlags.first(db, "EnableCloudwatchLogsExports", s -> s.missing()
        || (s.candidate().known() && s.candidate().value() instanceof SequenceNode seq && seq.items().isEmpty()));
  }
}
