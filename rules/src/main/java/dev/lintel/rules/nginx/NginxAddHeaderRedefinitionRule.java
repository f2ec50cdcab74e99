package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code server}, {@code location} or {@code if} block with its own {@code add_header} no longer
 * inherits the headers of the levels above it; reports the headers that are silently dropped
 * (a warning when a security header is among them, else a note). Option {@code headers} limits the
 * check to the listed header names.
 */
@RuleMeta(id = "NGINX_ADD_HEADER_REDEFINITION", title = "Nested add_header silently drops inherited headers",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"add_header_redefinition"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header")
public final class NginxAddHeaderRedefinitionRule implements Rule {

  private static final Set<String> BLOCKS = Set.of("server", "location", "if");

  @Override
  public void register(Subscriptions on) {
    on.nginxConfig((ctx, config) -> {
      Set<String> only = NginxHeaders.optionNames(ctx.options().get("headers"));
      walk(ctx, null, config.children(), Map.of(), "on", only);
    });
  }

  /** Visits one level with the headers in effect above it (lower-case name to declaring directive). */
  private static void walk(RuleContext ctx, Directive block, List<Directive> children, Map<String, Directive> above,
      String inheritAbove, Set<String> only) {
    Map<String, Directive> own = new LinkedHashMap<>();
    String inherit = inheritAbove;
    for (Directive d : children) {
      if (d.nameText().equals("add_header") && !d.args().isEmpty()) {
        own.putIfAbsent(NginxHeaders.lower(d.arg(0)), d);
      } else if (d.nameText().equals("add_header_inherit") && d.arg(0) != null) {
        inherit = d.arg(0);
      }
    }
    boolean merge = inherit.equals("merge");
    if (block != null && BLOCKS.contains(block.nameText()) && !own.isEmpty() && !merge && !inherit.equals("off")
        && !NginxSupport.hasMissingInclude(block.block())) {
      report(ctx, block, own, above, only);
    }
    Map<String, Directive> effective = above;
    if (!own.isEmpty() || inherit.equals("off")) {
      effective = new LinkedHashMap<>(merge ? above : Map.of());
      effective.putAll(own);
    }
    for (Directive d : children) {
      if (d.isBlock()) {
        walk(ctx, d, d.children(), effective, inherit, only);
      }
    }
  }

  private static void report(RuleContext ctx, Directive block, Map<String, Directive> own,
      Map<String, Directive> above, Set<String> only) {
    List<String> dropped = above.keySet().stream()
        .filter(h -> !own.containsKey(h) && (only == null || only.contains(h))).toList();
    if (dropped.isEmpty()) {
      return;
    }
    boolean security = only != null || dropped.stream().anyMatch(NginxHeaders::isSecurityHeader);
    Directive first = own.values().iterator().next();
    RuleContext.Report r = ctx.report(first.file(), first.name().range(), "add_header in this " + block.nameText()
        + " stops the inherited " + String.join(", ", dropped.stream().map(h -> above.get(h).arg(0)).toList())
        + " header(s) from being sent: repeat them here or use add_header_inherit merge");
    if (!security) {
      r.level(Severity.NOTE);
    }
    for (String h : dropped) {
      Directive origin = above.get(h);
      if (origin.file().equals(first.file())) {
        r.related(origin.name().range(), "inherited " + origin.arg(0) + " declared here");
      }
    }
  }
}
