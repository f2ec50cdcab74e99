package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.engine.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lintel against the labelled CloudFormation/SAM templates of checkov ({@code corpus/checkov},
 * see its SOURCE.md), for every check that {@code peer-map.json} maps. Every template is analysed
 * once by all built-in rules. A failing resource is hit when a finding of the mapped rule has the
 * logical location {@code Resources.<LogicalId>} (or below it), or lies in a resource linked to
 * it by {@code Ref}/{@code Fn::GetAtt} (a Lambda URL and its function); a passing resource must
 * not be hit. For a check whose Lintel rule reports several properties of the check's resource
 * type as separate findings ({@link PeerProperties#CHECKOV}), only findings about the check's
 * property count, both ways. Cases that RULES.md appendix B documents as intended divergences are
 * listed apart.
 * Writes the checkov section of {@code docs/accuracy.md}; fails when a check whose rules are all
 * implemented is under the floors.
 */
class CheckovAccuracyTest {

  /** One labelled resource: the templates it may be in and whether checkov fails it. */
  private record Case(String check, List<Path> files, String logicalId, boolean failing) {}

  @Test
  void mappedChecksMeetTheFloors() throws IOException {
    Path corpus = Corpus.require("checkov");
    assumeTrue(Files.isRegularFile(Corpus.root().resolveSibling("peer-map.json")), "peer map absent");
    Map<String, List<String>> mapping = PeerTemplates.peerMap("checkov");
    Set<String> implemented = PeerTemplates.implementedRules();
    JsonNode expected = PeerTemplates.JSON.readTree(corpus.resolve("expected.json").toFile());

    List<Case> cases = new ArrayList<>();
    expected.path("checks").fields().forEachRemaining(c -> {
      if (mapping.containsKey(c.getKey())) {
        c.getValue().path("folders").forEach(folder -> {
          Path dir = corpus.resolve(folder.path("template_folder").asText());
          folder.path("failed").forEach(r -> cases.add(labelled(c.getKey(), dir, r, true)));
          folder.path("passed").forEach(r -> cases.add(labelled(c.getKey(), dir, r, false)));
        });
      }
    });
    expected.path("graph_checks").fields().forEachRemaining(c -> {
      if (mapping.containsKey(c.getKey())) {
        Path template = corpus.resolve(c.getValue().path("template").asText());
        c.getValue().path("failed").forEach(r -> cases.add(new Case(c.getKey(), List.of(template), id(r), true)));
        c.getValue().path("passed").forEach(r -> cases.add(new Case(c.getKey(), List.of(template), id(r), false)));
      }
    });
    List<Path> files = cases.stream().filter(c -> implemented.containsAll(mapping.get(c.check())))
        .flatMap(c -> c.files().stream()).distinct().toList();
    PeerTemplates analysed = new PeerTemplates(corpus, files);

    Map<String, PeerTally> tallies = new TreeMap<>();
    for (Case c : cases) {
      List<String> rules = mapping.get(c.check());
      PeerTally t = tallies.computeIfAbsent(c.check(), k -> new PeerTally(rules, implemented.containsAll(rules)));
      if (!t.implemented) {
        if (c.failing()) {
          t.positives++;
        } else {
          t.negatives++;
        }
        continue;
      }
      count(analysed, c, rules, PeerDivergences.CHECKOV.get(c.check()), t);
    }

    List<String> withoutCases = mapping.keySet().stream().filter(k -> !tallies.containsKey(k)).sorted().toList();
    StringBuilder md = new StringBuilder("## checkov\n\n")
        .append("Labelled CloudFormation/SAM templates of bridgecrewio/checkov (`corpus/checkov`, `expected.json`).")
        .append(" Every template is analysed once by all built-in rules. A failing resource is hit when a finding")
        .append(" of the mapped rule is at `Resources.<LogicalId>` or below (or in a resource linked to it by `Ref`/")
        .append("`Fn::GetAtt`); a passing resource is hit the same way. When the Lintel rule")
        .append(" reports several properties of the check's resource type as separate findings (a trail's KMS key, log")
        .append(" file validation and multi-region setting; WorkSpaces root and user volumes; OpenSearch node-to-node")
        .append(" encryption and HTTPS; Amazon MQ audit and general logs), only a finding about the check's property")
        .append(" counts, both ways (a finding reported on the resource's `Type` is about the property its message")
        .append(" names). Floors: at least 90% of failing resources")
        .append(" hit, at most 5% of passing resources hit (checks whose Lintel rules are all implemented).\n\n")
        .append(PeerTally.table("checkov check", "resources", tallies));
    if (!withoutCases.isEmpty()) {
      md.append("\nMapped checks without labelled resources in this corpus: ")
          .append(String.join(", ", withoutCases.stream().map(k -> "`" + k + "`").toList())).append(".\n");
    }
    AccuracyReport.writeSection("checkov", md.toString());

    List<String> failures = new ArrayList<>(analysed.internalErrors);
    failures.addAll(PeerTally.failures(tallies));
    assertThat(failures).as("checkov checks under the accuracy floors").isEmpty();
  }

  private static void count(PeerTemplates analysed, Case c, List<String> rules, PeerDivergences.Divergence divergence,
      PeerTally t) {
    boolean hit = false;
    PeerTemplates.Span resource = null;
    for (Path file : c.files()) {
      PeerTemplates.Span span = analysed.resource(file, c.logicalId());
      if (span == null) {
        continue;
      }
      resource = resource == null ? span : resource;
      List<PeerProperties.Property> property = PeerProperties.CHECKOV.get(c.check());
      for (Finding f : analysed.findings(file, rules)) {
        hit |= analysed.inResource(file, f, span)
            && (property == null || PeerProperties.about(f, analysed.typeOf(file, f), property));
      }
    }
    String what = c.logicalId() + " (" + String.join(", ", c.files().stream()
        .map(f -> f.getParent().getFileName() + "/" + f.getFileName()).toList()) + ")";
    if (resource != null && divergence != null && hit != c.failing()) {
      var test = c.failing() ? divergence.missedPositive() : divergence.hitNegative();
      if (PeerDivergences.all(List.of(resource.resource()), test)) {
        t.intended.add((c.failing() ? "failing " : "passing ") + what + ": " + divergence.describe());
        return;
      }
    }
    if (c.failing()) {
      t.positive(hit, what);
    } else {
      t.negative(hit, what);
    }
  }

  private static Case labelled(String check, Path dir, JsonNode r, boolean failing) {
    List<Path> files = new ArrayList<>();
    r.path("files").forEach(f -> files.add(find(dir, f.asText())));
    return new Case(check, files, id(r.path("resource")), failing);
  }

  /** {@code Type.LogicalId} to the logical id. */
  private static String id(JsonNode resource) {
    String text = resource.asText();
    return text.substring(text.lastIndexOf('.') + 1);
  }

  /** The file under {@code dir}, searched recursively when it is not directly there. */
  private static Path find(Path dir, String name) {
    Path direct = dir.resolve(name);
    if (Files.isRegularFile(direct)) {
      return direct;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(direct);
    } catch (IOException e) {
      return direct;
    }
  }
}
