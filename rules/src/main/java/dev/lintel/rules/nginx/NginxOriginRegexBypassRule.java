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
import java.util.List;
import java.util.Map;

/**
 * A regex that checks {@code $http_origin} or {@code $http_referer} (in {@code if} or as a
 * {@code map} key) and also accepts hosts outside the domain it names: a missing anchor, an
 * unescaped dot or an open wildcard before the domain. Options: {@code domains}, {@code https_only}.
 */
@RuleMeta(id = "NGINX_ORIGIN_REGEX_BYPASS", title = "Origin or Referer check accepts untrusted values",
    severity = Severity.ERROR, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"origins"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if")
public final class NginxOriginRegexBypassRule implements Rule {

  private static final List<String> HEADERS = List.of("http_origin", "http_referer", "http_referrer");

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      for (DirectiveInContext dc : DirectiveInContext.walk(config)) {
        Directive d = dc.directive();
        String[] condition = d.nameText().equals("if") && d.isBlock() ? NginxLocation.regexCondition(d) : null;
        if (condition != null && HEADERS.contains(condition[0]) && !denyList(d, condition[1])) {
          Token last = d.args().get(d.args().size() - 1);
          Token regex = last.text().equals(")") && d.args().size() > 1 ? d.args().get(d.args().size() - 2) : last;
          check(ctx, condition[0], condition[2], condition[1].endsWith("*"), d, regex);
        } else if (d.nameText().equals("map") && d.isBlock() && d.args().size() == 2
            && HEADERS.contains(d.arg(0).substring(1))) {
          for (Directive entry : d.children()) {
            String key = entry.nameText();
            if (key.startsWith("~")) {
              check(ctx, d.arg(0).substring(1), key.substring(key.startsWith("~*") ? 2 : 1), key.startsWith("~*"),
                  entry, entry.name());
            }
          }
        }
      }
    });
  }

  /** {@code if ($h ~ regex) { return 4xx; }} only blocks what it matches: accepting more blocks more. */
  private static boolean denyList(Directive ifBlock, String operator) {
    List<Directive> body = ifBlock.children();
    return !operator.startsWith("!") && !body.isEmpty() && body.stream()
        .allMatch(c -> c.nameText().equals("return") && c.arg(0) != null && c.arg(0).matches("4\\d\\d"));
  }

  private static void check(RuleContext ctx, String header, String pattern, boolean ci, Directive d, Token at) {
    NginxRegex regex = NginxRegex.parse(pattern, ci);
    boolean origin = header.equals("http_origin");
    String name = origin ? "Origin" : "Referer";
    if (header.equals("http_referrer")) {
      ctx.report(d.file(), at.range(), "$http_referrer is the misspelled Referrer header, which browsers never send:"
          + " this check always sees an empty value; use $http_referer").level(Severity.NOTE);
      return;
    }
    Map<String, Object> options = ctx.options();
    List<String> domains = options.get("domains") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    String verdict = regex == null ? null
        : OriginSamples.judge(regex, origin, domains, Boolean.TRUE.equals(options.get("https_only")));
    if (verdict == null) {
      return;
    }
    if (verdict.startsWith("a")) {
      ctx.report(d.file(), at.range(), name + " check " + pattern + " also accepts " + verdict.substring(1))
          .level(origin ? Severity.ERROR : Severity.WARNING);
    } else {
      ctx.report(d.file(), at.range(), "Origin check " + pattern + " only accepts values with a path, but an Origin"
          + " header is scheme://host[:port] without one, so no real Origin ever matches").level(Severity.NOTE);
    }
  }
}
