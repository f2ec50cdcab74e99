package dev.lintel.rules;

import dev.lintel.engine.Rule;
import dev.lintel.rules.cors.CorsMethodInvalidRule;
import dev.lintel.rules.cors.CorsWildcardOriginRule;
import dev.lintel.rules.cors.CorsWildcardOriginUnsafeMethodRule;
import dev.lintel.rules.engine.InputLimitExceededRule;
import dev.lintel.rules.engine.IoErrorRule;
import dev.lintel.rules.engine.ParseErrorRule;
import dev.lintel.rules.engine.UnusedSuppressionRule;
import dev.lintel.rules.fstab.FstabEfsHelperOptionConflictRule;
import dev.lintel.rules.fstab.FstabEfsNfsVersionRule;
import dev.lintel.rules.fstab.FstabEfsNoresvportMissingRule;
import dev.lintel.rules.fstab.FstabEfsSoftMountRule;
import dev.lintel.rules.fstab.FstabNetdevMissingRule;
import dev.lintel.rules.nginx.NginxSslProtocolsWeakRule;
import dev.lintel.rules.nginx.NginxVersionDisclosureRule;
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
      new CorsMethodInvalidRule(),
      new CorsWildcardOriginRule(),
      new CorsWildcardOriginUnsafeMethodRule(),
      // fstab
      new FstabEfsHelperOptionConflictRule(),
      new FstabEfsNfsVersionRule(),
      new FstabEfsNoresvportMissingRule(),
      new FstabEfsSoftMountRule(),
      new FstabNetdevMissingRule(),
      // nginx
      new NginxSslProtocolsWeakRule(),
      new NginxVersionDisclosureRule()
  );

  private BuiltInRules() {}

  public static List<Rule> all() {
    return ALL;
  }
}
