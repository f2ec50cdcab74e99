package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.Finding;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue-driven IAM rules stay quiet where they must: on policies written like AWS's own
 * managed policies (test resources {@code aws-managed-like/}), and on the parliament policies that
 * parliament expects clean for the matching finding.
 */
class IamCatalogueRulesCorpusTest {

  /** Rules that must never fire on a correct document of AWS's own style. */
  private static final List<String> VALIDITY_RULES = List.of("IAM_ACTION_UNKNOWN", "IAM_ARN_INVALID",
      "IAM_RESOURCE_MISMATCH", "IAM_CONDITION_KEY_UNKNOWN", "IAM_CONDITION_TYPE_MISMATCH",
      "IAM_DENY_TAG_KEY_UNSUPPORTED");

  /** Parliament's community auditors; the permissions-management finding is one of them. */
  private static final Set<String> COMMUNITY = Set.of("IAM_PERMISSIONS_MANAGEMENT");

  private static final List<String> CATALOGUE_RULES = List.of("IAM_ACTION_UNKNOWN", "IAM_ARN_INVALID",
      "IAM_RESOURCE_MISMATCH", "IAM_RESOURCE_STAR", "IAM_CONDITION_KEY_UNKNOWN", "IAM_CONDITION_TYPE_MISMATCH",
      "IAM_PERMISSIONS_MANAGEMENT", "IAM_DENY_TAG_KEY_UNSUPPORTED");

  @Test
  void awsStylePoliciesRaiseNoValidityFinding() throws URISyntaxException {
    Path dir = Path.of(getClass().getResource("/aws-managed-like").toURI());
    List<String> findings = run(dir, VALIDITY_RULES).stream().map(IamCatalogueRulesCorpusTest::describe).toList();
    assertThat(findings).isEmpty();
  }

  @Test
  void parliamentCleanPoliciesStayClean() throws IOException {
    Path dir = Corpus.require("parliament");
    ObjectMapper json = new ObjectMapper();
    JsonNode peerMap = json.readTree(Corpus.root().resolveSibling("peer-map.json").toFile()).get("parliament");
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (JsonNode c : json.readTree(dir.resolve("cases.json").toFile()).get("cases")) {
      String file = c.get("policy_file").asText();
      JsonNode exactly = c.path("expectations").path(0).get("finding_ids_exactly");
      if (exactly == null || !file.endsWith(".json")) {
        continue;
      }
      Set<String> expected = new HashSet<>();
      exactly.forEach(id -> expected.add(peerMap.path(id.asText()).asText(id.asText())));
      if (expected.contains("IAM_POLICY_MALFORMED")) {
        continue;
      }
      boolean community = c.path("analyze_options").path("include_community_auditors").asBoolean(false);
      List<String> mustBeQuiet = CATALOGUE_RULES.stream()
          .filter(r -> !expected.contains(r) && (community || !COMMUNITY.contains(r))).toList();
      for (Finding f : run(dir.resolve(file), mustBeQuiet)) {
        wrong.add(file + ": " + describe(f));
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(wrong).isEmpty();
  }

  private static List<Finding> run(Path path, List<String> rules) {
    Path root = Files.isDirectory(path) ? path : path.getParent();
    return Analysis.run(AnalysisConfig.builder().paths(List.of(path)).root(root).rules(BuiltInRules.all())
        .only(rules).build()).findings();
  }

  private static String describe(Finding f) {
    return f.location().uri() + ":" + f.location().range().startLine() + " " + f.ruleId() + " " + f.message();
  }
}
