package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Severity;
import dev.lintel.model.cfn.CfnResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Lintel against the labelled CloudFormation/SAM fixtures of KICS ({@code corpus/kics}, see its
 * SOURCE.md), for every query that {@code peer-map.json} maps. Every fixture is analysed once by
 * all built-in rules. A positive file is hit when each expected result of that file is matched
 * by a finding of the mapped rule: on the expected line, or in the resource that contains the
 * line (anywhere in the file when the line is outside every resource). A negative file is hit by
 * a finding of the mapped rule in a resource of a type the query is about, or outside every
 * resource. A KICS query inspects a few resource types, and its negative files only say that
 * those are clean: a negative file of a query about {@code AWS::ApiGateway::Deployment} may
 * also hold a stage without access logging, which the mapped rule rightly reports and the query
 * never looks at. The types a query is about are those of the resources holding its expected
 * lines, and of the linked resources where the mapped rule reports an expected result that it does
 * not report in the expected resource itself; when an expected line is
 * outside every resource (or the query has no expected results), every finding of the mapped
 * rule counts. Both ways, findings are scoped to the property the query is about (see
 * {@link PeerProperties}): when one Lintel rule covers several peer rules, each about one property
 * of a resource (TRAIL_INSECURE_CONFIG: logging, log file validation, multi-region, KMS key,
 * CloudWatch Logs), a finding about the property of another of them (another KICS query's, or a
 * checkov check's in {@link PeerProperties#CHECKOV}) and about none of this query's (compared by
 * path, whatever the resource type) neither hits a positive nor a negative. A query's properties
 * are the paths below {@code Properties} of its expected lines, or {@link #MISSING_PROPERTY} when
 * they all point at a missing property; a query without one is not scoped, and a finding about a
 * property no peer rule names still counts (Lintel may report the same defect on another key of
 * the resource than the query's expected line). Expected results and reported negatives that
 * RULES.md appendix A documents as
 * intended divergences are listed apart. Writes the kics section of {@code docs/accuracy.md};
 * fails when a query whose rules are all implemented is under the floors.
 */
class KicsAccuracyTest {

  private record Query(String name, Path dir, List<String> rules, List<String> positives, List<String> negatives,
      Map<String, List<Integer>> expectedLines) {}

  /**
   * The property of the queries whose expected lines name none (each is a missing property,
   * reported on the resource's {@code Properties} key, or a parameter's {@code Default}) while their
   * rule reports several properties of that resource: the property the query's name and
   * description give.
   */
  private static final Map<String, List<PeerProperties.Property>> MISSING_PROPERTY = Map.of(
      "amplify_app_oauth_token_exposed", List.of(new PeerProperties.Property("AWS::Amplify::App", "OauthToken")),
      "cloudtrail_log_files_not_encrypted_with_kms", List.of(new PeerProperties.Property("AWS::CloudTrail::Trail",
          "KMSKeyId")),
      "cloudtrail_not_integrated_with_cloudwatch", List.of(new PeerProperties.Property("AWS::CloudTrail::Trail",
          "CloudWatchLogsLogGroupArn")));

  /**
   * The properties a query is about, and the other properties its rules report separately: those of
   * the other peer rules, less the ones that are one of the query's own or enclose one (a query
   * whose expected line is {@code DistributionConfig} says nothing about another query's
   * {@code DistributionConfig.ViewerCertificate}).
   */
  private record Scope(Set<PeerProperties.Property> own, Set<PeerProperties.Property> others) {}

  @Test
  void mappedQueriesMeetTheFloors() throws IOException {
    Path corpus = Corpus.require("kics");
    assumeTrue(Files.isRegularFile(Corpus.root().resolveSibling("peer-map.json")), "peer map absent");
    Map<String, List<String>> mapping = PeerTemplates.peerMap("kics");
    Set<String> implemented = PeerTemplates.implementedRules();

    List<Query> queries = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (JsonNode q : PeerTemplates.JSON.readTree(corpus.resolve("index.json").toFile()).path("queries")) {
      String folder = q.path("folder").asText();
      String name = folder.substring(folder.indexOf('/') + 1);
      List<String> rules = mapping.get(name);
      if (rules == null) {
        continue;
      }
      Path dir = corpus.resolve(folder).resolve("test");
      Query query = new Query(name, dir, rules, texts(q.path("positive_files")), texts(q.path("negative_files")),
          expectedLines(dir));
      queries.add(query);
      if (implemented.containsAll(rules)) {
        query.positives().forEach(f -> files.add(dir.resolve(f)));
        query.negatives().forEach(f -> files.add(dir.resolve(f)));
      }
    }
    PeerTemplates analysed = new PeerTemplates(corpus, files);

    Map<String, Set<PeerProperties.Property>> own = new HashMap<>();
    Map<String, Set<PeerProperties.Property>> byRule = new HashMap<>();
    for (Query q : queries) {
      if (implemented.containsAll(q.rules())) {
        own.put(q.name(), properties(analysed, q));
        q.rules().forEach(r -> byRule.computeIfAbsent(r, k -> new HashSet<>()).addAll(own.get(q.name())));
      }
    }
    Map<String, List<String>> checkov = PeerTemplates.peerMap("checkov");
    PeerProperties.CHECKOV.forEach((check, properties) -> checkov.getOrDefault(check, List.of())
        .forEach(r -> byRule.computeIfAbsent(r, k -> new HashSet<>()).addAll(properties)));

    Map<String, PeerTally> tallies = new TreeMap<>();
    for (Query q : queries) {
      PeerTally t = tallies.computeIfAbsent(q.name(), n -> new PeerTally(q.rules(), implemented.containsAll(q.rules())));
      if (!t.implemented) {
        t.positives += q.positives().size();
        t.negatives += q.negatives().size();
        continue;
      }
      PeerDivergences.Divergence divergence = PeerDivergences.KICS.get(q.name());
      Set<PeerProperties.Property> others = new HashSet<>();
      q.rules().forEach(r -> others.addAll(byRule.getOrDefault(r, Set.of())));
      others.removeIf(o -> own.get(q.name()).stream().anyMatch(p -> p.path().equals(o.path())
          || p.path().startsWith(o.path() + ".")));
      Scope scope = new Scope(own.get(q.name()), others);
      Set<String> types = new HashSet<>();
      for (String file : q.positives()) {
        positive(analysed, q, file, divergence, t, types, scope);
      }
      for (String file : q.negatives()) {
        negative(analysed, q, file, divergence, t, types.contains(null) ? Set.of() : types, scope);
      }
    }

    List<String> withoutFixtures = mapping.keySet().stream().filter(k -> !tallies.containsKey(k)).sorted().toList();
    StringBuilder md = new StringBuilder("## KICS\n\n")
        .append("Labelled CloudFormation/SAM fixtures of Checkmarx/kics (`corpus/kics`). Every fixture is analysed")
        .append(" once by all built-in rules. A positive file is hit when every expected result in it is matched by")
        .append(" a finding of the mapped rule on the expected line or in the resource containing that line; a")
        .append(" negative file is hit by a finding of the mapped rule in a resource of a type the query is about")
        .append(" (the types holding its expected results, or the linked resources where they are reported) or")
        .append(" outside every resource. Both ways a finding counts only when it is about the property the query")
        .append(" is about: when one Lintel rule covers several queries, each about one property of a resource, a")
        .append(" finding about another query's property (the path below `Properties` of that query's expected lines,")
        .append(" or the property of a checkov check mapped to the same rule), and not about this query's, is not")
        .append(" counted; a finding reported on the resource's `Type` is about the property its message names.")
        .append(" Floors: at least 90% of positive files hit, at most 5% of negative files hit (queries")
        .append(" whose Lintel rules are all implemented).\n\n")
        .append(PeerTally.table("KICS query", "files", tallies));
    if (!withoutFixtures.isEmpty()) {
      md.append("\nMapped queries without fixtures in this corpus: ")
          .append(String.join(", ", withoutFixtures.stream().map(k -> "`" + k + "`").toList())).append(".\n");
    }
    AccuracyReport.writeSection("kics", md.toString());

    List<String> failures = new ArrayList<>(analysed.internalErrors);
    failures.addAll(PeerTally.failures(tallies));
    assertThat(failures).as("KICS queries under the accuracy floors").isEmpty();
  }

  /**
   * Counts one positive file. Adds to {@code types} the type of each resource holding an expected
   * line (null when the line is outside every resource) and, when no matching finding lies in that
   * resource, the types of the linked resources where the matching findings lie (a bucket policy
   * reported for a bucket).
   */
  private static void positive(PeerTemplates analysed, Query q, String file, PeerDivergences.Divergence divergence,
      PeerTally t, Set<String> types, Scope scope) {
    Path path = q.dir().resolve(file);
    List<Finding> findings = analysed.findings(path, q.rules()).stream()
        .filter(f -> inScope(analysed, path, f, scope)).toList();
    int matched = 0;
    List<String> missing = new ArrayList<>();
    List<String> intended = new ArrayList<>();
    for (int line : q.expectedLines().getOrDefault(file, List.of())) {
      PeerTemplates.Span span = analysed.spanAt(path, line);
      types.add(span == null ? null : span.resource().type());
      List<Finding> hits = findings.stream().filter(f -> analysed.matches(path, f, line, span)).toList();
      boolean inSpan = hits.stream().anyMatch(f -> analysed.spanAt(path, f.location().range().startLine()) == span);
      if (span != null && !inSpan) {
        hits.forEach(f -> types.addAll(resourceTypes(analysed, path, f)));
      }
      boolean hit = !hits.isEmpty();
      if (hit) {
        matched++;
      } else if (divergence != null && span != null
          && PeerDivergences.all(List.of(span.resource()), divergence.missedPositive())) {
        intended.add(file + ":" + line);
      } else {
        missing.add(file + ":" + line);
      }
    }
    if (missing.isEmpty() && matched == 0 && !intended.isEmpty()) {
      t.intended.add("positive " + String.join(", ", intended) + ": " + divergence.describe());
      return;
    }
    if (!intended.isEmpty()) {
      t.intended.add("positive " + String.join(", ", intended) + ": " + divergence.describe());
    }
    t.positive(missing.isEmpty() && matched > 0, missing.isEmpty() ? file : String.join(", ", missing));
  }

  /**
   * Counts one negative file: a finding counts when its resource (or a related location's) has one
   * of {@code types}, or lies outside every resource; every finding counts when {@code types} is
   * empty.
   */
  private static void negative(PeerTemplates analysed, Query q, String file, PeerDivergences.Divergence divergence,
      PeerTally t, Set<String> types, Scope scope) {
    Path path = q.dir().resolve(file);
    List<Finding> findings = analysed.findings(path, q.rules()).stream().filter(f -> types.isEmpty()
        || resourceTypes(analysed, path, f).stream().anyMatch(ty -> ty == null || types.contains(ty)))
        .filter(f -> inScope(analysed, path, f, scope)).toList();
    if (!findings.isEmpty() && divergence != null && divergence.notesOnly()
        && findings.stream().allMatch(f -> f.level() == Severity.NOTE)) {
      t.intended.add("negative " + file + ": " + divergence.describe());
      return;
    }
    if (!findings.isEmpty() && divergence != null && divergence.hitNegative() != null) {
      List<CfnResource> resources = findings.stream()
          .map(f -> analysed.spanAt(path, f.location().range().startLine()))
          .map(s -> s == null ? null : s.resource()).toList();
      if (!resources.contains(null) && PeerDivergences.all(resources.stream().filter(Objects::nonNull).toList(),
          divergence.hitNegative())) {
        t.intended.add("negative " + file + ": " + divergence.describe());
        return;
      }
    }
    t.negative(!findings.isEmpty(), file + (findings.isEmpty() ? "" : ":" + findings.get(0).location().range()
        .startLine()));
  }

  /**
   * The properties the query is about: the paths ({@link PeerProperties#path}) of its expected
   * lines, with the type of the resource holding each; a line on a resource's key, {@code Type} or
   * {@code Properties} (a missing property) or outside every resource names none, so a query
   * whose every expected line is such a line takes its property from {@link #MISSING_PROPERTY}.
   */
  private static Set<PeerProperties.Property> properties(PeerTemplates analysed, Query q) {
    Set<PeerProperties.Property> out = new HashSet<>(MISSING_PROPERTY.getOrDefault(q.name(), List.of()));
    q.expectedLines().forEach((file, lines) -> lines.forEach(line -> {
      Path path = q.dir().resolve(file);
      String property = PeerProperties.path(analysed.pathAt(path, line));
      PeerTemplates.Span span = analysed.spanAt(path, line);
      if (property != null && !property.isEmpty() && span != null) {
        out.add(new PeerProperties.Property(span.resource().type(), property));
      }
    }));
    return out;
  }

  /**
   * False when the query's properties are known and the finding is about a property that another
   * peer rule mapped to the same Lintel rule is about (another KICS query's expected lines, or
   * {@link PeerProperties#CHECKOV}) and about none of the query's own (whatever the resource type:
   * a query about StorageEncrypted may have expected lines only in clusters).
   */
  private static boolean inScope(PeerTemplates analysed, Path path, Finding f, Scope scope) {
    String type = analysed.typeOf(path, f);
    return scope.own().isEmpty() || !PeerProperties.about(f, type, scope.others())
        || PeerProperties.about(f, type, scope.own().stream().map(p -> new PeerProperties.Property(type, p.path()))
            .toList());
  }

  /** The types of the resources holding the finding's location and related locations (null: outside). */
  private static Set<String> resourceTypes(PeerTemplates analysed, Path path, Finding f) {
    Set<String> out = new HashSet<>();
    List<Integer> lines = new ArrayList<>(List.of(f.location().range().startLine()));
    f.related().forEach(r -> lines.add(r.location().range().startLine()));
    for (int line : lines) {
      PeerTemplates.Span span = analysed.spanAt(path, line);
      out.add(span == null ? null : span.resource().type());
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** positive_expected_result.json: file name (either spelling of the key) to expected lines. */
  private static Map<String, List<Integer>> expectedLines(Path dir) throws IOException {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    Path expected = dir.resolve("positive_expected_result.json");
    if (!Files.isRegularFile(expected)) {
      return out;
    }
    for (JsonNode e : PeerTemplates.JSON.readTree(expected.toFile())) {
      String file = e.has("fileName") ? e.path("fileName").asText() : e.path("filename").asText();
      out.computeIfAbsent(file, k -> new ArrayList<>()).add(e.path("line").asInt());
    }
    return out;
  }
}
