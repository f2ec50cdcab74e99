package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;

/** {@code valid_referers none}: a request without a Referer header passes the check. */
@RuleMeta(id = "NGINX_VALID_REFERERS_NONE", title = "Referer check trusts requests without a Referer",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"valid_referers"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_referer_module.html#valid_referers")
public final class NginxValidReferersNoneRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("valid_referers", (ctx, dc) -> {
      for (Token arg : dc.directive().args()) {
        if (arg.text().equals("none")) {
          ctx.report(dc.directive().file(), arg.range(), "valid_referers none lets every request without a"
              + " Referer header pass the check: remove none");
        }
      }
    });
  }
}
