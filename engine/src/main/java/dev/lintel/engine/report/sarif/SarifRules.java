package dev.lintel.engine.report.sarif;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.RuleInfo;
import dev.lintel.engine.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tool.driver.rules[]}: one descriptor per distinct rule id, in the order of
 * {@link AnalysisResult#rules()}, followed by rules that only appear on findings (so every
 * result's {@code ruleIndex} is valid).
 */
final class SarifRules {

  private final Map<String, Integer> indexById = new LinkedHashMap<>();
  private final List<RuleInfo> rules = new ArrayList<>();

  SarifRules(AnalysisResult result) {
    result.rules().forEach(this::add);
    result.findings().stream().map(Finding::rule).forEach(this::add);
  }

  private void add(RuleInfo rule) {
    if (!indexById.containsKey(rule.id())) {
      indexById.put(rule.id(), rules.size());
      rules.add(rule);
    }
  }

  int indexOf(String ruleId) {
    return indexById.get(ruleId);
  }

  LinkedHashSet<ReportingDescriptor> descriptors() {
    LinkedHashSet<ReportingDescriptor> out = new LinkedHashSet<>();
    rules.forEach(rule -> out.add(descriptor(rule)));
    return out;
  }

  static ReportingDescriptor descriptor(RuleInfo rule) {
    String doc = rule.docMarkdown().isBlank() ? null : rule.docMarkdown();
    ReportingConfiguration config = new ReportingConfiguration()
        .withLevel(ReportingConfiguration.Level.fromValue(rule.severity().id()));
    config.setEnabled(null);
    config.setRank(null);
    PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(rule.tags()));
    properties.setAdditionalProperty("precision", "high");
    if (rule.isSecurity()) {
      properties.setAdditionalProperty("security-severity",
          String.format(Locale.ROOT, "%.1f", rule.severity().securitySeverity()));
    }
    return new ReportingDescriptor()
        .withId(rule.id())
        .withName(camelCase(rule.id()))
        .withShortDescription(new MultiformatMessageString().withText(rule.title()))
        .withFullDescription(new MultiformatMessageString().withText(rule.description()))
        .withHelp(new MultiformatMessageString()
            .withText(doc == null ? rule.title() : MarkdownText.plain(doc))
            .withMarkdown(doc == null ? rule.title() : doc))
        .withHelpUri(helpUri(rule))
        .withDefaultConfiguration(config)
        .withProperties(properties);
  }

  /** {@code S3_BUCKET_ACL_PUBLIC_READ} becomes {@code S3BucketAclPublicRead}. */
  static String camelCase(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("_")) {
      if (!part.isEmpty()) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static URI helpUri(RuleInfo rule) {
    if (rule.helpUri() != null && !rule.helpUri().isBlank()) {
      try {
        return new URI(rule.helpUri().strip());
      } catch (URISyntaxException e) {
        // an unparsable helpUri falls back to the rule's page in the docs
      }
    }
    return URI.create(Version.INFORMATION_URI + "/blob/main/docs/rules/" + rule.id() + ".md");
  }
}
