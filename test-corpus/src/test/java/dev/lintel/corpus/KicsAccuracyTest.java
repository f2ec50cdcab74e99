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
 * any finding of the mapped rule. Expected results and reported negatives that RULES.md appendix A
 * documents as intended divergences are listed apart. Writes the kics section of
 * {@code docs/accuracy.md}; fails when a query whose rules are all implemented is under the floors.
 */
class KicsAccuracyTest {

  private record Query(String name, Path dir, List<String> rules, List<String> positives, List<String> negatives,
      Map<String, List<Integer>> expectedLines) {}

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

    Map<String, PeerTally> tallies = new TreeMap<>();
    for (Query q : queries) {
      PeerTally t = tallies.computeIfAbsent(q.name(), n -> new PeerTally(q.rules(), implemented.containsAll(q.rules())));
      if (!t.implemented) {
        t.positives += q.positives().size();
        t.negatives += q.negatives().size();
        continue;
      }
      PeerDivergences.Divergence divergence = PeerDivergences.KICS.get(q.name());
      for (String file : q.positives()) {
        positive(analysed, q, file, divergence, t);
      }
      for (String file : q.negatives()) {
        negative(analysed, q, file, divergence, t);
      }
    }

    List<String> withoutFixtures = mapping.keySet().stream().filter(k -> !tallies.containsKey(k)).sorted().toList();
    StringBuilder md = new StringBuilder("## KICS\n\n")
        .append("Labelled CloudFormation/SAM fixtures of Checkmarx/kics (`corpus/kics`). Every fixture is analysed")
        .append(" once by all built-in rules. A positive file is hit when every expected result in it is matched by")
        .append(" a finding of the mapped rule on the expected line or in the resource containing that line; a")
        .append(" negative file is hit by any finding of the mapped rule. Floors: at least 90% of positive files")
        .append(" hit, at most 5% of negative files hit (queries whose Lintel rules are all implemented).\n\n")
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

  private static void positive(PeerTemplates analysed, Query q, String file, PeerDivergences.Divergence divergence,
      PeerTally t) {
    Path path = q.dir().resolve(file);
    List<Finding> findings = analysed.findings(path, q.rules());
    int matched = 0;
    List<String> missing = new ArrayList<>();
    List<String> intended = new ArrayList<>();
    for (int line : q.expectedLines().getOrDefault(file, List.of())) {
      PeerTemplates.Span span = analysed.spanAt(path, line);
      boolean hit = findings.stream().anyMatch(f -> analysed.matches(path, f, line, span));
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

  private static void negative(PeerTemplates analysed, Query q, String file, PeerDivergences.Divergence divergence,
      PeerTally t) {
    Path path = q.dir().resolve(file);
    List<Finding> findings = analysed.findings(path, q.rules());
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
