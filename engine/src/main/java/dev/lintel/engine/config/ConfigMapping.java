package dev.lintel.engine.config;

import dev.lintel.engine.AnalysisConfig;

/**
 * Maps a {@code .lintel.yml} onto an {@link AnalysisConfig.Builder}; shared by the CLI and the
 * build plugins so that a config file means the same everywhere.
 */
public final class ConfigMapping {

  private ConfigMapping() {}

  /**
   * Copies excludes, limits, the nginx prefix, severities, rule options, types and ignore entries
   * from {@code cfg} into {@code builder}. Callers apply their own overrides afterwards.
   */
  public static AnalysisConfig.Builder apply(LintelConfig cfg, AnalysisConfig.Builder builder) {
    builder.exclude(cfg.excludes()).limits(cfg.limits()).nginxPrefix(cfg.nginxPrefix());
    cfg.severities().forEach(builder::severity);
    cfg.ruleOptions().forEach(builder::ruleOptions);
    cfg.types().forEach(builder::type);
    cfg.ignores().forEach(builder::ignore);
    return builder;
  }
}
