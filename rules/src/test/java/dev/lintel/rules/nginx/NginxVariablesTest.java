package dev.lintel.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.parse.nginx.NginxParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NginxVariablesTest {

  private static NginxVariables.Value valueAt(String conf, String directive, String variable) {
    NginxConfig config = NginxParser.parse(Path.of("site.conf"), conf, null, null).value();
    List<DirectiveInContext> all = DirectiveInContext.walk(config);
    NginxVariables vars = new NginxVariables(config, all);
    DirectiveInContext at = all.stream().filter(d -> d.directive().nameText().equals(directive)).findFirst().orElseThrow();
    return vars.resolve(variable, at);
  }

  @Test
  void piecesFollowNginxScriptSyntax() {
    assertThat(NginxVariables.pieces("http://a${b}c$12$d_e/$")).containsExactly(
        new NginxVariables.Piece("http://a", false), new NginxVariables.Piece("b", true),
        new NginxVariables.Piece("c", false), new NginxVariables.Piece("1", true),
        new NginxVariables.Piece("2", false), new NginxVariables.Piece("d_e", true),
        new NginxVariables.Piece("/$", false));
  }

  @Test
  void locationCaptureIsIntersectedWithUri() {
    NginxVariables.Value v = valueAt("location ~ ^/a/(.*)$ { proxy_pass http://x/$1; }", "proxy_pass", "1");
    assertThat(v.controlled()).isTrue();
    assertThat(v.canContain('\n')).isFalse();
    assertThat(v.canContain('\r')).isTrue();
    assertThat(v.canContain(' ')).isFalse();
  }

  @Test
  void setAndMapAreResolvedTransitively() {
    String conf = "map $http_x_a $m { default x; ~(?<v>.+) $v; }\n"
        + "location / { set $s $m; set $t \"/$s\"; proxy_pass http://b$t; }";
    NginxVariables.Value s = valueAt(conf, "proxy_pass", "s");
    assertThat(s.canContain('.')).isTrue();
    NginxVariables.Value t = valueAt(conf, "proxy_pass", "t");
    assertThat(t.alwaysSlash()).isTrue();
  }

  @Test
  void rewriteCapturesApplyToLaterDirectivesOnly() {
    String conf = "location / { rewrite ^/(\\W+)$ /x; add_header X $1; }";
    assertThat(valueAt(conf, "add_header", "1").canContain('\n')).isTrue();
    assertThat(valueAt(conf, "rewrite", "1").controlled()).isFalse();
  }

  @Test
  void ifCapturesComeFromTheTestedVariable() {
    String conf = "location / { if ($http_x ~ (.+)) { add_header X $1; } }";
    NginxVariables.Value v = valueAt(conf, "add_header", "1");
    assertThat(v.canContain('\n')).isFalse();
    assertThat(v.canContain('.')).isTrue();
  }

  @Test
  void uncontrolledAndUnknownVariables() {
    assertThat(valueAt("add_header X $host;", "add_header", "host").controlled()).isFalse();
    assertThat(valueAt("add_header X $nothing;", "add_header", "nothing").controlled()).isFalse();
    assertThat(valueAt("add_header X $request_uri;", "add_header", "request_uri").alwaysSlash()).isTrue();
  }

  @Test
  void selfReferenceStopsAtTheDepthLimit() {
    assertThat(valueAt("set $a \"$a.$arg_x\"; add_header X $a;", "add_header", "a").canContain('.')).isTrue();
  }

  @Test
  void manyValuedChainsStayBounded() {
    StringBuilder conf = new StringBuilder("map $arg_x $v0 { default a; }\n");
    for (int i = 1; i <= 12; i++) {
      conf.append("map $arg_x $v").append(i).append(" {");
      for (int j = 0; j < 20; j++) {
        conf.append(" k").append(j).append(" \"$v").append(i - 1).append("$v").append(i - 1).append("\";");
      }
      conf.append(" }\n");
    }
    conf.append("add_header X $v12;");
    assertThat(valueAt(conf.toString(), "add_header", "v12").canContain('\n')).isFalse();
  }
}
