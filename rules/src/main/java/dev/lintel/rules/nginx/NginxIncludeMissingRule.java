package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Token;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.DirectiveInContext;

/**
 * A plain {@code include} whose file is neither under the configuration prefix nor next to the
 * including file, typically a system file ({@code mime.types}, {@code snippets/fastcgi-php.conf})
 * outside the scanned tree. Analysis goes on without it, and rules that report something absent
 * stay quiet where the missing file could have declared it.
 */
@RuleMeta(id = "NGINX_INCLUDE_MISSING", title = "Included file is not in the scanned tree", severity = Severity.NOTE,
    category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    helpUri = "https://nginx.org/en/docs/ngx_core_module.html#include")
public final class NginxIncludeMissingRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      for (DirectiveInContext dc : NginxIncludes.all(config)) {
        Directive include = dc.directive();
        if (include.missingFile()) {
          Token path = include.args().get(0);
          ctx.report(include.file(), path.range(), "include " + path.text() + " names a file that is not in"
              + " the scanned tree (relative paths are looked up under the nginx prefix and next to the including"
              + " file): it was not analysed; scan it too or set --nginx-prefix");
        }
      }
    });
  }
}
