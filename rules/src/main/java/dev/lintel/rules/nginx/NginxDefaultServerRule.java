package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full configurations only: servers sharing a listen socket ({@code address:port}) where none is
 * marked {@code default_server} (the first one silently becomes the default), or where several
 * are (nginx refuses to start).
 */
@RuleMeta(id = "NGINX_DEFAULT_SERVER", title = "Default server for a listen socket is ambiguous",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"default_server_flag"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_core_module.html#listen")
public final class NginxDefaultServerRule implements Rule {

  /** A server's claim on a socket: where to report, and its default_server mark if any. */
  private record Claim(Directive server, Token anchor, Token defaultMark) {}

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      if (!config.isFullConfig()) {
        return;
      }
      Map<String, List<Claim>> sockets = new LinkedHashMap<>();
      for (DirectiveInContext dc : DirectiveInContext.walk(config)) {
        Directive server = dc.directive();
        Directive context = dc.parent();
        if (!server.nameText().equals("server") || !server.isBlock() || context == null) {
          continue;
        }
        List<Directive> listens = server.children().stream().filter(d -> d.nameText().equals("listen")).toList();
        if (listens.isEmpty() && context.nameText().equals("http")) {
          sockets.computeIfAbsent("http *:80", k -> new ArrayList<>()).add(new Claim(server, server.name(), null));
        }
        for (Directive listen : listens) {
          String socket = listen.arg(0) == null ? null : NginxAddresses.socket(listen.arg(0));
          if (socket != null) {
            Token mark = listen.args().stream().skip(1)
                .filter(t -> t.text().equals("default_server") || t.text().equals("default")).findFirst().orElse(null);
            sockets.computeIfAbsent(context.nameText() + " " + socket, k -> new ArrayList<>())
                .add(new Claim(server, listen.name(), mark));
          }
        }
      }
      sockets.forEach((key, claims) -> check(ctx, key.substring(key.indexOf(' ') + 1), claims));
    });
  }

  private static void check(RuleContext ctx, String socket, List<Claim> claims) {
    long servers = claims.stream().map(Claim::server).distinct().count();
    if (servers < 2) {
      return;
    }
    List<Claim> marked = claims.stream().filter(c -> c.defaultMark() != null).toList();
    Claim first = claims.get(0);
    if (marked.isEmpty()) {
      ctx.report(first.server().file(), first.anchor().range(), servers + " servers listen on " + socket
          + " and none is marked default_server, so the first one silently answers unknown host names: add"
          + " default_server to the listen of the intended default");
    }
    for (Claim extra : marked.subList(Math.min(1, marked.size()), marked.size())) {
      Claim original = marked.get(0);
      var r = ctx.report(extra.server().file(), extra.defaultMark().range(), "A second server marks " + socket
          + " as default_server, and nginx refuses to start with a duplicate default server: keep one")
          .level(Severity.ERROR);
      if (original.server().file().equals(extra.server().file())) {
        r.related(original.defaultMark().range(), "first default_server for " + socket);
      }
    }
  }
}
