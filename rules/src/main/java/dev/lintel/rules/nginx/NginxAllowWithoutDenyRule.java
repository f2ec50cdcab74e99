package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;

/**
 * A block that allows some addresses but denies none: clients that match no rule are allowed, so
 * the allow list restricts nothing. One finding per block, on its first such {@code allow}.
 */
@RuleMeta(id = "NGINX_ALLOW_WITHOUT_DENY", title = "allow list without a closing deny",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"allow_without_deny"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_access_module.html")
public final class NginxAllowWithoutDenyRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      for (NginxLevels.Level level : NginxLevels.of(config)) {
        Directive allow = level.directives().stream()
            .filter(d -> d.nameText().equals("allow") && d.arg(0) != null && !d.arg(0).equals("all"))
            .findFirst().orElse(null);
        if (allow != null && level.first("deny") == null && !level.hasMissingInclude()) {
          ctx.report(allow.file(), allow.name().range(), "allow " + allow.arg(0) + " is not followed by a deny in"
              + " this block, so every other client is allowed too: add deny all after the allow list");
        }
      }
    });
  }
}
