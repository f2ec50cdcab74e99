package dev.lintel.engine.suppress;

import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.ParsedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppressions written in a file (DESIGN §6): {@code # lintel:ignore ID -- reason} in
 * YAML, nginx and fstab files, {@code <!-- lintel:ignore ID -- reason -->} in XML, each covering
 * its own line and the next; and a template resource's
 * {@code Metadata: {lintel: {ignore: [{id: ID, reason: ...}]}}}, covering the whole resource.
 */
public final class InlineSuppressions {

  private static final Pattern HASH = Pattern.compile(
      "#\\s*lintel:ignore\\s+([A-Za-z0-9_,\\s]+?)\\s*(?:--\\s*(.*?))?\\s*$");
  private static final Pattern XML = Pattern.compile(
      "<!--\\s*lintel:ignore\\s+([A-Za-z0-9_,\\s]+?)\\s*(?:--\\s*(.*?))?\\s*-->");

  private InlineSuppressions() {}

  public static List<InlineSuppression> of(ParsedFile file) {
    List<InlineSuppression> out = new ArrayList<>();
    boolean xml = file.kind() == FileKind.CORS && file.documents().isEmpty();
    boolean jsonLike = !xml && file.text().stripLeading().startsWith("{");
    if (!jsonLike) {
      comments(file.text(), xml ? XML : HASH, out);
    }
    for (CfnTemplate t : file.templates()) {
      for (CfnResource r : t.resources()) {
        metadata(r, out);
      }
    }
    return out;
  }

  private static void comments(String text, Pattern pattern, List<InlineSuppression> out) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].contains("lintel:ignore")) {
        continue;
      }
      Matcher m = pattern.matcher(lines[i]);
      if (m.find()) {
        List<String> ids = Arrays.stream(m.group(1).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        String reason = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        TextRange range = new TextRange(i + 1, m.start() + 1, i + 1, m.end() + 1);
        out.add(new InlineSuppression(ids, reason, range, i + 1, i + 2));
      }
    }
  }

  private static void metadata(CfnResource r, List<InlineSuppression> out) {
    MappingNode meta = r.node().mapping("Metadata");
    MappingNode lintel = meta == null ? null : meta.mapping("lintel");
    Node ignore = lintel == null ? null : lintel.get("ignore");
    if (!(ignore instanceof SequenceNode seq)) {
      return;
    }
    TextRange whole = r.idKey().range().union(r.node().range());
    for (Node item : seq.items()) {
      MappingNode entry = item.asMapping();
      String id = entry == null ? null : entry.string("id");
      if (id != null) {
        out.add(new InlineSuppression(List.of(id), entry.string("reason"), entry.range(),
            whole.startLine(), whole.endLine()));
      }
    }
  }
}
