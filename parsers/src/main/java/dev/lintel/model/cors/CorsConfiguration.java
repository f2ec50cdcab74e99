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
    TEMPLATE,
    /** {@code AWS::Lambda::Url.Cors} in a template: one rule, Lambda's field names, not S3's rules. */
    LAMBDA_URL;

    /** True for the S3 carriers, whose values S3 itself validates. */
    public boolean isS3() {
      return this != LAMBDA_URL;
    }
  }

  public CorsConfiguration {
    rules = List.copyOf(rules);
  }
}
