package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code add_header Content-Type} adds a second Content-Type next to the one nginx already sends,
 * unless a {@code *_hide_header Content-Type} in scope removes the upstream's; {@code default_type}
 * or {@code types} set it properly.
 */
@RuleMeta(id = "NGINX_ADD_HEADER_CONTENT_TYPE", title = "Content-Type set with add_header",
    severity = Severity.NOTE, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"add_header_content_type"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_core_module.html#default_type")
public final class NginxAddHeaderContentTypeRule implements Rule {

  private static final Set<String> HIDE = Set.of("proxy_hide_header", "fastcgi_hide_header", "uwsgi_hide_header",
      "scgi_hide_header", "grpc_hide_header");

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("add_header", (ctx, dc) -> {
      Directive d = dc.directive();
      if (d.arg(0) == null || !d.arg(0).equalsIgnoreCase("content-type")) {
        return;
      }
      NginxConfig config = ctx.file().nginx();
      List<List<Directive>> levels = new ArrayList<>();
      if (!config.isFullConfig()) {
        levels.add(config.children());
      }
      dc.parents().forEach(p -> levels.add(p.children()));
      boolean hidden = levels.stream().flatMap(List::stream).anyMatch(h -> HIDE.contains(h.nameText())
          && h.arg(0) != null && h.arg(0).equalsIgnoreCase("content-type"));
      Directive parent = dc.parent();
      boolean missing = parent == null ? NginxSupport.hasMissingInclude(config.directives())
          : NginxSupport.missingIncludeInScope(parent, dc.parents().subList(0, dc.parents().size() - 1), config);
      if (!hidden && !missing) {
        ctx.report(d.file(), d.args().get(0).range(), "add_header " + d.arg(0) + " adds a second Content-Type"
            + " header to the response: set it with default_type (or types) instead");
      }
    });
  }
}
