package dev.lintel.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lintel.model.Problem;
import dev.lintel.parse.ParseLimits;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against the real parser: for each input, {@code nginx -t} and
 * {@link NginxParser} must agree on whether the text is syntactically valid. nginx also fails
 * for semantic reasons (unknown directive, directive not allowed here, unresolvable host); its
 * verdict is classified from its message, and only syntax verdicts are compared. Skipped when no
 * {@code nginx} binary is installed.
 *
 * <p>Inputs: hand-written site fragments (whose nginx verdict must be a syntax verdict, so they
 * stay meaningful), the gixy corpus confs wrapped into the context they were written for, two
 * mutations of each (last {@code }} or first {@code ;} removed), and the h5bp configuration.
 */
class NginxOracleTest {

  /** Site fragments, wrapped into {@code http { ... }}; each is valid or has one syntax error. */
  private static final List<String> CASES = List.of(
      "server { listen 8080; location / { return 200 \"ok\"; } }",
      "server {\n\tlisten 8080;\r\n\tserver_name a.example b.example;\r\n}\r\n",
      "server { return 200 \"${host}x\"; }",
      "server { add_header X-A 'a\\' b'; add_header X-B \"c \\\"d\\\"\"; }",
      "server { listen \"8081\"; return 200 a#b; }",
      "server {return 200 \"a\";}#trailing comment",
      "server { return 200 \\\"; }",
      "server { set $a b\"c\"; }",
      "server { set $a \"}\"; set $b '{'; }",
      "server { location ~ \"^/a{1,2}$\" { return 204; } }",
      "server { if ($request_method = POST) { return 405; } }",
      "server { if ($uri ~ \"^/(a|b)$\") {return 404;}}",
      "map $uri $mapped {\n  default 0;\n  ~^/a 1;\n  \"~^/b\\d+\" 2;\n}\n",
      "log_format main '$remote_addr \"$request\" $status';\nserver { access_log off; }",
      "server {}\nserver { }\n# comment only\n",
      "",
      "server { listen 80 }",
      "server { listen 80;",
      "server { } }",
      "}",
      "server { add_header X \"abc; }",
      "server { add_header X 'abc; }",
      "server { ; }",
      "server { return 200 \"a\"b; }",
      "server { set $a 'x'\"y\"; }",
      "server { { } }",
      "server { return 200 \"a\" ; } x",
      "server { return 200 \"x\"}",
      "server { location / { } ",
      "server { location / { return 200; }\n# a brace in a comment does not close: }\n");

  @TempDir
  Path work;

  private int counter;
  private int compared;
  private int skipped;

  @TestFactory
  Stream<DynamicTest> parserAgreesWithNginxOnSyntax() throws IOException {
    String nginx = findNginx();
    assumeTrue(nginx != null, "nginx is not installed (apt-get install nginx): oracle test skipped");
    List<DynamicTest> tests = new ArrayList<>();
    for (String text : CASES) {
      tests.add(DynamicTest.dynamicTest("case: " + text.replace("\n", "\\n"), () -> {
        Verdict v = nginxOnFragment(nginx, text, Wrap.HTTP);
        assertThat(v.kind()).as("nginx verdict for a hand-written case must be about syntax: %s", v.message())
            .isNotEqualTo(Kind.OTHER_ERROR);
        assertAgree(text, v);
      }));
    }
    Path gixy = corpus().resolve("gixy");
    if (Files.isDirectory(gixy)) {
      List<Path> confs;
      try (Stream<Path> walk = Files.walk(gixy)) {
        confs = walk.filter(p -> p.toString().endsWith(".conf")).sorted(Comparator.naturalOrder()).toList();
      }
      for (Path conf : confs) {
        String text = Files.readString(conf, StandardCharsets.UTF_8);
        for (String variant : variants(text)) {
          String name = "gixy " + gixy.relativize(conf) + (variant.equals(text) ? "" : " (mutated)");
          tests.add(DynamicTest.dynamicTest(name, () -> {
            Verdict v = nginxOnFragment(nginx, variant, wrapFor(variant));
            if (v.kind() != Kind.OTHER_ERROR) {
              assertAgree(variant, v);
            } else {
              skipped++;
            }
          }));
        }
      }
    }
    Path h5bp = corpus().resolve("nginx-h5bp");
    if (Files.isRegularFile(h5bp.resolve("nginx.conf"))) {
      tests.add(DynamicTest.dynamicTest("h5bp nginx.conf", () -> {
        Path copy = copyTree(h5bp, work.resolve("h5bp"));
        Verdict v = run(nginx, copy, copy.resolve("nginx.conf"));
        assertThat(v.kind()).as("nginx verdict for h5bp: %s", v.message()).isEqualTo(Kind.OK);
        String text = Files.readString(copy.resolve("nginx.conf"));
        assertThat(syntaxErrors(copy.resolve("nginx.conf"), text, copy)).isEmpty();
      }));
    }
    int handWritten = CASES.size();
    tests.add(DynamicTest.dynamicTest("most verdicts are about syntax", () -> {
      assertThat(compared).as("compared %d verdicts, skipped %d semantic ones", compared, skipped)
          .isGreaterThanOrEqualTo(handWritten).isGreaterThan(skipped);
      System.out.printf("nginx oracle: %d syntax verdicts compared, %d semantic verdicts skipped%n", compared, skipped);
    }));
    return tests.stream();
  }

