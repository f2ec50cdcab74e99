package dev.lintel.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The counts of one peer rule (KICS query or checkov check) against its mapped Lintel rules, and
 * the markdown table of a whole peer. Floors: at least 90% of positives hit, at most 5% of
 * negatives hit, for peer rules whose mapped Lintel rules are all implemented.
 */
final class PeerTally {

  static final double MIN_POSITIVE_RATE = 0.90;
  static final double MAX_NEGATIVE_RATE = 0.05;

  final List<String> rules;
  final boolean implemented;
  int positives;
  int positivesHit;
  int negatives;
  int negativesHit;
  final List<String> missed = new ArrayList<>();
  final List<String> falsePositives = new ArrayList<>();
  final List<String> intended = new ArrayList<>();

  PeerTally(List<String> rules, boolean implemented) {
    this.rules = rules;
    this.implemented = implemented;
  }

  void positive(boolean hit, String what) {
    positives++;
    if (hit) {
      positivesHit++;
    } else {
      missed.add(what);
    }
  }

  void negative(boolean hit, String what) {
    negatives++;
    if (hit) {
      negativesHit++;
      falsePositives.add(what);
    }
  }

  boolean ok() {
    return (positives == 0 || positivesHit >= MIN_POSITIVE_RATE * positives)
        && (negatives == 0 || negativesHit <= MAX_NEGATIVE_RATE * negatives);
  }

  /** Failure lines of the implemented peer rules under the floors. */
  static List<String> failures(Map<String, PeerTally> tallies) {
    List<String> out = new ArrayList<>();
    tallies.forEach((peer, t) -> {
      if (!t.implemented || t.ok()) {
        return;
      }
      out.add(peer + " -> " + t.rules + ": positives " + t.positivesHit + "/" + t.positives + " (missed " + t.missed
          + "), negatives " + t.negativesHit + "/" + t.negatives + " (reported " + t.falsePositives + ")");
    });
    return out;
  }

  /** The table rows and the intended-divergence list of one peer. */
  static String table(String peerColumn, String unit, Map<String, PeerTally> tallies) {
    StringBuilder md = new StringBuilder();
    md.append("| ").append(peerColumn).append(" | Lintel rule | positive ").append(unit).append(" hit | negative ")
        .append(unit).append(" hit | status |\n|---|---|---|---|---|\n");
    List<String> intended = new ArrayList<>();
    Consumer<Map.Entry<String, PeerTally>> row = e -> {
      PeerTally t = e.getValue();
      String rules = t.rules.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "));
      md.append("| `").append(e.getKey()).append("` | ").append(rules).append(" | ");
      if (!t.implemented) {
        md.append("— /").append(t.positives).append(" | — /").append(t.negatives).append(" | not implemented yet |\n");
        return;
      }
      md.append(t.positivesHit).append('/').append(t.positives).append(" | ").append(t.negativesHit).append('/')
          .append(t.negatives).append(t.intended.isEmpty() ? "" : " (+" + t.intended.size() + " intended)")
          .append(" | ").append(t.ok() ? "ok" : "below floor").append(" |\n");
      t.intended.forEach(i -> intended.add("`" + e.getKey() + "` " + i));
    };
    tallies.entrySet().forEach(row);
    if (!intended.isEmpty()) {
      md.append("\nIntended divergences, not counted above. They follow the Lintel rule's RULES.md condition; those")
          .append(" marked \"not yet noted\" still need a line in the RULES.md appendix:\n\n");
      intended.forEach(i -> md.append("- ").append(i).append('\n'));
    }
    return md.toString();
  }
}
