package dev.lintel.rules.log;

import dev.lintel.model.MappingNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import java.util.List;

/** The logging tests of LOG_ACCESS_LOGGING_DISABLED that need more than one setting. */
final class LogTests {

  private LogTests() {}

  /** An application load balancer without {@code access_logs.s3.enabled = true} in its attributes. */
  static Setting albAccessLogs(CfnResource lb) {
    if (CfnFlags.first(lb, "Type", s -> s.known() && !s.is("application")) != null) {
      return null;
    }
    for (MappingNode attr : CfnFlags.items(lb, "LoadBalancerAttributes")) {
      if ("access_logs.s3.enabled".equals(attr.string("Key"))) {
        return CfnFlags.under(lb, attr, "Value").stream().filter(s -> s.missing() || (s.known() && !s.isTrue()))
            .findFirst().map(s -> s.describedAs("access_logs.s3.enabled is '" + s.text() + "'")).orElse(null);
      }
    }
    return CfnFlags.whole(lb, "LoadBalancerAttributes", "access_logs.s3.enabled is not set");
  }

  /**
   * A domain without log publishing (no {@code LogPublishingOptions}, or none of its log types
   * enabled), or without audit logs while fine-grained access control is on.
   */
  static Setting domainLogs(CfnResource domain) {
    Setting missing = CfnFlags.missing(domain, "LogPublishingOptions");
    if (missing != null) {
      return missing;
    }
    if (noneEnabled(domain)) {
      return CfnFlags.whole(domain, "LogPublishingOptions", "LogPublishingOptions enables no log type");
    }
    if (CfnFlags.first(domain, "AdvancedSecurityOptions.Enabled", Setting::isTrue) == null) {
      return null;
    }
    Setting audit = CfnFlags.first(domain, "LogPublishingOptions.AUDIT_LOGS.Enabled",
        s -> s.missing() || (s.known() && !s.isTrue()));
    return audit == null ? null : audit.describedAs("fine-grained access control is on but " + audit.describe());
  }

  private static boolean noneEnabled(CfnResource domain) {
    for (Setting options : CfnFlags.at(domain, "LogPublishingOptions")) {
      if (!(options.candidate().known() && options.candidate().value() instanceof MappingNode m)) {
        return false;
      }
      for (MappingNode.Entry e : m.entries()) {
        if (CfnFlags.under(domain, e.value(), "Enabled").stream().anyMatch(s -> s.isTrue() || (!s.missing()
            && !s.known()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** An MSK cluster whose broker logs go to no enabled CloudWatch Logs, Firehose or S3 target. */
  static Setting mskBrokerLogs(CfnResource cluster) {
    for (String target : List.of("CloudWatchLogs", "Firehose", "S3")) {
      if (CfnFlags.first(cluster, "LoggingInfo.BrokerLogs." + target + ".Enabled", s -> !s.missing() && !s.known()
          || s.isTrue()) != null) {
        return null;
      }
    }
    Setting info = CfnFlags.missing(cluster, "LoggingInfo");
    return info != null ? info : CfnFlags.whole(cluster, "LoggingInfo", "LoggingInfo enables no broker log target");
  }

  /** An ActiveMQ broker (audit logs do not exist for RabbitMQ) without {@code Logs.Audit: true}. */
  static Setting mqAudit(CfnResource broker) {
    if (CfnFlags.first(broker, "EngineType", s -> !s.known() || s.is("RabbitMQ")) != null) {
      return null;
    }
    return CfnFlags.notTrue(broker, "Logs.Audit");
  }

  /** A GraphQL API without {@code LogConfig}, or with {@code FieldLogLevel: NONE}. */
  static Setting appSyncLogs(CfnResource api) {
    Setting missing = CfnFlags.missing(api, "LogConfig");
    return missing != null ? missing : CfnFlags.first(api, "LogConfig.FieldLogLevel", s -> s.is("NONE"));
  }
}
