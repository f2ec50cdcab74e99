package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.List;

/**
 * {@code stub_status} in a block without its own IP allow list ({@code allow} of specific
 * addresses and {@code deny all}), on a server that is reachable beyond loopback or a unix socket.
 */
@RuleMeta(id = "NGINX_STATUS_PAGE_EXPOSED", title = "stub_status reachable without an IP allow list",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"status_page_exposed"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_stub_status_module.html")
public final class NginxStatusPageExposedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("stub_status", (ctx, dc) -> {
      Directive block = dc.parent();
      List<Directive> own = block == null ? ctx.file().nginx().children() : block.children();
      List<Directive> written = block == null ? ctx.file().nginx().directives() : block.block();
      boolean allows = own.stream().anyMatch(d -> d.nameText().equals("allow") && d.arg(0) != null
          && !d.arg(0).equals("all"));
      boolean deniesAll = own.stream().anyMatch(d -> d.nameText().equals("deny") && "all".equals(d.arg(0)));
      if ((allows && deniesAll) || NginxSupport.hasMissingInclude(written) || localOnly(dc.enclosing("server"))) {
        return;
      }
      Directive d = dc.directive();
      ctx.report(d.file(), d.name().range(), "stub_status is served without an IP allow list, so anyone who"
          + " reaches this server can read its connection counters: add allow <monitoring address> and deny all");
    });
  }

  /** Every listen of the server is a unix socket or a loopback address. */
  private static boolean localOnly(Directive server) {
    if (server == null) {
      return false;
    }
    List<Directive> listens = server.children().stream().filter(d -> d.nameText().equals("listen")).toList();
    return !listens.isEmpty() && listens.stream().allMatch(l -> l.arg(0) != null
        && (l.arg(0).startsWith("unix:") || NginxAddresses.isLoopback(NginxAddresses.host(l.arg(0)))));
  }
}
