package dev.lintel.engine.report.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Suppression;
import dev.lintel.engine.Finding;
import dev.lintel.model.TextRange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Maps findings to SARIF results. */
final class SarifResults {

  static final String SRCROOT = "%SRCROOT%";

  private final SarifRules rules;

  SarifResults(SarifRules rules) {
    this.rules = rules;
  }

  /** The result of {@code f}; {@code fingerprint} is its primaryLocationLineHash (or null). */
  Result result(Finding f, String fingerprint) {
    Location primary = location(f.location());
    if (f.logicalLocation() != null) {
      LogicalLocation logical = new LogicalLocation()
          .withFullyQualifiedName(f.logicalLocation())
          .withKind("member");
      logical.setIndex(null);
      logical.setParentIndex(null);
      primary.setLogicalLocations(new LinkedHashSet<>(List.of(logical)));
    }
    Result r = new Result()
        .withRuleId(f.ruleId())
        .withRuleIndex(rules.indexOf(f.ruleId()))
        .withLevel(Result.Level.fromValue(f.level().id()))
        .withMessage(new Message().withText(f.message()))
        .withLocations(List.of(primary));
    r.setKind(null);
    r.setRank(null);
    if (fingerprint != null) {
      r.setPartialFingerprints(new PartialFingerprints()
          .withAdditionalProperty("primaryLocationLineHash", fingerprint));
    }
    Set<Location> related = new LinkedHashSet<>();
    for (Finding.Related rel : f.related()) {
      Location loc = location(rel.location());
      loc.setId(related.size() + 1);
      loc.setMessage(new Message().withText(rel.message()));
      related.add(loc);
    }
    r.setRelatedLocations(related);
    if (f.isSuppressed()) {
      Suppression s = new Suppression()
          .withKind(Suppression.Kind.fromValue(f.suppression().kind()))
          .withJustification(f.suppression().justification());
      r.setSuppressions(new LinkedHashSet<>(List.of(s)));
    }
    return r;
  }

  private static Location location(dev.lintel.engine.Location loc) {
    ArtifactLocation artifact = new ArtifactLocation();
    artifact.setIndex(null);
    if (SarifUris.isAbsolute(loc.uri())) {
      artifact.setUri(loc.file().toAbsolutePath().normalize().toUri().toString());
    } else {
      artifact.setUri(SarifUris.encodePath(loc.uri()));
      artifact.setUriBaseId(SRCROOT);
    }
    TextRange range = loc.range();
    Region region = new Region()
        .withStartLine(Math.max(1, range.startLine()))
        .withStartColumn(Math.max(1, range.startColumn()))
        .withEndLine(Math.max(1, range.endLine()))
        .withEndColumn(Math.max(1, range.endColumn()));
    region.setCharOffset(null);
    region.setByteOffset(null);
    Location out = new Location().withPhysicalLocation(
        new PhysicalLocation().withArtifactLocation(artifact).withRegion(region));
    out.setId(null);
    return out;
  }
}
