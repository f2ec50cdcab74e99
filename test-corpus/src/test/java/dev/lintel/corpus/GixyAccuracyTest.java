package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.model.FileKind;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Lintel against the labelled fixtures of gixy ({@code corpus/gixy}, see its SOURCE.md): each
 * {@code .conf} is analysed on its own as nginx, and a conf counts as hit when it gets a finding
 * of the Lintel rule that {@code peer-map.json} maps its plugin to. Positive confs should be hit,
 * {@code _fp} confs should not. Writes the gixy section of {@code docs/accuracy.md} and fails when
 * an implemented rule is below 90% on positives or above 5% on {@code _fp} confs; plugins whose
 * rule is not implemented yet are listed and not enforced. Confs where RULES.md appendix C
 * documents an intended divergence are listed apart and must be reported exactly as documented.
 */
class GixyAccuracyTest {

  private static final double MIN_POSITIVE_RATE = 0.90;
  private static final double MAX_FP_RATE = 0.05;

  /** RULES.md appendix C: _fp confs that Lintel reports on purpose, as a note. */
  private static final Map<String, String> INTENDED_NOTES = Map.of(
      "plugins/add_header_redefinition/not_secure_both_fp.conf", "dropped non-security header (note)",
      "plugins/add_header_redefinition/not_secure_outer_fp.conf", "dropped non-security header (note)",
      "plugins/origins/origin_fp.conf", "origin regex with a path (note)",
      "plugins/origins/origin_w_slash_fp.conf", "origin regex with a path (note)",
      "plugins/origins/origin_w_slash_anchored_fp.conf", "origin regex with a path (note)",
      "plugins/origins/origin_https_fp.conf", "origin regex with a path (note)");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts of one plugin. */
  private static final class Tally {
    final List<String> rules;
    final boolean implemented;
    int positives;
    int positivesHit;
    int fps;
    int fpsHit;
    final List<String> missed = new ArrayList<>();
    final List<String> falsePositives = new ArrayList<>();
    final List<String> divergences = new ArrayList<>();

    Tally(List<String> rules, boolean implemented) {
      this.rules = rules;
      this.implemented = implemented;
    }
  }

  @Test
  void mappedPluginsMeetTheFloors() throws IOException {
    Path corpus = Corpus.require("gixy");
    Path peerMap = Corpus.root().resolveSibling("peer-map.json");
    assumeTrue(Files.isRegularFile(peerMap), "peer map absent: " + peerMap);
    Map<String, List<String>> mapping = PeerTemplates.peerMap("gixy");
    Set<String> implemented = BuiltInRules.all().stream()
        .map(r -> r.getClass().getAnnotation(RuleMeta.class).id()).collect(Collectors.toSet());

    Map<String, Tally> tallies = new TreeMap<>();
    List<String> internalErrors = new ArrayList<>();
    for (JsonNode c : JSON.readTree(corpus.resolve("expectations.json").toFile()).path("cases")) {
      String plugin = c.path("plugin").asText();
      List<String> rules = mapping.get(plugin);
      if (rules == null) {
        continue;
      }
      List<String> active = rules.stream().filter(implemented::contains).toList();
      Tally t = tallies.computeIfAbsent(plugin, p -> new Tally(rules, !active.isEmpty()));
      String file = c.path("file").asText();
      boolean positive = c.path("expected_findings").asInt() > 0;
      if (!t.implemented) {
        count(t, positive, false, file, null);
        continue;
      }
      AnalysisResult result = analyse(corpus.resolve(file), active, positive ? options(c) : Map.of());
      internalErrors.addAll(result.internalErrors());
      List<Finding> hits = result.findings().stream().filter(f -> active.contains(f.ruleId())).toList();
      count(t, positive, !hits.isEmpty(), file, hits);
    }

    AccuracyReport.writeSection("gixy", markdown(tallies, mapping));

    List<String> failures = new ArrayList<>(internalErrors);
    tallies.forEach((plugin, t) -> {
      if (!t.implemented) {
        return;
      }
      if (t.positives > 0 && t.positivesHit < MIN_POSITIVE_RATE * t.positives) {
        failures.add(plugin + ": " + t.positivesHit + "/" + t.positives + " positives hit, missed " + t.missed);
      }
      if (t.fps > 0 && t.fpsHit > MAX_FP_RATE * t.fps) {
        failures.add(plugin + ": " + t.fpsHit + "/" + t.fps + " _fp confs reported: " + t.falsePositives);
      }
    });
    assertThat(failures).as("gixy plugins under the accuracy floors").isEmpty();
  }

