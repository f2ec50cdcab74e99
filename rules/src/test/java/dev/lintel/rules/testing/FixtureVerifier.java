package dev.lintel.rules.testing;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Rule;
import dev.lintel.model.FileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-way fixture check of DESIGN §4. Markers sit on the line of the expected finding in
 * the format's comment syntax ({@code # expect: ID}, {@code # expect@+1: ID {{message}}},
 * {@code <!-- expect: ID -->}, {@code // expect: ID}); they are blanked to spaces before the
 * fixture is analysed, so no position moves. A finding on an unmarked line fails, and so does a
 * marker with no finding.
 */
public final class FixtureVerifier {

  private static final Pattern MARKER = Pattern.compile(
      "(?:#|//|<!--)\\s*expect(?:@([+-]\\d+))?:\\s*([A-Z][A-Z0-9_]*)(?:\\s*\\{\\{(.*?)}})?\\s*(?:-->)?");

  /** Engine rules are checked in every fixture: an unexpected parse error fails it too. */
  private static final Set<String> ALWAYS_CHECKED = Set.of(
      "PARSE_ERROR", "IO_ERROR", "INPUT_LIMIT_EXCEEDED", "UNUSED_SUPPRESSION");

  private FixtureVerifier() {}

  /** The differences between markers and findings, as {@code line N: UNEXPECTED|MISSING ID}. */
  public static List<String> verify(Path fixture, String ruleId, List<Rule> rules, Path workDir) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture);
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Marker> markers = new ArrayList<>();
    String[] lines = latin.split("\n", -1);
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      while (m.find()) {
        int delta = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        String message = m.group(3) == null ? null
            : new String(m.group(3).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        markers.add(new Marker(i + 1 + delta, m.group(2), message));
        for (int b = offset + m.start(); b < offset + m.end(); b++) {
          bytes[b] = ' ';
        }
      }
      offset += lines[i].length() + 1;
    }
    Path copy = workDir.resolve(fixture.getFileName().toString());
    Files.write(copy, bytes);
    AnalysisConfig.Builder config = AnalysisConfig.builder()
        .paths(List.of(copy)).root(workDir).rules(rules).only(List.of(ruleId)).jobs(1);
    FileKind forced = forcedKind(fixture);
    if (forced != null) {
      config.type(copy.getFileName().toString(), forced);
    }
    AnalysisResult result = Analysis.run(config.build());
    return compare(markers, result, ruleId);
  }

  private static FileKind forcedKind(Path fixture) {
    String name = fixture.getFileName().toString();
    if (name.endsWith(".conf")) {
      return FileKind.NGINX;
    }
    if (name.endsWith(".fstab")) {
      return FileKind.FSTAB;
    }
    return null;
  }

  private static List<String> compare(List<Marker> markers, AnalysisResult result, String ruleId) {
    List<Marker> open = new ArrayList<>(markers);
    List<String> problems = new ArrayList<>();
    for (Finding f : result.activeFindings()) {
      if (!f.ruleId().equals(ruleId) && !ALWAYS_CHECKED.contains(f.ruleId())) {
        continue;
      }
      int line = f.location().range().startLine();
      Marker match = null;
      for (Marker m : open) {
        if (m.line() == line && m.ruleId().equals(f.ruleId())
            && (m.message() == null || m.message().equals(f.message()))) {
          match = m;
          break;
        }
      }
      if (match == null) {
        problems.add("line " + line + ": UNEXPECTED " + f.ruleId() + " " + f.message());
      } else {
        open.remove(match);
      }
    }
    for (Marker m : open) {
      problems.add("line " + m.line() + ": MISSING " + m.ruleId()
          + (m.message() == null ? "" : " {{" + m.message() + "}}"));
    }
    for (String e : result.internalErrors()) {
      problems.add("internal error: " + e);
    }
    return problems;
  }

  /** How many markers a fixture has (a noncompliant fixture needs at least one). */
  public static int markerCount(Path fixture) throws IOException {
    Matcher m = MARKER.matcher(Files.readString(fixture, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
