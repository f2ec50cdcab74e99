package dev.lintel.gradle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gradle.api.GradleException;
import org.gradle.api.InvalidUserDataException;
import org.gradle.api.Project;
import org.gradle.api.Task;
import org.gradle.testfixtures.ProjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintelPluginTest {

  private static final String BAD_CORS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <CORSConfiguration>
        <CORSRule>
          <AllowedOrigin>*</AllowedOrigin>
          <AllowedMethod>GET</AllowedMethod>
        </CORSRule>
      </CORSConfiguration>
      """;

  @TempDir
  Path dir;

  private Project project() {
    Project p = ProjectBuilder.builder().withProjectDir(dir.toFile()).build();
    p.getPluginManager().apply("dev.lintel");
    return p;
  }

  private LintelCheck task(Project p) {
    return (LintelCheck) p.getTasks().getByName(LintelPlugin.TASK);
  }

  @Test
  void appliesByIdAndRegistersTheTaskAndExtension() {
    Project p = project();
    assertThat(p.getExtensions().findByName(LintelPlugin.EXTENSION)).isInstanceOf(LintelExtension.class);
    LintelCheck t = task(p);
    assertThat(t.getGroup()).isEqualTo("verification");
    assertThat(t.getFormats().get()).containsExactly("sarif");
    assertThat(t.getOutputDirectory().get().getAsFile().toPath()).isEqualTo(dir.resolve("build/lintel"));
    assertThat(t.getPaths().getFiles()).containsExactly(dir.toFile());
    assertThat(t.getExcludes().get()).contains("build", ".gradle");
  }

  @Test
  void checkDependsOnTheTaskOnceBaseIsApplied() {
    Project p = project();
    assertThat(p.getTasks().findByName("check")).isNull();
    p.getPluginManager().apply("base");
    Task check = p.getTasks().getByName("check");
    Set<Task> deps = Set.copyOf(check.getTaskDependencies().getDependencies(check));
    assertThat(deps).contains(task(p));
  }

  @Test
  void extensionSetsTheTaskDefaults() {
    Project p = project();
    LintelExtension ext = p.getExtensions().getByType(LintelExtension.class);
    ext.getFormats().set(List.of("json", "text"));
    ext.getFailOn().set("error");
    ext.getSkipRules().add("CORS_WILDCARD_ORIGIN");
    LintelCheck t = task(p);
    assertThat(t.getFormats().get()).containsExactly("json", "text");
    assertThat(t.getFailOn().get()).isEqualTo("error");
    assertThat(t.request().skipRules()).containsExactly("CORS_WILDCARD_ORIGIN");
  }

  @Test
  void badFileFailsWithTheFindingInTheMessage() throws IOException {
    write("src/main/resources/cors.xml", BAD_CORS);
    Project p = project();
    assertThatThrownBy(() -> task(p).check()).isInstanceOf(GradleException.class)
        .hasMessageContaining("Lintel found 1 finding(s) at or above warning")
        .hasMessageContaining("src/main/resources/cors.xml:4:20 CORS_WILDCARD_ORIGIN");
    assertThat(dir.resolve("build/lintel/lintel.sarif")).isRegularFile();
  }

  @Test
  void failOnNeverPassesAndWritesEveryFormat() throws IOException {
    write("src/main/resources/cors.xml", BAD_CORS);
    Project p = project();
    LintelExtension ext = p.getExtensions().getByType(LintelExtension.class);
    ext.getFailOn().set("never");
    ext.getFormats().set(List.of("sarif", "json", "text"));
    task(p).check();
    for (String name : List.of("lintel.sarif", "lintel.json", "lintel.txt")) {
      assertThat(Files.readString(dir.resolve("build/lintel").resolve(name))).contains("CORS_WILDCARD_ORIGIN");
    }
  }

  @Test
  void findingsInTheBaselineDoNotFailTheBuild() throws IOException {
    write("src/main/resources/cors.xml", BAD_CORS);
    dev.lintel.engine.AnalysisResult r = dev.lintel.engine.Analysis.run(dev.lintel.engine.AnalysisConfig.builder()
        .paths(List.of(dir)).root(dir).rules(dev.lintel.rules.BuiltInRules.all()).build());
    Path baseline = dir.resolve("lintel-baseline.json");
    dev.lintel.engine.baseline.Baseline.of(r.findings()).write(baseline);
    Project p = project();
    p.getExtensions().getByType(LintelExtension.class).getBaseline().set(baseline.toFile());
    task(p).check();
    assertThat(Files.readString(dir.resolve("build/lintel/lintel.sarif"))).contains("in baseline");
  }

  @Test
  void skipDoesNotScan() throws IOException {
    write("src/main/resources/cors.xml", BAD_CORS);
    Project p = project();
    p.getExtensions().getByType(LintelExtension.class).getSkip().set(true);
    task(p).check();
    assertThat(dir.resolve("build/lintel/lintel.sarif")).doesNotExist();
  }

  @Test
  void buildDirectoryIsNotScanned() throws IOException {
    write("build/generated/cors.xml", BAD_CORS);
    Project p = project();
    task(p).check();
  }

  @Test
  void rootProjectLeavesSubprojectsToThemselves() throws IOException {
    write("bad/src/main/resources/cors.xml", BAD_CORS);
    Project root = project();
    Project bad = ProjectBuilder.builder().withName("bad").withParent(root)
        .withProjectDir(dir.resolve("bad").toFile()).build();
    bad.getPluginManager().apply("dev.lintel");
    task(root).check();
    assertThatThrownBy(() -> task(bad).check()).isInstanceOf(GradleException.class)
        .hasMessageContaining("bad/src/main/resources/cors.xml:4:20 CORS_WILDCARD_ORIGIN");
  }

  @Test
  void configErrorIsAUserError() throws IOException {
    write(".lintel.yml", "fail-on: sometimes\n");
    Project p = project();
    assertThatThrownBy(() -> task(p).check()).isInstanceOf(InvalidUserDataException.class)
        .hasMessageContaining(".lintel.yml:1:").hasMessageContaining("fail-on");
  }

  @Test
  void unknownRuleIsAUserError() {
    Project p = project();
    p.getExtensions().getByType(LintelExtension.class).getRules().add("NO_SUCH_RULE");
    assertThatThrownBy(() -> task(p).check()).isInstanceOf(InvalidUserDataException.class)
        .hasMessageContaining("unknown rule id 'NO_SUCH_RULE'");
  }

  private void write(String rel, String text) throws IOException {
    Path f = dir.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }
}
