package dev.lintel.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lintel.engine.Severity;
import dev.lintel.model.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve(".lintel.yml"), text);
  }

  @Test
  void readsEverySection() throws Exception {
    Path f = write("""
        rules:
          S3_BUCKET_ACL_PUBLIC_READ: off
          NET_SG_INGRESS_SSH_WORLD: note
          NGINX_X:
            severity: warning
            domains: [example.com]
        exclude: ["vendor/**"]
        fail-on: error
        ignore:
          - rule: IAM_ADMIN_ACCESS
            path: "legacy/*.json"
            reason: break-glass role
        types:
          "deploy/*.cfg": fstab
        limits:
          max-depth: 100
        """);
    LintelConfig c = ConfigLoader.load(f);
    assertThat(c.severities()).containsEntry("NET_SG_INGRESS_SSH_WORLD", Severity.NOTE)
        .containsEntry("NGINX_X", Severity.WARNING).containsKey("S3_BUCKET_ACL_PUBLIC_READ");
    assertThat(c.severities().get("S3_BUCKET_ACL_PUBLIC_READ")).isNull();
    assertThat(c.ruleOptions().get("NGINX_X")).containsKey("domains");
    assertThat(c.excludes()).containsExactly("vendor/**");
    assertThat(c.failOn()).isEqualTo("error");
    assertThat(c.ignores()).singleElement().satisfies(e -> {
      assertThat(e.ruleId()).isEqualTo("IAM_ADMIN_ACCESS");
      assertThat(e.reason()).isEqualTo("break-glass role");
      assertThat(e.range().startLine()).isEqualTo(10);
    });
    assertThat(c.types()).containsEntry("deploy/*.cfg", FileKind.FSTAB);
    assertThat(c.limits().maxDepth()).isEqualTo(100);
  }

  @Test
  void unknownKeyNamesFileLineAndKey() throws Exception {
    Path f = write("rules: {}\nfail-onn: error\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":2:1: key 'fail-onn'");
  }

  @Test
  void badSeverityNamesTheRuleKey() throws Exception {
    Path f = write("rules:\n  X_Y: loud\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":2:3: key 'rules.X_Y'");
  }

  @Test
  void yamlSyntaxErrorIsAConfigError() throws Exception {
    Path f = write("rules: [\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(ConfigException.class).hasMessageContaining(":2:");
  }

  @Test
  void findsTheNearestConfigUpward() throws Exception {
    Path f = write("fail-on: never\n");
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    assertThat(ConfigLoader.find(nested)).isEqualTo(f);
  }

  @Test
  void emptyFileIsAnEmptyConfig() throws Exception {
    assertThat(ConfigLoader.load(write("")).severities()).isEmpty();
  }
}
