package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.model.FileKind;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every policy of parliament's own test cases ({@code corpus/parliament/cases.json}) through
 * Lintel and compares, for the parliament findings that {@code peer-map.json} maps to Lintel
 * rules, what parliament expects with what Lintel raises. Findings are compared per Lintel rule
 * (NO_VERSION, INVALID_VERSION and OLD_VERSION all expect IAM_POLICY_VERSION). A case counts once
 * every rule it expects exists; the test fails below 90% agreement on those cases and writes the
 * table to {@code docs/accuracy.md}.
 */
class ParliamentAccuracyTest {

  private static final double THRESHOLD = 0.90;

  /** Findings of parliament's community auditors: compared only in cases that enable them (RULES.md App. D). */
  private static final Set<String> COMMUNITY = Set.of("PERMISSIONS_MANAGEMENT_ACTIONS", "PRIVILEGE_ESCALATION",
      "CREDENTIALS_EXPOSURE", "NOTPRINCIPAL_WITH_ALLOW", "NOTRESOURCE_WITH_ALLOW",
      "SINGLE_VALUE_CONDITION_TOO_PERMISSIVE");

  /** Disagreements judged intended: Lintel follows what AWS does (RULES.md Appendix D), by case id. */
  private static final Map<String, String> INTENDED = Map.of(
      "P004", "The policy has a trailing comma. IAM rejects it, so Lintel reports PARSE_ERROR (and still analyses"
          + " the recovered document); parliament's lenient parser accepts it silently.",
      "P033", "Unknown operator `bad`: Lintel reports only IAM_CONDITION_OPERATOR_UNKNOWN and does not type-check"
          + " an operator that does not exist; parliament also reports MISMATCHED_TYPE.",
      "P002", "NotResource means every resource except the listed ones, so no action can mismatch the resources;"
          + " IAM_RESOURCE_MISMATCH only judges Resource (RULES.md). parliament compares the actions with the excluded"
          + " ARNs. (A community-auditor expectation that upstream never executes.)",
      "P005", "The AWS Service Authorization Reference lists redshift:GetClusterCredentials as Write and"
          + " ecr:GetAuthorizationToken as Read, so neither is permissions management; the credentials exposure is"
          + " reported by IAM_CREDENTIALS_EXPOSURE. (A community-auditor expectation that upstream never executes.)",
      "P054", "Lintel reports a wildcard pattern only when none of the actions it matches can use a listed resource"
          + " (RULES.md IAM_RESOURCE_MISMATCH (b)): s3:*Bucket* and s3:*Object* both include actions that apply to"
          + " bucket1 or bucket1/*, and s3:*Object includes s3:GetObject for bucket2/*; parliament flags a pattern when"
          + " any expanded action mismatches.");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = Pattern.compile(
      "(?:#|//|<!--)\\s*expect(?:@[+-]\\d+)?:\\s*([A-Z][A-Z0-9_]*)(?:\\s*\\{\\{.*?}})?\\s*(?:-->)?");

  @TempDir
  Path work;

  /** One comparable case: its input files (one per policy) and what parliament expects. */
  private record Case(String id, String policyFile, List<String> files, Set<String> compared, Set<String> expected,
      boolean validJson) {}

