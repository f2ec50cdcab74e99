package dev.lintel.parse.nginx;

import java.util.Set;

/**
 * Which well-known directives take a block and which never do. nginx itself reports a block
 * after a simple directive as {@code directive "x" is not terminated by ";"} (typically a
 * missing {@code ;} before the next block) and a block directive ended by {@code ;} as
 * {@code directive "x" has no opening "{"}. Directives not listed here are not checked.
 */
final class DirectiveKinds {

  /** Directives that always need a block. ({@code server} is also a simple directive in {@code upstream}.) */
  private static final Set<String> BLOCK = Set.of(
      "http", "events", "location", "if", "upstream", "map", "geo", "types", "limit_except", "stream",
      "mail", "split_clients", "charset_map");

  /** Common directives that never take a block. */
  private static final Set<String> SIMPLE = Set.of(
      "listen", "server_name", "root", "alias", "index", "return", "rewrite", "set", "break", "include",
      "proxy_pass", "proxy_set_header", "proxy_redirect", "proxy_buffering", "proxy_hide_header",
      "proxy_http_version", "proxy_read_timeout", "fastcgi_pass", "fastcgi_param", "fastcgi_index",
      "uwsgi_pass", "grpc_pass", "add_header", "expires", "error_page", "try_files", "internal", "allow",
      "deny", "auth_basic", "auth_basic_user_file", "access_log", "error_log", "log_format", "user", "pid",
      "worker_processes", "worker_connections", "worker_rlimit_nofile", "sendfile", "tcp_nopush",
      "tcp_nodelay", "keepalive_timeout", "keepalive_requests", "server_tokens", "default_type", "charset",
      "client_max_body_size", "gzip", "gzip_types", "gzip_vary", "gzip_static", "ssl_certificate",
      "ssl_certificate_key", "ssl_protocols", "ssl_ciphers", "ssl_prefer_server_ciphers",
      "ssl_session_cache", "ssl_session_timeout", "ssl_stapling", "resolver", "autoindex", "stub_status",
      "valid_referers", "limit_req", "limit_req_zone", "limit_conn", "limit_conn_zone", "open_file_cache",
      "merge_slashes", "real_ip_header", "set_real_ip_from", "satisfy", "etag", "http2");

  /** Blocks whose content nginx reads with its own parser (keys and values, not directives). */
  private static final Set<String> DATA_BLOCKS = Set.of("map", "geo", "types", "split_clients", "charset_map", "match");

  private DirectiveKinds() {
  }

  static boolean needsBlock(String name) {
    return BLOCK.contains(name);
  }

  static boolean neverBlock(String name) {
    return SIMPLE.contains(name);
  }

  /** True when the entries of a block named {@code name} are not directives. */
  static boolean holdsData(String name) {
    return DATA_BLOCKS.contains(name);
  }
}
