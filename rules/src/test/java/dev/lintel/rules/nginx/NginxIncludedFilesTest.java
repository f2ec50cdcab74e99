package dev.lintel.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.AnalysisResult;
import dev.lintel.engine.Finding;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings in files brought in by {@code include} are reported at their own path and line, and
 * rule options reach the nginx rules, through the same entry point the CLI uses.
 */
class NginxIncludedFilesTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private AnalysisResult scan(List<String> rules, Map<String, Map<String, Object>> options) {
    AnalysisConfig.Builder config = AnalysisConfig.builder().paths(List.of(dir)).root(dir)
        .rules(BuiltInRules.all()).only(rules).jobs(1);
    options.forEach(config::ruleOptions);
    return Analysis.run(config.build());
  }

  private static List<String> located(AnalysisResult result) {
    return result.activeFindings().stream()
        .map(f -> f.ruleId() + " " + f.location().uri() + ":" + f.location().range().startLine()
            + ":" + f.location().range().startColumn())
        .sorted().toList();
  }

  @Test
  void findingsInIncludedSnippetsPointAtTheSnippets() throws IOException {
    write("nginx/nginx.conf", """
        events {}
        http {
            server_tokens off;
            include snippets/*.conf;
            server {
                listen 443 ssl;
                server_name www.example.com;
            }
        }
        """);
    write("nginx/snippets/tls.conf", """
        # TLS settings shared by every server
        ssl_protocols TLSv1.1 TLSv1.2;
        """);
    write("nginx/snippets/site.conf", """
        server {
            listen 8443 ssl;
            server_name api.example.com;
            server_tokens on;
        }
        """);
    AnalysisResult result = scan(List.of("NGINX_SSL_PROTOCOLS_WEAK", "NGINX_VERSION_DISCLOSURE"), Map.of());
    assertThat(located(result)).contains(
        "NGINX_SSL_PROTOCOLS_WEAK nginx/snippets/tls.conf:2:15",
        "NGINX_VERSION_DISCLOSURE nginx/snippets/site.conf:4:19");
    assertThat(result.activeFindings()).extracting(Finding::ruleId).doesNotContain("PARSE_ERROR", "IO_ERROR");
    assertThat(result.activeFindings())
        .allSatisfy(f -> assertThat(f.location().uri()).doesNotEndWith("nginx.conf"));
  }

  @Test
  void missingIncludeIsReportedInTheIncludingSnippet() throws IOException {
    write("nginx/nginx.conf", """
        events {}
        http {
            include conf.d/*.conf;
        }
        """);
    write("nginx/conf.d/php.conf", """
        server {
            listen 80;
            location ~ \\.php$ {
                include snippets/fastcgi-php.conf;
                fastcgi_pass unix:/run/php/php-fpm.sock;
            }
        }
        """);
    AnalysisResult result = scan(List.of("NGINX_INCLUDE_MISSING"), Map.of());
    assertThat(located(result)).contains("NGINX_INCLUDE_MISSING nginx/conf.d/php.conf:4:17");
  }

  @Test
  void includesOfScannedSnippetsResolveAgainstTheDirectoryOfNginxConf() throws IOException {
    write("etc/nginx/nginx.conf", """
        events {}
        http {
            include sites-enabled/*;
        }
        """);
    write("etc/nginx/snippets/fastcgi-php.conf", "fastcgi_index index.php;\n");
    write("etc/nginx/sites-enabled/default", """
        server {
            listen 80;
            location ~ \\.php$ {
                include snippets/fastcgi-php.conf;
                fastcgi_pass unix:/run/php/php-fpm.sock;
            }
        }
        """);
    assertThat(located(scan(List.of("NGINX_INCLUDE_MISSING"), Map.of()))).isEmpty();
  }

  @Test
  void tlsTerminatedUpstreamTurnsTheNoTlsListenerRuleOff() throws IOException {
    write("nginx/sites-enabled/app", """
        server {
            listen 80;
            server_name app.example.com;
        }
        """);
    List<String> rule = List.of("NGINX_NO_TLS_LISTENER");
    assertThat(located(scan(rule, Map.of()))).containsExactly("NGINX_NO_TLS_LISTENER nginx/sites-enabled/app:1:1");
    assertThat(located(scan(rule, Map.of("NGINX_NO_TLS_LISTENER", Map.of("tls_terminated_upstream", true)))))
        .isEmpty();
  }
}
