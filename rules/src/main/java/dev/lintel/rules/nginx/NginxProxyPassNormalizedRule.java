package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code proxy_pass} with a path in a non-exact location: nginx swaps the matched prefix and
 * forwards the decoded, normalised URI, so {@code %2F} and dot-segments reach the upstream
 * differently from what the client sent. With a {@code rewrite ^ $request_uri} in scope the
 * URL must carry {@code $uri} or a capture for the raw URI to be forwarded.
 */
@RuleMeta(id = "NGINX_PROXY_PASS_NORMALIZED", title = "proxy_pass with a path sends a rewritten, decoded URI",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"proxy_pass_normalized"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass")
public final class NginxProxyPassNormalizedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("proxy_pass", (ctx, dc) -> {
      Directive d = dc.directive();
      Directive location = location(dc);
      NginxLocation loc = location == null ? null : NginxLocation.of(location);
      List<NginxVariables.Piece> pieces = d.args().isEmpty() ? List.of() : NginxVariables.pieces(d.arg(0));
      if (loc == null || loc.modifier().equals("=") || pieces.isEmpty()
          || (pieces.size() == 1 && pieces.get(0).variable())) {
        return;
      }
      NginxUrl url = NginxUrl.parse(d.arg(0));
      Directive rewrite = rawUriRewrite(ctx, dc);
      if (rewrite != null) {
        List<NginxVariables.Piece> checked = url.path().isEmpty() ? url.host() : url.path();
        if (checked.stream().noneMatch(p -> p.variable() && (p.text().equals("uri") || Character.isDigit(p.text().charAt(0))))) {
          RuleContext.Report r = ctx.report(d.file(), d.args().get(0).range(), "proxy_pass " + d.arg(0)
              + " does not forward $uri or a capture, so the raw URI kept by rewrite ^ $request_uri is not what"
              + " the upstream receives: it gets a re-encoded or normalised URI");
          if (rewrite.file().equals(d.file())) {
            r.related(rewrite.range(), "rewrite ^ $request_uri");
          }
        }
      } else if (!url.path().isEmpty()) {
        ctx.report(d.file(), d.args().get(0).range(), "proxy_pass " + d.arg(0) + " has a path, so nginx forwards the"
            + " decoded and normalised URI in place of the matched prefix: encoded slashes (%2F) and dot-segments"
            + " reach the upstream differently from what the client sent");
      }
    });
  }

  /** The location the proxy_pass belongs to: its parent, or the parent of its if/limit_except. */
  private static Directive location(DirectiveInContext dc) {
    List<Directive> parents = dc.parents();
    int i = parents.size() - 1;
    if (i >= 1 && List.of("if", "limit_except").contains(parents.get(i).nameText())) {
      i--;
    }
    return i >= 0 && parents.get(i).nameText().equals("location") ? parents.get(i) : null;
  }

  /** A {@code rewrite ^ $request_uri} in this block or an enclosing one, or null. */
  private static Directive rawUriRewrite(RuleContext ctx, DirectiveInContext dc) {
    List<List<Directive>> levels = new ArrayList<>();
    levels.add(ctx.file().nginx().children());
    dc.parents().forEach(p -> levels.add(p.children()));
    for (List<Directive> level : levels) {
      for (Directive d : level) {
        if (d.nameText().equals("rewrite") && "^".equals(d.arg(0)) && "$request_uri".equals(d.arg(1))) {
          return d;
        }
      }
    }
    return null;
  }
}
