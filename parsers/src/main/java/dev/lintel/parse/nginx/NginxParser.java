package dev.lintel.parse.nginx;

import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.nginx.Directive;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Parses nginx configuration files into {@link NginxConfig}, resolving {@code include}s.
 *
 * <p>Positions: 1-based lines (split at LF, so CRLF files count like LF files) and columns in
 * UTF-16 code units, a tab being one column. A leading byte-order mark is not counted: columns
 * are the ones an editor shows. Argument text is what nginx makes of it: quotes removed,
 * {@code \" \' \\ \t \r \n} unescaped, any other backslash kept; ranges cover the argument as
 * written, quotes included.
 *
 * <p>Includes: a relative path is looked up under the prefix (default: the scanned file's
 * directory), then under the including file's directory; an absolute path is followed when the
 * file exists. Globs ({@code * ? [..]}) expand to regular files sorted by path and may match
 * nothing. A missing plain include is not a problem: its {@link Directive#included()} stays
 * empty and its {@link Directive#missingFile()} is true. Cycles give a {@code PARSE_ERROR}, too
 * many levels an {@code INPUT_LIMIT_EXCEEDED},
 * unreadable files an {@code IO_ERROR}, all at the {@code include} directive. Problems inside an
 * included file carry that file as {@link Problem#path()}.
 *
 * <p>Syntax errors: one {@code PARSE_ERROR} per file, at the first error (where nginx would
 * stop); the directives that could be recovered are still returned. Nothing is thrown.
 */
public final class NginxParser {

  private static final Set<String> WELL_KNOWN = Set.of(
      "http", "server", "location", "events", "upstream", "listen", "server_name", "root",
      "proxy_pass", "include", "worker_processes", "worker_connections", "ssl_certificate",
      "ssl_certificate_key", "add_header", "return", "rewrite", "error_log", "access_log", "user",
      "pid", "index", "try_files", "fastcgi_pass", "proxy_set_header", "gzip", "sendfile",
      "keepalive_timeout", "server_tokens", "types", "default_type", "client_max_body_size",
      "ssl_protocols", "map", "stream", "alias", "charset", "expires", "log_format");

  private NginxParser() {
  }

  /**
   * Parses {@code text}, the content of {@code file}, following its includes.
   *
   * @param prefix directory relative includes are resolved against first; null means the
   *     directory of {@code file}
   * @return the configuration (null only when the file itself was refused by a limit) and the
   *     problems found in it and in the files it includes
   */
  public static Parsed<NginxConfig> parse(Path file, String text, ParseLimits limits,
      Path prefix) {
    ParseLimits effective = limits == null ? ParseLimits.DEFAULT : limits;
    Path base = prefix != null ? prefix : directoryOf(file);
    return parse(file, text, new IncludeSession(effective, base, true));
  }

  /**
   * A cheap guess whether {@code text} is nginx configuration: it parses without any problem and
   * uses at least one well-known nginx directive. Includes are not followed.
   */
  public static boolean looksLikeNginx(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    Parsed<NginxConfig> parsed =
        parse(null, text, new IncludeSession(ParseLimits.DEFAULT, null, false));
    if (parsed.value() == null || !parsed.problems().isEmpty()) {
      return false;
    }
    Deque<Directive> todo = new ArrayDeque<>(parsed.value().directives());
    while (!todo.isEmpty()) {
      Directive d = todo.pop();
      if (WELL_KNOWN.contains(d.nameText())) {
        return true;
      }
      if (d.isBlock()) {
        todo.addAll(d.block());
      }
    }
    return false;
  }

  private static Parsed<NginxConfig> parse(Path file, String text, IncludeSession session) {
    try {
      List<Directive> directives = session.parseRoot(file, text == null ? "" : text);
      NginxConfig config = directives == null ? null : new NginxConfig(file, directives);
      List<Problem> problems = new ArrayList<>(session.problems());
      if (config != null && problems.isEmpty()) {
        DirectiveContexts.check(config, file, problems);
      }
      return new Parsed<>(config, problems);
    } catch (RuntimeException | StackOverflowError e) {
      session.report(Problem.parseError("nginx parser failed: " + e, TextRange.fileStart()), null);
      return new Parsed<>(null, session.problems());
    }
  }

  private static Path directoryOf(Path file) {
    if (file == null) {
      return null;
    }
    Path dir = file.toAbsolutePath().getParent();
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }
}
