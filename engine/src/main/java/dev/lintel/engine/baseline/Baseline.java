package dev.lintel.engine.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Suppression;
import dev.lintel.engine.report.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline (DESIGN §6): the findings a project has accepted, as rule id, file uri and
 * {@link Finding#fingerprint() fingerprint}, which does not contain the line number, so entries
 * keep matching when lines are inserted or removed above a finding. {@link #apply} marks the
 * recorded findings as suppressed ({@code external}, "in baseline"); any other finding stays
 * active. An entry matches one finding: two identical findings need two entries.
 */
public final class Baseline {

  /** The justification of the suppressions a baseline adds. */
  public static final String JUSTIFICATION = "in baseline";
  /** The {@code version} written in baseline files. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::uri)
      .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);

  /** One accepted finding. */
  public record Entry(String ruleId, String uri, String fingerprint) {}

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
  }

  /**
   * The baseline of a run: its active findings plus those an earlier baseline suppressed (so
   * rewriting a baseline keeps what it already accepted). Other suppressed findings, and findings
   * without a fingerprint, are left out.
   */
  public static Baseline of(Collection<Finding> findings) {
    List<Entry> out = new ArrayList<>();
    for (Finding f : findings) {
      boolean accepted = !f.isSuppressed() || isBaselineSuppression(f.suppression());
      if (accepted && f.fingerprint() != null) {
        out.add(new Entry(f.ruleId(), f.location().uri(), f.fingerprint()));
      }
    }
    return new Baseline(out);
  }

  /** Reads a baseline file written by {@link #write}. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a Lintel baseline: " + e.getOriginalMessage());
    }
    JsonNode findings = root == null ? null : root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new IOException(file + ": not a Lintel baseline: no \"findings\" array");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode f : findings) {
      String rule = text(f, "ruleId");
      String uri = text(f, "uri");
      String fingerprint = text(f, "fingerprint");
      if (rule == null || uri == null || fingerprint == null) {
        throw new IOException(file + ": not a Lintel baseline: entry " + (entries.size() + 1)
            + " needs ruleId, uri and fingerprint");
      }
      entries.add(new Entry(rule, uri, fingerprint));
    }
    return new Baseline(entries);
  }

  /** Writes this baseline as JSON, entries sorted by uri, rule id and fingerprint. */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    root.put("tool", "lintel");
    ArrayNode list = root.putArray("findings");
    for (Entry e : entries) {
      list.addObject().put("ruleId", e.ruleId()).put("uri", e.uri()).put("fingerprint", e.fingerprint());
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JSON.writer(PrettyJson.printer()).writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** {@code findings} with those recorded here suppressed, in the same order. */
  public List<Finding> apply(List<Finding> findings) {
    Map<Entry, Integer> remaining = new HashMap<>();
    for (Entry e : entries) {
      remaining.merge(e, 1, Integer::sum);
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Entry key = new Entry(f.ruleId(), f.location().uri(), f.fingerprint());
      Integer left = f.isSuppressed() || f.fingerprint() == null ? null : remaining.get(key);
      if (left != null && left > 0) {
        remaining.put(key, left - 1);
        out.add(f.withSuppression(new Suppression(Suppression.EXTERNAL, JUSTIFICATION, null)));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** True for the suppressions {@link #apply} adds. */
  public static boolean isBaselineSuppression(Suppression s) {
    return s != null && Suppression.EXTERNAL.equals(s.kind()) && JUSTIFICATION.equals(s.justification())
        && s.location() == null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
  }
}
