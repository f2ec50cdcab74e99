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
import java.util.List;

/**
 * A response header value written over several lines in {@code add_header} or
 * {@code more_set_headers}: the line break is sent as obsolete folding that clients may reject.
 */
@RuleMeta(id = "NGINX_ADD_HEADER_MULTILINE", title = "Response header value spans several lines",
    severity = Severity.NOTE, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"correctness"},
    aliases = {"add_header_multiline"},
    helpUri = "https://www.rfc-editor.org/rfc/rfc7230#section-3.2.4")
public final class NginxAddHeaderMultilineRule implements Rule {

  /** more_set_headers options that take a value: {@code -t types}, {@code -s statuses}. */
  private static final List<String> OPTIONS_WITH_VALUE = List.of("-t", "-s");

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("add_header", (ctx, dc) -> {
      Directive d = dc.directive();
      if (d.args().size() >= 2) {
        check(ctx, d, d.args().get(1), d.arg(0));
      }
    });
    on.nginxDirective("more_set_headers", (ctx, dc) -> {
      Directive d = dc.directive();
      for (int i = 0; i < d.args().size(); i++) {
        String text = d.arg(i);
        if (OPTIONS_WITH_VALUE.contains(text)) {
          i++;
        } else if (!text.startsWith("-")) {
          check(ctx, d, d.args().get(i), text.split(":", 2)[0].strip());
        }
      }
    });
  }

  private static void check(RuleContext ctx, Directive d, Token value, String header) {
    if (value.text().indexOf('\n') >= 0 || value.text().indexOf('\r') >= 0) {
      ctx.report(d.file(), value.range(), "The value of header " + header + " spans several lines, which is"
          + " sent as obsolete line folding: write it on one line");
    }
  }
}
