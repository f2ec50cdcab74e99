package dev.lintel.engine;

/**
 * Why a finding is suppressed. {@code kind} is SARIF's: {@code inSource} for inline comments and
 * template Metadata, {@code external} for config entries and baselines.
 */
public record Suppression(String kind, String justification, Location location) {

  public static final String IN_SOURCE = "inSource";
  public static final String EXTERNAL = "external";
}
