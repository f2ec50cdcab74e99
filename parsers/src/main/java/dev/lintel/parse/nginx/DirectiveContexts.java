package dev.lintel.parse.nginx;

import dev.lintel.model.Problem;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that well-known directives sit in a context nginx allows; nginx refuses to start with
 * {@code "x" directive is not allowed here}. Runs only on complete configurations (top-level
 * {@code events} and {@code http} blocks, as nginx requires), where includes give every directive
 * its real context; snippets and fragments scanned on their own are not judged. Unknown directives (third-party modules) and the contents of
 * {@code stream}, {@code mail}, data blocks ({@code map}, {@code types}, ...) and unknown blocks are
 * not checked.
 */
final class DirectiveContexts {

  /** Context names: main, events, http, server, location, sif/lif (if in server/location), upstream, limit_except. */
  private static final Map<String, Set<String>> ALLOWED = new HashMap<>();

  private static final Set<String> HSL = Set.of("http", "server", "location");
  private static final Set<String> HSL_LIF = Set.of("http", "server", "location", "lif");
  private static final Set<String> REWRITE = Set.of("server", "location", "sif", "lif");
  private static final Set<String> NOT_CHECKED_INSIDE = Set.of("stream", "mail", "map", "geo", "types",
      "split_clients", "charset_map", "match");

  static {
    allow(Set.of("main"), "user", "pid", "worker_processes", "worker_rlimit_nofile", "events", "http",
        "load_module", "daemon", "master_process", "worker_cpu_affinity", "worker_priority");
    allow(Set.of("events"), "worker_connections", "multi_accept", "use", "accept_mutex");
    allow(Set.of("http", "stream"), "upstream", "map", "geo");
    allow(Set.of("http"), "server", "log_format", "limit_req_zone", "limit_conn_zone", "server_names_hash_bucket_size",
        "variables_hash_max_size", "proxy_cache_path");
    allow(Set.of("server", "location"), "location", "if", "try_files", "stub_status", "valid_referers");
    allow(Set.of("server"), "listen", "server_name");
    allow(Set.of("location"), "alias", "internal", "limit_except");
    allow(REWRITE, "return", "rewrite", "set", "break");
    allow(Set.of("location", "lif", "limit_except"), "proxy_pass");
    allow(Set.of("location", "lif"), "fastcgi_pass", "uwsgi_pass", "grpc_pass", "scgi_pass");
    allow(HSL_LIF, "root", "add_header", "expires", "error_page", "sendfile", "charset", "gzip");
    allow(Set.of("http", "server", "location", "lif", "limit_except"), "access_log");
    allow(Set.of("http", "server", "location", "limit_except"), "allow", "deny", "auth_basic", "auth_basic_user_file");
    allow(HSL, "index", "proxy_set_header", "proxy_redirect", "proxy_buffering", "proxy_hide_header",
        "proxy_http_version", "proxy_read_timeout", "proxy_connect_timeout", "proxy_send_timeout", "fastcgi_param",
        "fastcgi_index", "tcp_nopush", "tcp_nodelay", "keepalive_timeout", "keepalive_requests", "server_tokens",
        "default_type", "client_max_body_size", "gzip_types", "gzip_vary", "gzip_static", "gzip_comp_level",
        "autoindex", "limit_req", "limit_conn", "open_file_cache", "types", "etag", "merge_slashes");
    allow(Set.of("http", "server"), "ssl_prefer_server_ciphers", "ssl_session_cache", "ssl_session_timeout",
        "ssl_stapling", "ssl_dhparam", "http2");
    allow(Set.of("http", "server", "mail", "stream"), "ssl_certificate", "ssl_certificate_key", "ssl_protocols",
        "ssl_ciphers");
    allow(Set.of("http", "server", "location", "upstream", "mail", "stream"), "resolver");
    allow(Set.of("main", "http", "server", "location", "mail", "stream"), "error_log");
  }

  private DirectiveContexts() {
  }

  private static void allow(Set<String> contexts, String... names) {
    for (String n : names) {
      ALLOWED.computeIfAbsent(n, k -> new java.util.HashSet<>()).addAll(contexts);
    }
  }

  /** The directives of a full configuration used where nginx does not allow them. */
  static void check(NginxConfig config, Path scannedFile, List<Problem> out) {
    boolean events = config.children().stream().anyMatch(d -> d.nameText().equals("events") && d.isBlock());
    if (!config.isFullConfig() || !events) {
      return;
    }
    walk(config.children(), "main", scannedFile, out, 0);
  }

  private static void walk(List<Directive> level, String context, Path scannedFile, List<Problem> out, int depth) {
    if (depth > 200) {
      return;
    }
    for (Directive d : level) {
      String name = d.nameText();
      Set<String> allowed = ALLOWED.get(name);
      boolean upstreamServer = name.equals("server") && context.equals("upstream");
      if (allowed != null && !upstreamServer && !allowed.contains(context)) {
        Path file = d.file() == null || d.file().equals(scannedFile) ? null : d.file();
        out.add(new Problem(Problem.PARSE_ERROR, "\"" + name + "\" directive is not allowed here (in " + label(context)
            + "; allowed in " + String.join(", ", allowed.stream().map(DirectiveContexts::label).sorted().toList())
            + ")", d.name().range(), file));
      }
      String inner = d.isBlock() && !NOT_CHECKED_INSIDE.contains(name) ? childContext(name, context) : null;
      if (inner != null) {
        walk(d.children(), inner, scannedFile, out, depth + 1);
      }
    }
  }

  private static String childContext(String block, String parent) {
    return switch (block) {
      case "if" -> parent.equals("server") ? "sif" : "lif";
      case "http", "events", "server", "location", "upstream", "limit_except" -> block;
      default -> null;
    };
  }

  private static String label(String context) {
    return switch (context) {
      case "main" -> "the main context";
      case "sif" -> "if in server";
      case "lif" -> "if in location";
      default -> context;
    };
  }
}
