package dev.lintel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook of {@code .pre-commit-hooks.yaml}, run by {@code pre-commit try-repo}
 * against a throwaway repository. pre-commit clones the hook repository's committed HEAD, so the
 * hook files (and the CLI jar the reactor just built, which the hook reuses instead of running
 * Maven) are copied into a temporary git repository and committed: the test works on
 * uncommitted checkouts too. Skipped with a message when git or pre-commit is missing.
 */
class PreCommitHookTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final String BAD = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Bucket:
          Type: AWS::S3::Bucket
          Properties:
            AccessControl: PublicRead
      """;
  private static final String GOOD = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Handle:
          Type: AWS::CloudFormation::WaitConditionHandle
      """;

  @TempDir
  Path tmp;

  private Path hook;
  private Path work;

  record Result(int code, String output) {}

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(available("git", "--version"), "git is not installed: pre-commit hook test skipped");
    assumeTrue(available("pre-commit", "--version"), "pre-commit is not installed: pre-commit hook test skipped");
    Path jar = REPO.resolve("cli/target/lintel.jar");
    assumeTrue(Files.isRegularFile(jar), "cli/target/lintel.jar is not built: pre-commit hook test skipped");

    hook = Files.createDirectories(tmp.resolve("hook"));
    copy(REPO.resolve(".pre-commit-hooks.yaml"), hook.resolve(".pre-commit-hooks.yaml"));
    copy(REPO.resolve("tools/pre-commit-lintel.sh"), hook.resolve("tools/pre-commit-lintel.sh"));
    assertThat(hook.resolve("tools/pre-commit-lintel.sh").toFile().setExecutable(true)).isTrue();
    copy(jar, hook.resolve("cli/target/lintel.jar"));
    git(hook, "init", "-q");
    git(hook, "add", "-A");
    git(hook, "commit", "-q", "-m", "hook");

    work = Files.createDirectories(tmp.resolve("work"));
    git(work, "init", "-q");
    Files.writeString(work.resolve("bad.yaml"), BAD);
    Files.writeString(work.resolve("good.yaml"), GOOD);
    Files.writeString(work.resolve("README.md"), "# AccessControl: PublicRead is only prose here\n");
    git(work, "add", "-A");
  }

  @Test
  void badFileFailsWithTheRuleId() throws Exception {
    Result r = tryRepo("lintel", "bad.yaml", "good.yaml", "README.md");
    assertThat(r.code()).as(r.output()).isEqualTo(1);
    assertThat(r.output()).contains("S3_BUCKET_ACL_PUBLIC_READ", "bad.yaml:6:22").doesNotContain("README.md:");
    assertThat(Files.list(tmp.resolve("cache")).toList()).as("the jar is cached per hook commit").hasSize(1);
  }

  @Test
  void goodFileAlonePasses() throws Exception {
    Result r = tryRepo("lintel", "good.yaml", "README.md");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("Passed");
  }

  private Result tryRepo(String hookId, String... files) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("pre-commit", "try-repo", hook.toString(), hookId,
        "--color", "never", "--files"));
    cmd.addAll(List.of(files));
    return exec(work, Map.of("LINTEL_CACHE_DIR", tmp.resolve("cache").toString(),
        "PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString()), cmd);
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Lintel Test", "-c",
        "user.email=test@lintel.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    cmd.addAll(List.of(args));
    Result r = exec(dir, Map.of(), cmd);
    assertThat(r.code()).as(String.join(" ", cmd) + "\n" + r.output()).isZero();
  }

  private static Result exec(Path dir, Map<String, String> env, List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", cmd) + " did not finish:\n" + out);
    }
    return new Result(p.exitValue(), out);
  }

  private static boolean available(String... cmd) {
    try {
      return exec(Path.of("."), Map.of(), List.of(cmd)).code() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
