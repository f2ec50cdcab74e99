package dev.lintel.engine.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.Version;
import dev.lintel.engine.report.PrettyJson;
import dev.lintel.engine.report.Reporter;
import dev.lintel.engine.report.Summary;
import java.io.IOException;
import java.io.Writer;

/**
 * Lintel's own JSON: {@code tool}, {@code summary} (counts as in {@link Summary}) and every
 * finding, suppressed ones included with a {@code suppressed} object. Keys come in a fixed order;
 * {@code file} is the location's uri relative to the scan root.
 */
public final class JsonReporter implements Reporter {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  @Override
  public void write(AnalysisResult result, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("tool").put("name", Version.NAME).put("version", Version.version());
    Summary s = Summary.of(result);
    root.putObject("summary")
        .put("files", s.files())
        .put("findings", s.findings())
        .put("errors", s.errors())
        .put("warnings", s.warnings())
        .put("notes", s.notes())
        .put("suppressed", s.suppressed());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      findings.add(finding(f));
    }
    MAPPER.writer(PrettyJson.printer()).writeValue(out, root);
    out.write("\n");
    out.flush();
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("ruleId", f.ruleId())
        .put("level", f.level().id())
        .put("message", f.message());
    position(node, f.location());
    if (f.logicalLocation() != null) {
      node.put("logicalLocation", f.logicalLocation());
    }
    if (f.fingerprint() != null) {
      node.put("fingerprint", f.fingerprint());
    }
    if (f.isSuppressed()) {
      ObjectNode sup = node.putObject("suppressed").put("kind", f.suppression().kind());
      if (f.suppression().justification() != null) {
        sup.put("justification", f.suppression().justification());
      }
    }
    ArrayNode related = node.putArray("related");
    for (Finding.Related r : f.related()) {
      ObjectNode rel = related.addObject().put("message", r.message());
      position(rel, r.location());
    }
    return node;
  }

  private static void position(ObjectNode node, Location loc) {
    node.put("file", loc.uri())
        .put("startLine", loc.range().startLine())
        .put("startColumn", loc.range().startColumn())
        .put("endLine", loc.range().endLine())
        .put("endColumn", loc.range().endColumn());
  }
}
