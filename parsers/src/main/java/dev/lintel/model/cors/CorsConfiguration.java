package dev.lintel.model.cors;

import dev.lintel.model.TextRange;
import java.util.List;

/**
 * A CORS configuration and the carrier it came from. {@code anchor} is the root element, the
 * array, the {@code CORSRules} key or the template's {@code CorsConfiguration} key.
 * {@code logicalId} names the template resource for the template carrier, else null.
 */
public record CorsConfiguration(Carrier carrier, TextRange anchor, List<CorsRule> rules, String logicalId) {

  /** Where the configuration was written. */
  public enum Carrier {
    S3_XML,
    CONSOLE_JSON,
    CLI_JSON,
    TEMPLATE
  }

  public CorsConfiguration {
    rules = List.copyOf(rules);
  }
}