  private static void count(Tally t, boolean positive, boolean hit, String file, List<Finding> hits) {
    if (positive) {
      t.positives++;
      if (hit) {
        t.positivesHit++;
      } else {
        t.missed.add(file);
      }
      return;
    }
    String divergence = INTENDED_NOTES.get(file);
    if (divergence != null && t.implemented) {
      boolean asDocumented = hit && hits.stream().allMatch(f -> f.level() == Severity.NOTE);
      t.divergences.add(file + ": " + divergence + (asDocumented ? "" : " — NOT reported as documented"));
      if (asDocumented) {
        return;
      }
    }
    t.fps++;
    if (hit) {
      t.fpsHit++;
      t.falsePositives.add(file);
    }
  }

  /** The conf analysed alone, forced to the nginx kind, by every built-in rule. */
  private static AnalysisResult analyse(Path conf, List<String> rules, Map<String, Object> options) {
    AnalysisConfig.Builder config = AnalysisConfig.builder()
        .paths(List.of(conf)).root(conf.getParent()).rules(BuiltInRules.all())
        .type(conf.getFileName().toString(), FileKind.NGINX).jobs(1);
    if (!options.isEmpty()) {
      rules.forEach(id -> config.ruleOptions(id, options));
    }
    return Analysis.run(config.build());
  }

  /** The conf's {@code # Options:} line, when the upstream harness applies it. */
  private static Map<String, Object> options(JsonNode c) {
    JsonNode options = c.path("plugin_options");
    if (!options.isObject() || !c.path("plugin_options_applied_by_upstream_harness").asBoolean(true)) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = JSON.convertValue(options, Map.class);
    return map;
  }

  private static String markdown(Map<String, Tally> tallies, Map<String, List<String>> mapping) {
    StringBuilder md = new StringBuilder();
    md.append("## gixy\n\n")
        .append("Labelled fixtures of yandex/gixy (`corpus/gixy`). Each `.conf` is analysed on its own as nginx;")
        .append(" a conf is hit when it gets a finding of the mapped Lintel rule. Floors: at least 90% of")
        .append(" positive confs hit, at most 5% of `_fp` confs hit (implemented rules only).\n\n")
        .append("| gixy plugin | Lintel rule | positives hit | `_fp` hit | status |\n")
        .append("|---|---|---|---|---|\n");
    List<String> divergences = new ArrayList<>();
    tallies.forEach((plugin, t) -> {
      String rules = t.rules.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "));
      if (!t.implemented) {
        md.append("| `").append(plugin).append("` | ").append(rules).append(" | — /").append(t.positives)
            .append(" | — /").append(t.fps).append(" | not implemented |\n");
        return;
      }
      boolean ok = (t.positives == 0 || t.positivesHit >= MIN_POSITIVE_RATE * t.positives)
          && (t.fps == 0 || t.fpsHit <= MAX_FP_RATE * t.fps);
      md.append("| `").append(plugin).append("` | ").append(rules).append(" | ")
          .append(t.positivesHit).append("/").append(t.positives).append(" | ")
          .append(t.fpsHit).append("/").append(t.fps).append(t.divergences.isEmpty() ? "" : " (+" + t.divergences.size()
              + " intended)").append(" | ").append(ok ? "ok" : "below floor").append(" |\n");
      t.divergences.forEach(d -> divergences.add("`" + d.replace(": ", "`: ")));
    });
    if (!divergences.isEmpty()) {
      md.append("\nIntended divergences (RULES.md appendix C), not counted in the `_fp` column:\n\n");
      divergences.forEach(d -> md.append("- ").append(d).append('\n'));
    }
    List<String> withoutFixtures = mapping.keySet().stream().filter(p -> !tallies.containsKey(p)).sorted().toList();
    if (!withoutFixtures.isEmpty()) {
      md.append("\nMapped plugins without fixtures in this corpus: ")
          .append(withoutFixtures.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))).append(".\n");
    }
    return md.toString();
  }
}
