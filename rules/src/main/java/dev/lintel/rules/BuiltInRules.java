package dev.lintel.rules;

import dev.lintel.engine.Rule;
import dev.lintel.rules.cors.CorsAllowedHeaderWildcardRule;
import dev.lintel.rules.cors.CorsCredentialsWithWildcardRule;
import dev.lintel.rules.cors.CorsExposeHeaderInvalidRule;
import dev.lintel.rules.cors.CorsMethodInvalidRule;
import dev.lintel.rules.cors.CorsOriginHttpRule;
import dev.lintel.rules.cors.CorsOriginMalformedRule;
import dev.lintel.rules.cors.CorsRuleIncompleteRule;
import dev.lintel.rules.cors.CorsTooManyRulesRule;
import dev.lintel.rules.cors.CorsWildcardCountRule;
import dev.lintel.rules.cors.CorsWildcardOriginRule;
import dev.lintel.rules.cors.CorsWildcardOriginUnsafeMethodRule;
import dev.lintel.rules.efs.EfsNotEncryptedRule;
import dev.lintel.rules.engine.InputLimitExceededRule;
import dev.lintel.rules.engine.IoErrorRule;
import dev.lintel.rules.engine.ParseErrorRule;
import dev.lintel.rules.engine.UnusedSuppressionRule;
import dev.lintel.rules.fstab.FstabEfsHardNotExplicitRule;
import dev.lintel.rules.fstab.FstabEfsHelperOptionConflictRule;
import dev.lintel.rules.fstab.FstabEfsHelperOptionOnNfsRule;
import dev.lintel.rules.fstab.FstabEfsNfsTuningRule;
import dev.lintel.rules.fstab.FstabEfsNfsVersionRule;
import dev.lintel.rules.fstab.FstabEfsNoTlsRule;
import dev.lintel.rules.fstab.FstabEfsNoresvportMissingRule;
import dev.lintel.rules.fstab.FstabEfsSoftMountRule;
import dev.lintel.rules.fstab.FstabEfsUnsupportedOptionRule;
import dev.lintel.rules.fstab.FstabEntryMalformedRule;
import dev.lintel.rules.fstab.FstabMountPointInvalidRule;
import dev.lintel.rules.fstab.FstabNetdevMissingRule;
import dev.lintel.rules.fstab.FstabNetworkNofailMissingRule;
import dev.lintel.rules.iam.IamAdminAccessRule;
import dev.lintel.rules.net.NetSgIngressAllPortsWorldRule;
import dev.lintel.rules.net.NetSgIngressRdpWorldRule;
import dev.lintel.rules.net.NetSgIngressSensitivePortWorldRule;
import dev.lintel.rules.net.NetSgIngressSshWorldRule;
import dev.lintel.rules.nginx.NginxGzipWithSslRule;
import dev.lintel.rules.nginx.NginxHiddenFilesNotDeniedRule;
import dev.lintel.rules.nginx.NginxIncludeMissingRule;
import dev.lintel.rules.nginx.NginxNoTlsListenerRule;
import dev.lintel.rules.nginx.NginxSnakeoilCertRule;
import dev.lintel.rules.nginx.NginxSslProtocolsWeakRule;
import dev.lintel.rules.nginx.NginxVersionDisclosureRule;
import dev.lintel.rules.s3.S3BucketAclPublicReadRule;
import dev.lintel.rules.s3.S3BucketAclPublicWriteRule;
import dev.lintel.rules.s3.S3BucketPolicyPublicRule;
import dev.lintel.rules.s3.S3PolicySseDenyMissingRule;
import dev.lintel.rules.s3.S3PolicySseValueInvalidRule;
import dev.lintel.rules.s3.S3PolicyTlsDenyMissingRule;
import java.util.List;

/**
 * Every rule Lintel ships, listed explicitly (no classpath scanning, so startup stays fast and
 * the list is reviewable). Sorted by category, then rule id. {@code BuiltInRulesTest} fails when a
 * rule class is missing here or lacks its fixtures or docs.
 */
public final class BuiltInRules {

  private static final List<Rule> ALL = List.of(
      // engine
      new InputLimitExceededRule(),
      new IoErrorRule(),
      new ParseErrorRule(),
      new UnusedSuppressionRule(),
      // cors
      new CorsAllowedHeaderWildcardRule(),
      new CorsCredentialsWithWildcardRule(),
      new CorsExposeHeaderInvalidRule(),
      new CorsMethodInvalidRule(),
      new CorsOriginHttpRule(),
      new CorsOriginMalformedRule(),
      new CorsRuleIncompleteRule(),
      new CorsTooManyRulesRule(),
      new CorsWildcardCountRule(),
      new CorsWildcardOriginRule(),
      new CorsWildcardOriginUnsafeMethodRule(),
      // efs
      new EfsNotEncryptedRule(),
      // fstab
      new FstabEfsHardNotExplicitRule(),
      new FstabEfsHelperOptionConflictRule(),
      new FstabEfsHelperOptionOnNfsRule(),
      new FstabEfsNfsTuningRule(),
      new FstabEfsNfsVersionRule(),
      new FstabEfsNoresvportMissingRule(),
      new FstabEfsNoTlsRule(),
      new FstabEfsSoftMountRule(),
      new FstabEfsUnsupportedOptionRule(),
      new FstabEntryMalformedRule(),
      new FstabMountPointInvalidRule(),
      new FstabNetdevMissingRule(),
      new FstabNetworkNofailMissingRule(),
      // iam
      new IamAdminAccessRule(),
      // net
      new NetSgIngressAllPortsWorldRule(),
      new NetSgIngressRdpWorldRule(),
      new NetSgIngressSensitivePortWorldRule(),
      new NetSgIngressSshWorldRule(),
      // nginx
      new NginxGzipWithSslRule(),
      new NginxHiddenFilesNotDeniedRule(),
      new NginxIncludeMissingRule(),
      new NginxNoTlsListenerRule(),
      new NginxSnakeoilCertRule(),
      new NginxSslProtocolsWeakRule(),
      new NginxVersionDisclosureRule(),
      // s3
      new S3BucketAclPublicReadRule(),
      new S3BucketAclPublicWriteRule(),
      new S3BucketPolicyPublicRule(),
      new S3PolicySseDenyMissingRule(),
      new S3PolicySseValueInvalidRule(),
      new S3PolicyTlsDenyMissingRule()
  );

  private BuiltInRules() {}

  public static List<Rule> all() {
    return ALL;
  }
}