  /** Complete configurations: nginx's "not allowed here" verdicts must equal ours. */
  private static final List<String> CONTEXT_CASES = List.of(
      "events {}\nhttp { server { listen 8080; location / { root /tmp; } } }\n",
      "events {}\nhttp { listen 8080; }\n",
      "events { worker_connections 10; }\nhttp { server { location / { server_name x; } } }\n",
      "events {}\nhttp { server { if ($arg_a) { return 403; } location / { if ($arg_b) { expires 1h; } } } }\n",
      "events {}\nhttp { server { if ($arg_a) { proxy_pass http://127.0.0.1; } } }\n",
      "events {}\nhttp { worker_connections 10; }\n",
      "events {}\nhttp { upstream u { server 127.0.0.1:9; } server { location / { alias /tmp/; } } }\n",
      "events {}\nhttp { server { alias /tmp/; } }\n");

  @TestFactory
  Stream<DynamicTest> directiveContextsAgreeWithNginx() {
    String nginx = findNginx();
    assumeTrue(nginx != null, "nginx is not installed (apt-get install nginx): oracle comparison skipped");
    return CONTEXT_CASES.stream().map(text -> DynamicTest.dynamicTest(text.replace('\n', ' '), () -> {
      Path prefix = Files.createTempDirectory(work, "ctx");
      Path main = Files.writeString(prefix.resolve("nginx.conf"), text);
      Verdict v = run(nginx, prefix, main);
      boolean nginxSaysNotAllowed = v.message().contains("is not allowed here");
      assertThat(v.kind() == Kind.OK || nginxSaysNotAllowed).as("nginx verdict: %s", v.message()).isTrue();
      boolean ours = syntaxErrors(main, text, prefix).stream().anyMatch(p -> p.message().contains("is not allowed here"));
      assertThat(ours).as("nginx: %s", v.message()).isEqualTo(nginxSaysNotAllowed);
    }));
  }

  private void assertAgree(String text, Verdict nginxVerdict) {
    compared++;
    List<Problem> ours = syntaxErrors(work.resolve("ours.conf"), text, work);
    if (nginxVerdict.kind() == Kind.OK) {
      assertThat(ours).as("nginx accepts %s", text).isEmpty();
    } else {
      assertThat(ours).as("nginx rejects %s (%s)", text, nginxVerdict.message()).isNotEmpty();
    }
  }

  private static List<Problem> syntaxErrors(Path file, String text, Path prefix) {
    return NginxParser.parse(file, text, ParseLimits.DEFAULT, prefix).problems().stream()
        .filter(p -> p.ruleId().equals(Problem.PARSE_ERROR)).toList();
  }

  /** The text itself, and mutations that usually break its syntax. */
  private static List<String> variants(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    int brace = text.lastIndexOf('}');
    if (brace >= 0) {
      out.add(text.substring(0, brace) + text.substring(brace + 1));
    }
    int semi = text.indexOf(';');
    if (semi >= 0) {
      out.add(text.substring(0, semi) + text.substring(semi + 1));
    }
    return out;
  }

  /** The context a fragment was written for, from its first word. */
  private enum Wrap { MAIN, HTTP, SERVER, LOCATION }

  private static Wrap wrapFor(String text) {
    String first = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .findFirst().orElse("");
    String word = first.split("[\\s{;(]", 2)[0];
    return switch (word) {
      case "http" -> Wrap.MAIN;
      case "server", "map", "upstream", "geo" -> Wrap.HTTP;
      case "location", "if", "listen", "server_name", "resolver" -> Wrap.SERVER;
      default -> Wrap.LOCATION;
    };
  }

  private Verdict nginxOnFragment(String nginx, String text, Wrap wrap) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(work.resolve("case" + counter++));
    Path fragment = Files.writeString(dir.resolve("fragment.conf"), text, StandardCharsets.UTF_8);
    String include = "include " + fragment.toAbsolutePath() + ";\n";
    String body = switch (wrap) {
      case MAIN -> include;
      case HTTP -> "http {\n" + include + "}\n";
      case SERVER -> "http {\nserver {\nlisten 127.0.0.1:8080;\n" + include + "}\n}\n";
      case LOCATION -> "http {\nserver {\nlisten 127.0.0.1:8080;\nlocation / {\n" + include + "}\n}\n}\n";
    };
    Path main = Files.writeString(dir.resolve("nginx.conf"),
        "pid " + dir.toAbsolutePath().resolve("nginx.pid") + ";\nevents {}\n" + body);
    return run(nginx, dir, main);
  }

  private static Verdict run(String nginx, Path prefix, Path main) throws IOException, InterruptedException {
    Path logs = Files.createDirectories(prefix.resolve("logs"));
    Process p = new ProcessBuilder(nginx, "-t", "-q", "-p", prefix.toAbsolutePath() + "/",
        "-e", logs.toAbsolutePath().resolve("error.log").toString(), "-c", main.toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("nginx -t did not finish");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() == 0) {
      return new Verdict(Kind.OK, out.strip());
    }
    boolean syntax = out.contains("unexpected") || out.contains("is not terminated by")
        || out.contains("has no opening \"{\"");
    return new Verdict(syntax ? Kind.SYNTAX_ERROR : Kind.OTHER_ERROR, out.strip());
  }

  private enum Kind { OK, SYNTAX_ERROR, OTHER_ERROR }

  /** nginx's verdict and what it printed. */
  private record Verdict(Kind kind, String message) {}

  private static String findNginx() {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"));
    for (String d : dirs) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "nginx"))) {
        return Path.of(d, "nginx").toString();
      }
    }
    return null;
  }

  private static Path corpus() {
    String configured = System.getProperty("lintel.corpus");
    return Path.of(configured != null ? configured : "../../shared/corpus").normalize();
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
