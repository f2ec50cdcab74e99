package dev.lintel.rules;

import dev.lintel.engine.Rule;
import dev.lintel.rules.apigw.ApigwAccessLoggingDisabledRule;
import dev.lintel.rules.apigw.ApigwCacheNotEncryptedRule;
import dev.lintel.rules.apigw.ApigwDomainTlsPolicyRule;
import dev.lintel.rules.apigw.ApigwIntegrationTimeoutRule;
import dev.lintel.rules.apigw.ApigwMethodAuthNoneRule;
import dev.lintel.rules.apigw.ApigwWafMissingRule;
import dev.lintel.rules.apigw.ApigwXrayDisabledRule;
import dev.lintel.rules.cf.CfLoggingDisabledRule;
import dev.lintel.rules.cf.CfMinTlsOutdatedRule;
import dev.lintel.rules.cf.CfOriginProtocolHttpRule;
import dev.lintel.rules.cf.CfViewerProtocolAllowAllRule;
import dev.lintel.rules.cf.CfWafMissingRule;
import dev.lintel.rules.cors.CorsMethodInvalidRule;
import dev.lintel.rules.cors.CorsWildcardOriginRule;
import dev.lintel.rules.cors.CorsWildcardOriginUnsafeMethodRule;
import dev.lintel.rules.efs.EfsNotEncryptedRule;
import dev.lintel.rules.engine.InputLimitExceededRule;
import dev.lintel.rules.engine.IoErrorRule;
import dev.lintel.rules.engine.ParseErrorRule;
import dev.lintel.rules.engine.UnusedSuppressionRule;
import dev.lintel.rules.fstab.FstabEfsHelperOptionConflictRule;
import dev.lintel.rules.fstab.FstabEfsNfsVersionRule;
import dev.lintel.rules.fstab.FstabEfsNoresvportMissingRule;
import dev.lintel.rules.fstab.FstabEfsSoftMountRule;
import dev.lintel.rules.fstab.FstabNetdevMissingRule;
import dev.lintel.rules.iam.IamAdminAccessRule;
import dev.lintel.rules.lambda.LambdaDlqMissingRule;
import dev.lintel.rules.lambda.LambdaEnvNotEncryptedCmkRule;
import dev.lintel.rules.lambda.LambdaLimitExceededRule;
import dev.lintel.rules.lambda.LambdaNotInVpcRule;
import dev.lintel.rules.lambda.LambdaReservedConcurrencyRule;
import dev.lintel.rules.lambda.LambdaRoleSharedRule;
import dev.lintel.rules.lambda.LambdaRuntimeDeprecatedRule;
import dev.lintel.rules.lambda.LambdaSqsVisibilityTimeoutRule;
import dev.lintel.rules.lambda.LambdaUrlAuthNoneRule;
import dev.lintel.rules.lambda.LambdaXrayDisabledRule;
import dev.lintel.rules.net.NetSgIngressAllPortsWorldRule;
import dev.lintel.rules.net.NetSgIngressRdpWorldRule;
import dev.lintel.rules.net.NetSgIngressSensitivePortWorldRule;
import dev.lintel.rules.net.NetSgIngressSshWorldRule;
import dev.lintel.rules.nginx.NginxAddHeaderContentTypeRule;
import dev.lintel.rules.nginx.NginxAddHeaderMultilineRule;
import dev.lintel.rules.nginx.NginxAddHeaderRedefinitionRule;
import dev.lintel.rules.nginx.NginxAllowWithoutDenyRule;
import dev.lintel.rules.nginx.NginxDefaultServerRule;
import dev.lintel.rules.nginx.NginxErrorLogOffRule;
import dev.lintel.rules.nginx.NginxHostSpoofingRule;
import dev.lintel.rules.nginx.NginxIfInLocationRule;
import dev.lintel.rules.nginx.NginxMapWithoutDefaultRule;
import dev.lintel.rules.nginx.NginxResolverExternalRule;
import dev.lintel.rules.nginx.NginxReturnBypassesAllowDenyRule;
import dev.lintel.rules.nginx.NginxSslProtocolsWeakRule;
import dev.lintel.rules.nginx.NginxStaleDnsCacheRule;
import dev.lintel.rules.nginx.NginxStatusPageExposedRule;
import dev.lintel.rules.nginx.NginxValidReferersNoneRule;
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
      // apigw
      new ApigwAccessLoggingDisabledRule(),
      new ApigwCacheNotEncryptedRule(),
      new ApigwDomainTlsPolicyRule(),
      new ApigwIntegrationTimeoutRule(),
      new ApigwMethodAuthNoneRule(),
      new ApigwWafMissingRule(),
      new ApigwXrayDisabledRule(),
      // cf
      new CfLoggingDisabledRule(),
      new CfMinTlsOutdatedRule(),
      new CfOriginProtocolHttpRule(),
      new CfViewerProtocolAllowAllRule(),
      new CfWafMissingRule(),
      // cors
      new CorsMethodInvalidRule(),
      new CorsWildcardOriginRule(),
      new CorsWildcardOriginUnsafeMethodRule(),
      // efs
      new EfsNotEncryptedRule(),
      // fstab
      new FstabEfsHelperOptionConflictRule(),
      new FstabEfsNfsVersionRule(),
      new FstabEfsNoresvportMissingRule(),
      new FstabEfsSoftMountRule(),
      new FstabNetdevMissingRule(),
      // iam
      new IamAdminAccessRule(),
      // lambda
      new LambdaDlqMissingRule(),
      new LambdaEnvNotEncryptedCmkRule(),
      new LambdaLimitExceededRule(),
      new LambdaNotInVpcRule(),
      new LambdaReservedConcurrencyRule(),
      new LambdaRoleSharedRule(),
      new LambdaRuntimeDeprecatedRule(),
      new LambdaSqsVisibilityTimeoutRule(),
      new LambdaUrlAuthNoneRule(),
      new LambdaXrayDisabledRule(),
      // net
      new NetSgIngressAllPortsWorldRule(),
      new NetSgIngressRdpWorldRule(),
      new NetSgIngressSensitivePortWorldRule(),
      new NetSgIngressSshWorldRule(),
      // nginx
      new NginxAddHeaderContentTypeRule(),
      new NginxAddHeaderMultilineRule(),
      new NginxAddHeaderRedefinitionRule(),
      new NginxAllowWithoutDenyRule(),
      new NginxDefaultServerRule(),
      new NginxErrorLogOffRule(),
      new NginxHostSpoofingRule(),
      new NginxIfInLocationRule(),
      new NginxMapWithoutDefaultRule(),
      new NginxResolverExternalRule(),
      new NginxReturnBypassesAllowDenyRule(),
      new NginxSslProtocolsWeakRule(),
      new NginxStaleDnsCacheRule(),
      new NginxStatusPageExposedRule(),
      new NginxValidReferersNoneRule(),
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
