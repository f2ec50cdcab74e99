package dev.lintel.engine.suppress;

import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.ParsedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppressions written in a file (DESIGN §6): {@code # lintel:ignore ID -- reason} in
 * YAML, nginx and fstab files, {@code <!-- lintel:ignore ID -- reason -->} in XML, each covering
 * its own line and the next; and a template resource's
 * {@code Metadata: {lintel: {ignore: [{id: ID, reason: ...}]}}}, covering the whole resource.
 *
 * <p>Peer tools' suppressions are honoured too (RULES.md §1.4 migration aliases), naming a rule
 * by one of its aliases: {@code # checkov:skip=CKV_AWS_20:reason} (its line and the next, or the
 * whole resource when written inside one), resource Metadata
 * {@code cfn_nag: {rules_to_suppress: [{id: W31, reason: ...}]}} and
 * {@code checkov: {skip: [{id: CKV_AWS_20, comment: ...}]}}, {@code # kics-scan ignore-line}
 * (every rule, its line and the next) and {@code # kics-scan disable=<query id>} (the whole file;
 * KICS query ids are resolved to the query folder names rules use as aliases).
 */
public final class InlineSuppressions {

  private static final Pattern HASH = Pattern.compile(
      "#\\s*lintel:ignore\\s+([A-Za-z0-9_,\\s]+?)\\s*(?:--\\s*(.*?))?\\s*$");
  private static final Pattern XML = Pattern.compile(
      "<!--\\s*lintel:ignore\\s+([A-Za-z0-9_,\\s]+?)\\s*(?:--\\s*(.*?))?\\s*-->");
  private static final Pattern CHECKOV = Pattern.compile(
      "#\\s*checkov:skip=([A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*)(?:\\s*:\\s*(.*?))?\\s*$");
  private static final Pattern KICS_LINE = Pattern.compile("#\\s*kics-scan\\s+ignore-line\\b");
  private static final Pattern KICS_DISABLE = Pattern.compile(
      "#\\s*kics-scan\\s+disable\\s*=\\s*([0-9A-Za-z_-]+(?:\\s*,\\s*[0-9A-Za-z_-]+)*)");
  private static final String KICS_TABLE = "kics-query-ids.tsv";
  private static volatile Map<String, String> kicsQueries;

  private InlineSuppressions() {}

  public static List<InlineSuppression> of(ParsedFile file) {
    List<InlineSuppression> own = new ArrayList<>();
    List<InlineSuppression> peer = new ArrayList<>();
    boolean xml = file.kind() == FileKind.CORS && file.documents().isEmpty();
    boolean jsonLike = !xml && file.text().stripLeading().startsWith("{");
    List<CfnResource> resources = new ArrayList<>();
    for (CfnTemplate t : file.templates()) {
      resources.addAll(t.resources());
    }
    String text = file.text();
    boolean marked = text.contains("lintel:ignore") || text.contains("checkov:skip") || text.contains("kics-scan");
    if (!jsonLike && marked) {
      comments(text, xml, resources, own, peer);
    }
    for (CfnResource r : resources) {
      metadata(r, own, peer);
    }
    own.addAll(peer);
    return own;
  }

  private static void comments(String text, boolean xml, List<CfnResource> resources,
      List<InlineSuppression> own, List<InlineSuppression> peer) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      if (line.contains("lintel:ignore")) {
        Matcher m = (xml ? XML : HASH).matcher(line);
        if (m.find()) {
          own.add(new InlineSuppression(ids(m.group(1)), reason(m.group(2)), range(n, m), n, n + 1));
        }
      }
      if (xml) {
        continue;
      }
      if (line.contains("checkov:skip")) {
        Matcher m = CHECKOV.matcher(line);
        if (m.find()) {
          TextRange scope = enclosing(resources, n);
          peer.add(new InlineSuppression(ids(m.group(1)), reason(m.group(2)), range(n, m),
              scope == null ? n : scope.startLine(), scope == null ? n + 1 : scope.endLine(), true));
        }
      }
      if (line.contains("kics-scan")) {
        Matcher m = KICS_LINE.matcher(line);
        if (m.find()) {
          peer.add(new InlineSuppression(List.of(InlineSuppression.ANY), "kics-scan ignore-line", range(n, m),
              n, n + 1, true));
        }
        m = KICS_DISABLE.matcher(line);
        if (m.find()) {
          List<String> names = ids(m.group(1)).stream().map(InlineSuppressions::kicsQueryName).toList();
          peer.add(new InlineSuppression(names, "kics-scan disable", range(n, m), 1, Integer.MAX_VALUE, true));
        }
      }
    }
  }

  private static void metadata(CfnResource r, List<InlineSuppression> own, List<InlineSuppression> peer) {
    MappingNode meta = r.node().mapping("Metadata");
    if (meta == null) {
      return;
    }
    TextRange whole = r.idKey().range().union(r.node().range());
    entries(meta, "lintel", "ignore", "reason", whole, false, own);
    entries(meta, "cfn_nag", "rules_to_suppress", "reason", whole, true, peer);
    entries(meta, "checkov", "skip", "comment", whole, true, peer);
  }

  /** {@code Metadata.<tool>.<list>: [{id: ..., <reasonKey>: ...}]}, covering the whole resource. */
  private static void entries(MappingNode meta, String tool, String list, String reasonKey, TextRange whole,
      boolean isPeer, List<InlineSuppression> out) {
    MappingNode section = meta.mapping(tool);
    Node items = section == null ? null : section.get(list);
    if (!(items instanceof SequenceNode seq)) {
      return;
    }
    for (Node item : seq.items()) {
      MappingNode entry = item.asMapping();
      String id = entry == null ? null : entry.string("id");
      if (id != null) {
        out.add(new InlineSuppression(List.of(id), entry.string(reasonKey), entry.range(),
            whole.startLine(), whole.endLine(), isPeer));
      }
    }
  }

  /** The range of the resource (key and body) that contains {@code line}, or null. */
  private static TextRange enclosing(List<CfnResource> resources, int line) {
    for (CfnResource r : resources) {
      TextRange whole = r.idKey().range().union(r.node().range());
      if (line >= whole.startLine() && line <= whole.endLine()) {
        return whole;
      }
    }
    return null;
  }

  /**
   * The KICS query folder name (the alias rules carry) of a KICS query id; the id itself when
   * it is not a known CloudFormation query.
   */
  static String kicsQueryName(String id) {
    return kicsQueries().getOrDefault(id.toLowerCase(Locale.ROOT), id);
  }

  private static Map<String, String> kicsQueries() {
    Map<String, String> table = kicsQueries;
    if (table == null) {
      table = new HashMap<>();
      try (InputStream in = InlineSuppressions.class.getResourceAsStream(KICS_TABLE)) {
        if (in == null) {
          throw new IllegalStateException(KICS_TABLE + " is missing from the engine jar");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String l = reader.readLine(); l != null; l = reader.readLine()) {
          int tab = l.indexOf('\t');
          if (!l.startsWith("#") && tab > 0) {
            table.put(l.substring(0, tab).toLowerCase(Locale.ROOT), l.substring(tab + 1).strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      kicsQueries = Map.copyOf(table);
      table = kicsQueries;
    }
    return table;
  }

  private static List<String> ids(String list) {
    return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static String reason(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static TextRange range(int line, Matcher m) {
    return new TextRange(line, m.start() + 1, line, m.end() + 1);
  }
}