  @Test
  void agreesWithParliamentOnItsOwnCases() throws IOException {
    Path dir = Corpus.require("parliament");
    Path peerMapFile = Corpus.root().resolveSibling("peer-map.json");
    assumeTrue(Files.isRegularFile(peerMapFile), "peer map absent: " + peerMapFile);
    Map<String, String> peerMap = peerMap(JSON.readTree(peerMapFile.toFile()).path("parliament"));
    Set<String> implemented = new HashSet<>();
    for (Rule r : BuiltInRules.all()) {
      implemented.add(r.getClass().getAnnotation(RuleMeta.class).id());
    }

    List<Case> cases = new ArrayList<>();
    Map<String, String> notComparable = new LinkedHashMap<>();
    for (JsonNode c : JSON.readTree(dir.resolve("cases.json").toFile()).path("cases")) {
      String id = c.path("id").asText();
      Set<String> compared = new TreeSet<>(peerMap.keySet());
      if (!c.path("analyze_options").path("include_community_auditors").asBoolean(false)) {
        compared.removeAll(COMMUNITY);
      }
      Set<String> expected = null;
      for (JsonNode e : c.path("expectations")) {
        if (e.has("finding_ids_exactly")) {
          expected = new TreeSet<>();
          for (JsonNode f : e.path("finding_ids_exactly")) {
            expected.add(f.asText());
          }
        } else if (e.has("findings_count") && e.path("findings_count").asInt() == 0) {
          expected = new TreeSet<>();
        } else if (e.has("any_finding_id_present")) {
          expected = new TreeSet<>(Set.of(e.path("any_finding_id_present").asText()));
          compared.retainAll(expected);
        }
      }
      if (expected == null) {
        notComparable.put(id, row(id, c.path("policy_file").asText(),
            "no expectation on the set of finding ids (" + expectationKinds(c) + ")"));
        continue;
      }
      List<String> files = writeInputs(dir, c, id);
      cases.add(new Case(id, c.path("policy_file").asText(), files, compared, expected,
          c.path("policy_is_valid_json").asBoolean(true)));
    }

    AnalysisResult result = Analysis.run(AnalysisConfig.builder().paths(List.of(work)).root(work)
        .rules(BuiltInRules.all()).type("*.json", FileKind.POLICY).jobs(1).build());
    assertThat(result.internalErrors()).isEmpty();
    Map<String, Set<String>> raisedByFile = new TreeMap<>();
    for (Finding f : result.activeFindings()) {
      raisedByFile.computeIfAbsent(f.location().uri(), k -> new TreeSet<>()).add(f.ruleId());
    }

    List<String> parseErrors = new ArrayList<>();
    for (Case c : cases) {
      c.files().stream().filter(f -> c.validJson() && raisedByFile.getOrDefault(f, Set.of()).contains("PARSE_ERROR"))
          .forEach(parseErrors::add);
    }
    assertThat(parseErrors).as("valid JSON policies with PARSE_ERROR").isEmpty();

    int counted = 0;
    int agreeing = 0;
    List<String> disagreements = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (Case c : cases) {
      Set<String> raised = new TreeSet<>();
      c.files().forEach(file -> raised.addAll(raisedByFile.getOrDefault(file, Set.of())));
      Set<String> relevant = new TreeSet<>();
      Set<String> expectedRules = new TreeSet<>();
      for (String finding : c.compared()) {
        relevant.add(peerMap.get(finding));
        if (c.expected().contains(finding)) {
          expectedRules.add(peerMap.get(finding));
        }
      }
      Set<String> missing = new TreeSet<>(expectedRules);
      missing.removeAll(implemented);
      if (!missing.isEmpty()) {
        pending.add(row(c.id(), c.policyFile(), "rule not implemented yet: " + String.join(", ", missing)));
        continue;
      }
      counted++;
      Set<String> raisedRelevant = new TreeSet<>(raised);
      raisedRelevant.retainAll(relevant);
      if (raisedRelevant.equals(expectedRules)) {
        agreeing++;
      } else {
        Set<String> peerExpected = new TreeSet<>(c.expected());
        peerExpected.retainAll(c.compared());
        disagreements.add(row(c.id(), c.policyFile(), list(peerExpected), list(expectedRules), list(raisedRelevant),
            INTENDED.getOrDefault(c.id(), "unexplained")));
      }
    }

    double rate = counted == 0 ? 1.0 : (double) agreeing / counted;
    AccuracyReport.writeSection("parliament", markdown(cases.size() + notComparable.size(), counted, agreeing, rate,
        disagreements, pending, notComparable));
    assertThat(rate).as("agreement with parliament on %d cases whose rules exist (%d agree)", counted, agreeing)
        .isGreaterThanOrEqualTo(THRESHOLD);
  }

  @Test
  void everyStandalonePolicyOfTheRepositoryParses() throws IOException {
    List<Path> policies = new ArrayList<>();
    for (Path root : List.of(Path.of("../rules/src/test/resources/fixtures"), Path.of("../examples"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(policies::add);
      }
    }
    Map<String, Boolean> expectsParseError = new LinkedHashMap<>();
    for (Path p : policies) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (!text.contains("\"Statement\"") || text.contains("\"Resources\"")) {
        continue;
      }
      Matcher m = MARKER.matcher(text);
      StringBuilder blanked = new StringBuilder();
      boolean parseErrorMarker = false;
      while (m.find()) {
        parseErrorMarker |= m.group(1).equals("PARSE_ERROR");
        m.appendReplacement(blanked, " ".repeat(m.group().length()));
      }
      m.appendTail(blanked);
      String name = p.normalize().toString().replace('/', '_').replace("..", "").replaceAll("^_+", "");
      Files.writeString(work.resolve(name), blanked.toString());
      expectsParseError.put(name, parseErrorMarker);
    }
    assertThat(expectsParseError).hasSizeGreaterThan(20);
    AnalysisResult result = Analysis.run(AnalysisConfig.builder().paths(List.of(work)).root(work)
        .rules(BuiltInRules.all()).only(List.of("PARSE_ERROR")).jobs(1).build());
    List<String> unexpected = result.activeFindings().stream()
        .filter(f -> f.ruleId().equals("PARSE_ERROR") && !expectsParseError.getOrDefault(f.location().uri(), false))
        .map(f -> f.location().uri() + ":" + f.location().range().startLine() + " " + f.message())
        .toList();
    assertThat(unexpected).isEmpty();
    assertThat(result.filesAnalyzed()).isEqualTo(expectsParseError.size());
  }

