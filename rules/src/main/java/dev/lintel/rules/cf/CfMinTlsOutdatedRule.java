package dev.lintel.rules.cf;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.Set;

/**
 * Reports viewer TLS below 1.2: a custom certificate whose {@code MinimumProtocolVersion} is
 * absent or older than TLSv1.2 (warning), or the default {@code *.cloudfront.net} certificate,
 * which allows TLSv1 (note).
 */
@RuleMeta(id = "CF_MIN_TLS_OUTDATED", title = "Viewer TLS minimum is below 1.2", severity = Severity.WARNING,
    category = Category.CF, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_174", "cloudfront_without_minimum_protocol_tls_1.2", "secure_ciphers_disabled",
        "vulnerable_default_ssl_certificate", "W70"},
    helpUri = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html")
public final class CfMinTlsOutdatedRule implements Rule {

  private static final Set<String> OUTDATED = Set.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016");
  private static final String DEFAULT_CERTIFICATE = "uses the default *.cloudfront.net certificate, which accepts"
      + " TLSv1; use a custom certificate with MinimumProtocolVersion TLSv1.2_2021 or later";

  @Override
  public void register(Subscriptions on) {
    Distributions.onConfig(on, (ctx, d, config) -> {
      Node certificate = config.get("ViewerCertificate");
      if (certificate == null) {
        ctx.report(Distributions.anchor(d), "Distribution " + d.logicalId() + " " + DEFAULT_CERTIFICATE)
            .level(Severity.NOTE);
        return;
      }
      for (Candidate c : d.values(certificate)) {
        if (c.known() && c.value() instanceof MappingNode m) {
          if (!custom(d, m)) {
            ctx.report(certificate, "Distribution " + d.logicalId() + " " + DEFAULT_CERTIFICATE + c.originSuffix())
                .level(Severity.NOTE);
            return;
          }
          Node version = m.get("MinimumProtocolVersion");
          if (version == null) {
            ctx.report(certificate, "ViewerCertificate sets no MinimumProtocolVersion, so viewers may connect with"
                + " TLSv1" + c.originSuffix());
            return;
          }
          for (Candidate v : d.values(version)) {
            if (v.absent() || (v.known() && OUTDATED.contains(v.text()))) {
              ctx.report(version, "MinimumProtocolVersion " + (v.absent() ? "is removed by AWS::NoValue" : v.text())
                  + " lets viewers connect with TLS older than 1.2" + v.within(c.origin()).originSuffix());
              return;
            }
          }
        }
      }
    });
  }

  private static boolean custom(CfnResource d, MappingNode certificate) {
    for (String key : new String[] {"AcmCertificateArn", "IamCertificateId"}) {
      Node n = certificate.get(key);
      if (n != null && d.values(n).stream().anyMatch(c -> !c.absent())) {
        return true;
      }
    }
    return false;
  }
}
