package dev.lintel.model.nginx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed nginx configuration: the top-level directives of the scanned file, with includes
 * resolved into {@link Directive#included()}.
 */
public record NginxConfig(Path file, List<Directive> directives) {

  public NginxConfig {
    directives = List.copyOf(directives);
  }

  /** Top-level directives with every {@code include} replaced by what it included. */
  public List<Directive> children() {
    return expandIncludes(directives);
  }

  /** True when the file has a top-level {@code http} block (full-config mode). */
  public boolean isFullConfig() {
    return children().stream().anyMatch(d -> d.nameText().equals("http") && d.isBlock());
  }

  static List<Directive> expandIncludes(List<Directive> directives) {
    List<Directive> out = new ArrayList<>(directives.size());
    for (Directive d : directives) {
      if (d.nameText().equals("include") && !d.isBlock()) {
        out.addAll(expandIncludes(d.included()));
      } else {
        out.add(d);
      }
    }
    return out;
  }
}
