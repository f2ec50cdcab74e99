package dev.lintel.rules.nginx;

import dev.lintel.rules.nginx.NginxVariables.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code proxy_pass} URL split into scheme, host and path pieces: the scheme part is the text
 * before {@code ://} when that comes before any {@code /}, {@code ?} or {@code #}; the host part
 * runs to the first of those (a {@code unix:} socket path is part of the host up to its closing
 * {@code :}); the path starts at that {@code /} and is empty when there is none.
 */
record NginxUrl(List<Piece> scheme, List<Piece> host, List<Piece> path) {

  static NginxUrl parse(String text) {
    List<Piece> pieces = NginxVariables.pieces(text);
    List<Piece> scheme = List.of();
    List<Piece> rest = pieces;
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      int stop = p.variable() ? -1 : stop(p.text(), 0);
      int sep = p.variable() ? -1 : p.text().indexOf("://");
      if (sep >= 0 && (stop < 0 || stop > sep)) {
        scheme = new ArrayList<>(pieces.subList(0, i));
        if (sep > 0) {
          scheme.add(new Piece(p.text().substring(0, sep), false));
        }
        rest = new ArrayList<>();
        if (p.text().length() > sep + 3) {
          rest.add(new Piece(p.text().substring(sep + 3), false));
        }
        rest.addAll(pieces.subList(i + 1, pieces.size()));
        break;
      }
      if (stop >= 0) {
        break;
      }
    }
    List<Piece> host = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      Piece p = rest.get(i);
      int from = 0;
      if (i == 0 && !p.variable() && p.text().startsWith("unix:")) {
        int close = p.text().indexOf(':', 5);
        from = close < 0 ? p.text().length() : close;
      }
      int stop = p.variable() ? -1 : stop(p.text(), from);
      if (stop >= 0) {
        if (stop > 0) {
          host.add(new Piece(p.text().substring(0, stop), false));
        }
        List<Piece> path = new ArrayList<>();
        if (p.text().charAt(stop) == '/') {
          path.add(new Piece(p.text().substring(stop), false));
          path.addAll(rest.subList(i + 1, rest.size()));
        }
        return new NginxUrl(scheme, host, path);
      }
      host.add(p);
    }
    return new NginxUrl(scheme, host, List.of());
  }

  private static int stop(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return i;
      }
    }
    return -1;
  }
}
