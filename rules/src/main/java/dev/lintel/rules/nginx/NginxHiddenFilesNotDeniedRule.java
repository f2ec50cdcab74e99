package dev.lintel.rules.nginx;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.nginx.Directive;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A server that hands requests to PHP ({@code fastcgi_pass}) but has no regex location that
 * matches {@code /.htaccess} and denies it ({@code deny all}, {@code return 403|404}): files such
 * as {@code .htaccess}, {@code .git/} or {@code .env} in the document root are served as they
 * are. Not reported when the server block directly includes a file that is missing (it could
 * hold that location).
 */
@RuleMeta(id = "NGINX_HIDDEN_FILES_NOT_DENIED", title = "PHP site does not block dot-files",
    severity = Severity.WARNING, category = Category.NGINX, kinds = {FileKind.NGINX}, tags = {"security"},
    helpUri = "https://nginx.org/en/docs/http/ngx_http_access_module.html")
public final class NginxHiddenFilesNotDeniedRule implements Rule {

  private static final String PROBE = "/.htaccess";

  @Override
  public void register(Subscriptions on) {
    on.nginxDirective("server", (ctx, dc) -> {
      Directive server = dc.directive();
      if (!NginxSupport.isHttpServer(dc) || NginxSupport.missingIncludeIn(server)) {
        return;
      }
      List<Directive> locations = new ArrayList<>();
      collectLocations(server, locations);
      Directive php = locations.stream().filter(l -> contains(l, "fastcgi_pass")).findFirst().orElse(null);
      if (php == null || locations.stream().anyMatch(NginxHiddenFilesNotDeniedRule::deniesDotFiles)) {
        return;
      }
      var report = ctx.report(server.file(), server.name().range(), "Server " + NginxSupport.serverLabel(server)
          + " passes requests to PHP but no location denies dot-files, so .htaccess, .git/ or .env in the root"
          + " can be downloaded: add a location ~ /\\. { deny all; } block");
      if (php.file().equals(server.file())) {
        report.related(php.name().range(), "location that passes requests to PHP");
      }
    });
  }

  private static void collectLocations(Directive block, List<Directive> out) {
    for (Directive d : block.children()) {
      if (d.isBlock() && d.nameText().equals("location")) {
        out.add(d);
        collectLocations(d, out);
      }
    }
  }

  /** True when {@code name} appears in the block or in an {@code if}/{@code limit_except} inside it. */
  private static boolean contains(Directive block, String name) {
    for (Directive d : block.children()) {
      if (d.nameText().equals(name) || d.isBlock() && !d.nameText().equals("location") && contains(d, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean deniesDotFiles(Directive location) {
    if (location.args().size() != 2 || !(location.arg(0).equals("~") || location.arg(0).equals("~*"))) {
      return false;
    }
    try {
      int flags = location.arg(0).equals("~*") ? Pattern.CASE_INSENSITIVE : 0;
      if (!Pattern.compile(location.arg(1), flags).matcher(PROBE).find()) {
        return false;
      }
    } catch (PatternSyntaxException e) {
      return false;
    }
    for (Directive d : location.children()) {
      boolean deny = d.nameText().equals("deny") && "all".equals(d.arg(0));
      boolean refuse = d.nameText().equals("return") && ("403".equals(d.arg(0)) || "404".equals(d.arg(0)));
      if (deny || refuse) {
        return true;
      }
    }
    return false;
  }
}
