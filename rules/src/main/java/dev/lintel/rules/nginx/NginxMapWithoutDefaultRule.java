package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.Set;

/**
 * A {@code map} with two or more entries, or any {@code geo}, that has no {@code default}: input
 * that matches no entry yields an empty value, which a later check may treat as allowed.
 */
@RuleMeta(id = "NGINX_MAP_WITHOUT_DEFAULT", title = "map or geo without a default value",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    aliases = {"hash_without_default"}, helpUri = "https://nginx.org/en/docs/http/ngx_http_map_module.html#map")
public final class NginxMapWithoutDefaultRule implements Rule {

  private static final Set<String> NOT_ENTRIES = Set.of("default", "hostnames", "volatile", "include");

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("map", (ctx, dc) -> {
      Directive map = dc.directive();
      long entries = map.children().stream().filter(d -> !NOT_ENTRIES.contains(d.nameText())).count();
      if (map.isBlock() && entries >= 2 && lacksDefault(map)) {
        ctx.report(map.file(), map.name().range(), "map " + String.join(" ", map.args().stream()
            .map(t -> t.text()).toList()) + " has no default, so unmatched input gives an empty value: add a"
            + " default entry");
      }
    });
    on.nginxDirective("geo", (ctx, dc) -> {
      Directive geo = dc.directive();
      if (geo.isBlock() && lacksDefault(geo)) {
        ctx.report(geo.file(), geo.name().range(), "geo block has no default, so unmatched addresses get an"
            + " empty value: add a default entry");
      }
    });
  }

  private static boolean lacksDefault(Directive block) {
    return block.children().stream().noneMatch(d -> d.nameText().equals("default"))
        && !NginxSupport.hasMissingInclude(block.block());
  }
}
