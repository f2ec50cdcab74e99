package dev.lintel.engine.report;

import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Category;
import dev.lintel.engine.Finding;
import dev.lintel.engine.Location;
import dev.lintel.engine.RuleInfo;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Suppression;
import dev.lintel.model.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A hand-built result over a real file with a tab, accented text and an emoji. */
public final class Fixtures {

  public static final String LINE1 = "Resources:";
  public static final String LINE2 = "\tBucket:\tcafé-bucket";
  public static final String LINE3 = "  name: \"😀 public\"";
  public static final String URI = "templates/my bucket.yaml";

  public static final RuleInfo ACL = new RuleInfo("S3_BUCKET_ACL_PUBLIC_READ",
      "S3 bucket ACL grants public read", Severity.ERROR, Category.S3,
      List.of("security"), List.of("CKV_AWS_20"), "https://docs.aws.amazon.com/s3/acl",
      List.of(), "# S3_BUCKET_ACL_PUBLIC_READ\n\nA **public** bucket leaks `data`.\n\n"
          + "## How to fix\n\nSee [the docs](https://example.com/acl).\n");
  public static final RuleInfo LOGGING = new RuleInfo("NET_NO_LOGGING",
      "Access logging is off", Severity.WARNING, Category.NET,
      List.of("correctness"), List.of(), "", List.of(), "");
  public static final RuleInfo PARSE = new RuleInfo("PARSE_ERROR",
      "File cannot be parsed", Severity.ERROR, Category.ENGINE, List.of(), List.of(), "",
      List.of(), (String) null);

  private Fixtures() {}

  /** Writes the source file under {@code root} and returns a result with five findings. */
  public static AnalysisResult result(Path root) throws IOException {
    Path file = root.resolve(URI);
    Files.createDirectories(file.getParent());
    Files.writeString(file, LINE1 + "\n" + LINE2 + "\r\n" + LINE3 + "\n", StandardCharsets.UTF_8);
    Location bucket = new Location(file, URI, new TextRange(2, 10, 2, 21));
    Location name = new Location(file, URI, new TextRange(3, 13, 3, 19));
    Location whole = new Location(file, URI, new TextRange(1, 1, 3, 5));
    Location missing = new Location(root.resolve("gone.json"), "gone.json", TextRange.point(4, 2));
    List<Finding> findings = List.of(
        new Finding(ACL, Severity.ERROR, "Bucket is public", bucket,
            List.of(new Finding.Related(name, "name set here")), "Resources.Bucket", "fp1", null),
        new Finding(LOGGING, Severity.WARNING, "No access log", name, List.of(), null, "fp2",
            null),
        new Finding(PARSE, Severity.NOTE, "Odd document", whole, List.of(), null, null, null),
        new Finding(ACL, Severity.WARNING, "Reviewed bucket", bucket, List.of(),
            "Resources.Bucket", "fp4", new Suppression(Suppression.IN_SOURCE, "reviewed", bucket)),
        new Finding(LOGGING, Severity.ERROR, "Missing file", missing, List.of(), null, "fp5",
            null));
    return new AnalysisResult(root, findings, List.of(ACL, LOGGING, ACL), 2);
  }
}