  /** Writes the case's policy (or, for an authorization-details case, each policy it holds) as JSON files. */
  private List<String> writeInputs(Path dir, JsonNode c, String id) throws IOException {
    Path source = dir.resolve(c.path("policy_file").asText());
    if (!c.has("input_kind")) {
      Files.copy(source, work.resolve(id + ".json"));
      return List.of(id + ".json");
    }
    List<JsonNode> documents = new ArrayList<>();
    JsonNode details = JSON.readTree(source.toFile());
    for (JsonNode p : details.path("Policies")) {
      String name = p.path("PolicyName").asText();
      String path = p.path("Path").asText();
      if (!p.path("Arn").asText().contains("arn:aws:iam::aws:") || path.equals("/service-role/")
          || path.equals("/aws-service-role/") || name.startsWith("AWSServiceRoleFor")
          || name.endsWith("ServiceRolePolicy") || name.endsWith("ServiceLinkedRolePolicy")) {
        continue;
      }
      for (JsonNode v : p.path("PolicyVersionList")) {
        if (v.path("IsDefaultVersion").asBoolean()) {
          documents.add(v.path("Document"));
        }
      }
    }
    for (String[] list : new String[][] {{"UserDetailList", "UserPolicyList"}, {"RoleDetailList", "RolePolicyList"},
        {"GroupDetailList", "GroupPolicyList"}}) {
      for (JsonNode principal : details.path(list[0])) {
        principal.path(list[1]).forEach(p -> documents.add(p.path("PolicyDocument")));
      }
    }
    List<String> files = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String file = id + "-" + (i + 1) + ".json";
      Files.writeString(work.resolve(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(documents.get(i)));
      files.add(file);
    }
    return files;
  }

  private static Map<String, String> peerMap(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      String rule = v.isArray() ? v.path(0).asText() : v.asText();
      out.put(e.getKey(), rule.startsWith("~") ? rule.substring(1) : rule);
    });
    return out;
  }

  private static String expectationKinds(JsonNode c) {
    Set<String> kinds = new TreeSet<>();
    c.path("expectations").forEach(e -> e.fieldNames().forEachRemaining(n -> {
      if (!n.equals("message") && !n.equals("note")) {
        kinds.add(n);
      }
    }));
    return String.join(", ", kinds);
  }

  private static String markdown(int total, int counted, int agreeing, double rate, List<String> disagreements,
      List<String> pending, Map<String, String> notComparable) {
    StringBuilder md = new StringBuilder();
    md.append("## parliament\n\n")
        .append("Cases of duo-labs/parliament's own tests (`corpus/parliament/cases.json`), each policy checked as a")
        .append(" standalone policy with every built-in rule. Only parliament findings mapped to Lintel rules in")
        .append(" `peer-map.json` are compared, per Lintel rule; community-auditor findings only in cases that enable")
        .append(" them. A case is counted when every rule it expects exists.\n\n")
        .append("| | cases |\n|---|---|\n")
        .append("| all cases | ").append(total).append(" |\n")
        .append("| counted (expected rules exist) | ").append(counted).append(" |\n")
        .append("| agree | ").append(agreeing).append(" (")
        .append(String.format(Locale.ROOT, "%.1f%%", rate * 100)).append(") |\n")
        .append("| rule not implemented yet | ").append(pending.size()).append(" |\n")
        .append("| no finding-set expectation | ").append(notComparable.size()).append(" |\n\n");
    md.append("### Disagreements\n\n");
    if (disagreements.isEmpty()) {
      md.append("None.\n\n");
    } else {
      md.append("| case | policy | parliament expects | Lintel rules expected | Lintel raised | reason |\n")
          .append("|---|---|---|---|---|---|\n");
      disagreements.forEach(r -> md.append(r).append('\n'));
      md.append('\n');
    }
    md.append("### Not counted\n\n| case | policy | reason |\n|---|---|---|\n");
    pending.forEach(r -> md.append(r).append('\n'));
    notComparable.values().forEach(r -> md.append(r).append('\n'));
    return md.toString();
  }

  private static String row(String... cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    return sb.toString();
  }

  private static String list(Set<String> s) {
    return s.isEmpty() ? "—" : String.join(", ", s);
  }
}
